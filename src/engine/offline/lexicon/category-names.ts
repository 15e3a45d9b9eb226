/**
 * Words that name a whole category rather than a shop or a thing bought in it: "how much on
 * groceries?" asks for the Groceries category, "how much at costco?" or "how much on coffee?"
 * for the expenses whose description names Costco or coffee (merchant_spend). A question made
 * only of these words (and fillers) is a category question; any other word names a merchant.
 */
export const CATEGORY_NAMES: ReadonlySet<string> = new Set(
  `groceries grocery supermarket supermarkets food shopping lebensmittel einkauf einkäufe einkaufen boodschappen courses
  épicerie alimentation súper super supermercado compra compras grocer provisions ration kirana palengke
  dining dine eating out restaurants restaurant restos resto takeout takeaway takeaways food delivery meals khana bahar
  essen auswärts gastronomie restaurantes comer fuera uit eten
  transport transportation travel commute commuting cabs cab taxis taxi autos auto rides ride pamasahe fahrten öpnv transporte vervoer
  fuel petrol gas diesel benzin tanken sprit gasolina essence carburant brandstof tanken
  utilities utility bills bill nebenkosten factures facturas rekeningen
  housing rent miete loyer alquiler huur upa
  household haushalt ménage hogar huishouden home
  clothes clothing kleidung vêtements ropa kleding damit apparel
  health medical medicine medicines doctor doctors healthcare gesundheit arzt santé salud gezondheid gamot pharmacy
  personal care grooming selfcare drogerie
  entertainment fun freizeit loisirs ocio uitjes movies outings
  subscriptions subscription abos abonnements suscripciones abonnementen streaming
  trips holidays vacation reisen urlaub vacances viajes vakantie
  education school schooling tuition bildung schule éducation educación onderwijs
  kids children child baby babies kinder kind enfants niños kinderen bata
  pets pet vet vets dog dogs cat cats haustier haustiere haustierkosten animaux mascotas huisdieren aso pusa
  gifts gift presents geschenke cadeaux regalos cadeaus regalo donations charity spenden
  other misc miscellaneous sonstiges stuff things`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
