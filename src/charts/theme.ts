/** One calm palette and one type scale for every chart kind. */

/**
 * Fonts present on a Debian server (fonts-dejavu-core) first, so resvg finds a face by name;
 * a browser falls through to what it has.
 */
export const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
/** The name resvg should use when a family in the list is not installed. */
export const DEFAULT_FONT = 'DejaVu Sans';

export const colors = {
  background: '#ffffff',
  title: '#1f2933',
  text: '#323f4b',
  muted: '#7b8794',
  grid: '#e4e7eb',
  axis: '#cbd2d9',
  panel: '#f5f7fa',
  bar: '#3f7cac',
  barSoft: '#a7c4dd',
  other: '#b8c2cc',
  area: '#3f7cac',
  peak: '#d9822b',
} as const;

export const sizes = {
  padding: 24,
  title: 18,
  subtitle: 13,
  label: 14,
  value: 14,
  tick: 12,
} as const;
