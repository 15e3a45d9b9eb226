/**
 * Posts a message to a Slack response_url where Bolt offers no `respond` (an error handler, a
 * modal saved after the press that opened it). A response_url works for half an hour and a
 * few uses; the answer says whether Slack took the message.
 */
export async function postToResponseUrl(fetchFn: typeof fetch, responseUrl: string, message: Record<string, unknown>): Promise<boolean> {
  const response = await fetchFn(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  return response.ok;
}
