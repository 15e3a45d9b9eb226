/**
 * Just enough SVG markup building for the charts. Every attribute is inline (no `style`, no
 * `<style>`): presentation attributes render in resvg and survive a strict Content-Security-Policy,
 * where `style="..."` would need 'unsafe-inline'.
 */

type AttributeValue = string | number | undefined;

/**
 * Characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF, unpaired surrogates). A label a
 * person typed can hold any of them, and one would make the whole picture unparseable.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One line of plain text: forbidden characters dropped, runs of whitespace (newlines too) as one space. */
export function plainText(value: string): string {
  return value.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

/** Escaped for both element text and double- or single-quoted attribute values. */
export function escapeXml(value: string): string {
  return plainText(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Coordinates to at most one decimal: sharp enough for pixels, and the markup stays small. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attributes(attrs: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element; `children` is markup already built (or escaped), so never pass user text here. */
export function el(name: string, attrs: Readonly<Record<string, AttributeValue>>, children?: string): string {
  return children === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** A `<text>` element whose content is escaped here. */
export function textEl(content: string, attrs: Readonly<Record<string, AttributeValue>>): string {
  return el('text', attrs, escapeXml(content));
}
