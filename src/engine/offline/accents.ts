/** "Müller" as people type it on an English keyboard: "muller". Cheap for plain ASCII. */
export function withoutAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : text;
}
