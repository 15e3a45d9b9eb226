/**
 * Slack's mrkdwn: people's words escaped (& < > only, as Slack asks: other characters have no
 * escape), and text cut to Slack's limits without breaking a character or an entity.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** At most `max` UTF-16 units (what Slack counts), ending in "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(max - 1, 0);
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * Escaped mrkdwn cut to `max`: like `truncate`, and never inside an `&amp;`-style entity, which
 * Slack would show half-written.
 */
export function truncateMrkdwn(mrkdwn: string, max: number): string {
  if (mrkdwn.length <= max) return mrkdwn;
  let cut = Math.max(max - 1, 0);
  if (cut > 0 && isHighSurrogate(mrkdwn.charCodeAt(cut - 1))) cut -= 1;
  const entity = /&[a-z]{0,3}$/.exec(mrkdwn.slice(Math.max(cut - 4, 0), cut));
  if (entity) cut -= entity[0].length;
  return `${mrkdwn.slice(0, cut)}…`;
}

/** `*text*`, escaped; empty text stays empty rather than becoming a stray pair of asterisks. */
export function bold(text: string): string {
  return text ? `*${escapeMrkdwn(text)}*` : '';
}

export function italic(text: string): string {
  return text ? `_${escapeMrkdwn(text)}_` : '';
}

/** Lines in a preformatted block: monospace, so text bars line up. */
export function codeBlock(lines: readonly string[]): string {
  return `\`\`\`\n${escapeMrkdwn(lines.join('\n'))}\n\`\`\``;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
