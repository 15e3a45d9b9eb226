import { randomBytes } from 'node:crypto';

/** Identifiers the fake hands out, shaped like Slack's. */
export interface IdSource {
  /** A message ts, `<unix seconds>.<6 digits>`: now, and always later than the last one. */
  messageTs(): string;
  /** `V` plus 10 characters, like a view id. */
  viewId(): string;
  /** A view's `hash`, which changes on every update. */
  viewHash(): string;
  /** `F` plus 10 characters, like a file id. */
  fileId(): string;
  /** The opaque tail of a response_url. */
  responseId(): string;
}

let lastMicros = 0;

/**
 * A message ts of now, `<unix seconds>.<6 digits>`. One clock for the module, shared by the fake's
 * messages and the builders' events, so a reply always sorts after what it answers.
 */
export function nextMessageTs(): string {
  // Microseconds since the epoch stay below 2^53 until the year 2255.
  lastMicros = Math.max(Date.now() * 1000, lastMicros + 100);
  return `${Math.floor(lastMicros / 1e6)}.${String(lastMicros % 1e6).padStart(6, '0')}`;
}

export function createIdSource(): IdSource {
  let serial = 0;
  const upperAlnum = (prefix: string): string => `${prefix}${(++serial).toString(36).toUpperCase().padStart(4, '0')}${randomBytes(4).toString('hex').toUpperCase().slice(0, 6)}`;
  return {
    messageTs: nextMessageTs,
    viewId: () => upperAlnum('V'),
    viewHash: () => `${Math.floor(Date.now() / 1000)}.${randomBytes(6).toString('base64url')}`,
    fileId: () => upperAlnum('F'),
    responseId: () => `${++serial}-${randomBytes(12).toString('hex')}`,
  };
}
