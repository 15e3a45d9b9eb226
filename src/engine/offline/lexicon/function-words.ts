/**
 * Articles and prepositions of the languages households mix in. They stay in the text (they are
 * part of names: "El Corte Inglés", "menú del día", "Le Pain Quotidien") but never name a
 * category, a merchant or anything a description should start or end with.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer vom zum zur
  le la les l du des de d qu un une au aux
  el los las del al lo una unos unas
  het een van
  ang ng mga sa si ni`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
