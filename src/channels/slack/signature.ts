/**
 * Slack's request signing (v0): `X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:<timestamp>:<raw
 * body>">` keyed with the app's signing secret. Web Crypto only, so the Worker runs it too.
 */

/** Slack's own advice: older requests may be replays. */
export const MAX_AGE_SECONDS = 5 * 60;

export type SignatureVerdict = 'valid' | 'missing' | 'stale' | 'mismatch';

export interface SignedRequest {
  readonly rawBody: string;
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
}

export async function verifySlackSignature(signingSecret: string, request: SignedRequest, now: Date): Promise<SignatureVerdict> {
  const { timestamp, signature, rawBody } = request;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return 'missing';
  // Both ways: a timestamp from the future is as suspect as an old one.
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) return 'stale';
  const expected = await sign(signingSecret, `v0:${timestamp}:${rawBody}`);
  return constantTimeEqual(signature, `v0=${expected}`) ? 'valid' : 'mismatch';
}

/** The header value Slack would send for this body; for fakes and tools. */
export async function slackSignature(signingSecret: string, timestamp: string, rawBody: string): Promise<string> {
  return `v0=${await sign(signingSecret, `v0:${timestamp}:${rawBody}`)}`;
}

async function sign(secret: string, base: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(base)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares in time that depends only on the expected length, so a mismatch leaks nothing about how much matched. */
function constantTimeEqual(given: string, expected: string): boolean {
  let difference = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i += 1) difference |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return difference === 0;
}
