/**
 * A fetch for Slack's Web API client on Cloudflare Workers. @slack/web-api sends every call with
 * `redirect: 'error'`, and workerd's fetch refuses that value outright ("use 'manual' and check
 * the response status code"). Simply dropping the option would make workerd follow redirects,
 * and a 307 or 308 re-sends the call, arguments and all (oauth.v2.access carries the client
 * secret), to wherever it points. So this asks for 'manual' and refuses a redirect itself, as
 * 'error' would have: the Web API never redirects, and one would mean a misconfigured
 * SLACK_API_URL. Only plain fetch semantics, so it runs anywhere.
 */
export function refusingRedirects(fetchFn: typeof fetch): typeof fetch {
  return async (input, init) => {
    if (init?.redirect !== 'error') return fetchFn(input, init);
    const response = await fetchFn(input, { ...init, redirect: 'manual' });
    // A browser hands back an opaque redirect (status 0); workerd and Node, the 3xx itself.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      throw new TypeError(`fetch refused a ${response.status} redirect from ${requestUrl(input)}`);
    }
    return response;
  };
}

function requestUrl(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}
