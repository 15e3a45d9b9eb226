/**
 * The key under which a household's category corrections are remembered. When someone moves
 * "toit 2800" from Other to Dining, "toit" maps to dining for that household from then on.
 * The key is the merchant when the description names one ("dinner at toit" → "toit"), else the
 * description itself, lower-cased with punctuation, numbers and filler words removed.
 */
const FILLER = new Set(['a', 'an', 'the', 'for', 'to', 'of', 'my', 'our', 'some', 'and', 'n', '&', 'order', 'bill', 'payment']);

export function merchantKey(description: string): string {
  const words = description
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^\d/.test(word));
  const at = words.findIndex((word) => word === 'at' || word === 'from');
  const merchant = at >= 0 && at < words.length - 1 ? words.slice(at + 1) : words;
  const kept = merchant.filter((word) => !FILLER.has(word));
  return (kept.length > 0 ? kept : merchant).join(' ').slice(0, 80);
}
