/**
 * Words that name a whole category rather than a shop or a thing bought in it: "how much on
 * groceries?" asks for the Groceries category, "how much at costco?" or "how much on coffee?"
 * for the expenses whose description names Costco or coffee (merchant_spend). A question made
 * only of these words (and fillers) is a category question; any other word names a merchant.
 */
const NAMES: Readonly<Record<string, string>> = {
  groceries: `groceries grocery supermarket supermarkets lebensmittel einkauf einkäufe einkaufen boodschappen
    épicerie alimentation súper supermercado compra compras grocer provisions ration kirana palengke, food shopping`,
  dining: `dining dine restaurants restaurant restos resto takeout takeaway takeaways meals gastronomie restaurantes,
    eating out, food delivery, bahar khana, auswärts essen, essen gehen, comer fuera, uit eten, kaon sa gawas, eat out`,
  transport: `transport transpo transportation commute commuting cabs cab taxis taxi autos rides pamasahe fahrten öpnv transporte vervoer`,
  fuel: `fuel petrol diesel benzin tanken sprit gasolina essence carburant brandstof`,
  utilities: `utilities utility bills nebenkosten factures facturas rekeningen`,
  housing: `housing rent miete loyer alquiler huur upa`,
  household: `household haushalt ménage hogar huishouden`,
  shopping: `shopping clothes clothing kleidung vêtements ropa kleding damit apparel`,
  health: `health medical medicine medicines doctor doctors healthcare gesundheit arzt santé salud gezondheid gamot`,
  personal_care: `grooming selfcare körperpflege drogerieartikel soins hygiene`,
  entertainment: `entertainment fun freizeit loisirs ocio uitjes outings`,
  subscriptions: `subscriptions subscription abos abonnements suscripciones abonnementen streaming`,
  travel: `travel trips holidays vacation reisen urlaub vacances voyages viajes vakantie reizen`,
  education: `education schooling tuition bildung éducation educación onderwijs`,
  kids: `kids children child baby babies kinder enfants niños kinderen`,
  pets: `pets pet vet vets dog dogs cat cats haustier haustiere haustierkosten animaux mascotas huisdieren`,
  gifts: `gifts gift presents geschenke cadeaux regalos cadeaus regalo donations charity spenden`,
  other: `other misc miscellaneous sonstiges stuff things`,
};

/** Entries are words, or phrases after a comma: "eating out" names Dining, "out" alone nothing. */
function entries(list: string): { words: string[]; phrases: string[][] } {
  const [single = '', ...phrases] = list.split(',');
  return {
    words: single.split(/\s+/).filter((word) => word !== ''),
    phrases: phrases.map((phrase) => phrase.trim().split(/\s+/)).filter((phrase) => phrase.length > 0 && phrase[0] !== ''),
  };
}

const PARSED = Object.entries(NAMES).map(([slug, list]) => ({ slug, ...entries(list) }));

/** Word → the category slug it names. */
export const CATEGORY_NAMES: ReadonlyMap<string, string> = new Map(PARSED.flatMap(({ slug, words }) => words.map((word) => [word, slug] as const)));

/** Several words that together name a category ("eating out", "comer fuera"). */
export const CATEGORY_PHRASES: readonly { readonly words: readonly string[]; readonly slug: string }[] = PARSED.flatMap(({ slug, phrases }) =>
  phrases.map((words) => ({ words, slug })),
);

/** The category a phrase in `words` names, if one does. */
export function namedByPhrase(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const hit = CATEGORY_PHRASES.find((phrase) => phrase.words.every((w, k) => words[i + k] === w));
    if (hit) return hit.slug;
  }
  return undefined;
}
