/**
 * Words that name a whole category rather than a shop or a thing bought in it: "how much on
 * groceries?" asks for the Groceries category, "how much at costco?" or "how much on coffee?"
 * for the expenses whose description names Costco or coffee (merchant_spend). A question made
 * only of these words (and fillers) is a category question; any other word names a merchant.
 */
const NAMES: Readonly<Record<string, string>> = {
  groceries: `groceries grocery supermarket supermarkets food shopping lebensmittel einkauf einkäufe einkaufen boodschappen
    courses épicerie alimentation súper supermercado compra compras grocer provisions ration kirana palengke`,
  dining: `dining dine eating out restaurants restaurant restos resto takeout takeaway takeaways food delivery meals khana bahar
    essen auswärts gastronomie restaurantes comer fuera uit eten`,
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

/** Word → the category slug it names. */
export const CATEGORY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(NAMES).flatMap(([slug, words]) => words.split(/\s+/).filter((word) => word !== '').map((word) => [word, slug] as const)),
);
