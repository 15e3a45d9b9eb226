/**
 * The lexicon outside India: the everyday names and words households in Germany, France, Spain,
 * the Netherlands, the UK, the US and the Philippines write, read by the whole offline
 * interpreter (tokens, typo repair, scoring) rather than looked up in the word lists.
 */
import { describe, expect, it } from 'vitest';
import { correctTypo } from '../../../src/engine/offline/typos.ts';
import { expectCategories, france, germany, netherlands, philippines, spain, uk, us } from './lexicon-households.ts';
import { household as india, only } from './support.ts';


describe('everyday expense lines, country by country', () => {
  it('Germany', () => {
    expectCategories(germany, [
      ['Rewe 43.20', 'groceries'], ['Edeka 18', 'groceries'], ['Penny 12.99', 'groceries'], ['Netto 9.50', 'groceries'],
      ['Kaufland 61', 'groceries'], ['Wocheneinkauf Lidl 95', 'groceries'], ['Brot und Milch 4.80', 'groceries'],
      ['Obst und Gemüse 12', 'groceries'], ['Einkauf 56', 'groceries'], ['Bäckerei 4.50', 'dining'], ['Döner 7.50', 'dining'],
      ['Currywurst mit Pommes 6', 'dining'], ['Mittagessen 14.50', 'dining'], ['Frühstück 9', 'dining'], ['Kaffee 3.40', 'dining'],
      ['Lieferando 28', 'dining'], ['BVG Monatskarte 86', 'transport'], ['S-Bahn 3.80', 'transport'], ['Deutschlandticket 58', 'transport'],
      ['Parkhaus 8', 'transport'], ['Maut 12', 'transport'], ['Tanken Aral 72', 'fuel'], ['Benzin 60', 'fuel'],
      ['Stadtwerke Strom 95', 'utilities'], ['E.ON 80', 'utilities'], ['Vattenfall 70', 'utilities'], ['Rundfunkbeitrag 55.08', 'utilities'],
      ['Telekom Handy 39.99', 'utilities'], ['O2 20', 'utilities'], ['Miete 1200', 'housing'], ['Nebenkosten 180', 'housing'],
      ['dm 23.40', 'personal_care'], ['Rossmann 14', 'personal_care'], ['Müller Drogerie 9', 'personal_care'], ['Friseur 35', 'personal_care'],
      ['Apotheke 8.50', 'health'], ['Arzt 20', 'health'], ['Zahnarzt 120', 'health'], ['McFit 24.90', 'health'],
      ['Urban Sports Club 45', 'health'], ['Kita 250', 'kids'], ['Windeln 12.95', 'kids'], ['Kino 24', 'entertainment'],
      ['Eventim Konzert 65', 'entertainment'], ['Zalando 79', 'shopping'], ['MediaMarkt 89', 'shopping'], ['Bauhaus 14', 'household'],
      ['OBI 22', 'household'], ['Putzfrau 60', 'household'], ['Tierarzt 85', 'pets'], ['Geschenk für Ben 30', 'gifts'],
      ['DAZN 29.99', 'subscriptions'], ['Lufthansa 240', 'travel'],
      ['Wasser Kasten 6', 'groceries'], ['Pizzeria 32', 'dining'],
      ['Möbel 300', 'household'], ['Schwimmbad 6', 'health'], ['Neues Handy 400', 'shopping'], ['Strafzettel 25', 'transport'],
    ]);
  });

  it('France', () => {
    expectCategories(france, [
      ['Carrefour 54.30', 'groceries'], ['Monoprix 23', 'groceries'], ['Franprix 12', 'groceries'], ['Intermarché 67', 'groceries'],
      ['Leclerc 88', 'groceries'], ['courses Auchan 76', 'groceries'], ['les courses 45', 'groceries'], ['Picard 19', 'groceries'],
      ['baguette 1.20', 'groceries'], ['boulangerie 4', 'dining'], ['déjeuner 15', 'dining'], ['dîner 38', 'dining'],
      ['resto avec Ben 42', 'dining'], ['Navigo 86.40', 'transport'], ['RATP 2.15', 'transport'], ['péage 18', 'transport'],
      ["plein d'essence 65", 'fuel'], ['essence 60', 'fuel'], ['TotalEnergies 70', 'fuel'], ['loyer 950', 'housing'],
      ['EDF 78', 'utilities'], ['Engie gaz 45', 'utilities'], ['SFR box 30', 'utilities'], ['forfait Orange 19.99', 'utilities'],
      ['pharmacie 12', 'health'], ['médecin 26.50', 'health'], ['dentiste 70', 'health'], ['crèche 300', 'kids'],
      ['garderie 80', 'kids'], ['couches 22', 'kids'], ['cinéma 11', 'entertainment'], ['Fnac 40', 'shopping'],
      ['Darty 199', 'shopping'], ['femme de ménage 50', 'household'], ['Leroy Merlin 35', 'household'], ['SNCF 85', 'travel'],
      ['TGV Paris Lyon 79', 'travel'], ['Canal+ 22', 'subscriptions'],
      ['croissants 5', 'dining'], ['essence Leclerc 58', 'fuel'], ['Leclerc 58', 'groceries'],
      ['cantine 45', 'dining'], ['lunettes 150', 'health'], ['bricolage 30', 'household'],
    ]);
    expect(only('TGV Paris Lyon 79', france).description).toBe('tgv paris lyon');
  });

  it('Spain', () => {
    expectCategories(spain, [
      ['Mercadona 45', 'groceries'], ['Dia 12.30', 'groceries'], ['Eroski 30', 'groceries'], ['Alcampo 60', 'groceries'],
      ['la compra 67', 'groceries'], ['súper 23', 'groceries'], ['cena 40', 'dining'], ['comida 18', 'dining'],
      ['almuerzo 12', 'dining'], ['menú del día 13.50', 'dining'], ['panadería 3', 'dining'], ['Glovo 21', 'dining'],
      ['gasolina Repsol 55', 'fuel'], ['Cepsa 50', 'fuel'], ['peaje 9', 'transport'], ['Cabify 14', 'transport'],
      ['bonobús 12.20', 'transport'], ['alquiler 800', 'housing'], ['Iberdrola luz 62', 'utilities'], ['Endesa 70', 'utilities'],
      ['Movistar fibra 45', 'utilities'], ['farmacia 9.80', 'health'], ['médico 60', 'health'], ['guardería 250', 'kids'],
      ['pañales 15', 'kids'], ['cine 9', 'entertainment'], ['concierto 45', 'entertainment'], ['museo 12', 'entertainment'],
      ['El Corte Inglés 120', 'shopping'], ['Renfe 35', 'travel'], ['AVE Madrid 60', 'travel'], ['Vueling 89', 'travel'],
      ['helado 4', 'dining'], ['autobús 1.50', 'transport'], ['academia 80', 'education'],
    ]);
  });

  it('the Netherlands', () => {
    expectCategories(netherlands, [
      ['Albert Heijn 34.50', 'groceries'], ['Jumbo 56', 'groceries'], ['Dirk 23', 'groceries'], ['boodschappen 45', 'groceries'],
      ['Kruidvat 8', 'personal_care'], ['Etos 6', 'personal_care'], ['apotheek 12', 'health'], ['huisarts 25', 'health'],
      ['Basic-Fit 29.99', 'health'], ['GVB 3.40', 'transport'], ['OV-chipkaart 20', 'transport'], ['NS trein 14', 'transport'],
      ['tanken Shell 70', 'fuel'], ['huur 1100', 'housing'], ['Eneco 120', 'utilities'], ['Essent 95', 'utilities'],
      ['Ziggo 55', 'utilities'], ['KPN 30', 'utilities'], ['kinderopvang 400', 'kids'], ['luiers 14', 'kids'],
      ['bioscoop 12.50', 'entertainment'], ['Bol.com 25', 'shopping'], ['Coolblue 299', 'shopping'], ['Thuisbezorgd 28', 'dining'],
      ['avondeten 35', 'dining'], ['bakkerij 5', 'dining'], ['HEMA 9', 'household'], ['Action 15', 'household'], ['KLM 320', 'travel'],
      ['afval 20', 'utilities'], ['kroket 3', 'dining'],
    ]);
  });

  it('the UK', () => {
    expectCategories(uk, [
      ['Tesco 45.60', 'groceries'], ["Sainsbury's 32", 'groceries'], ['Asda 58', 'groceries'], ['Morrisons 41', 'groceries'],
      ['Waitrose 67', 'groceries'], ['Co-op 8.40', 'groceries'], ['Iceland 22', 'groceries'], ['M&S food 15', 'groceries'],
      ['Boots 9.99', 'personal_care'], ['Superdrug 7', 'personal_care'], ['Greggs 4.50', 'dining'], ['Pret 8', 'dining'],
      ["Nando's 32", 'dining'], ['Wagamama 40', 'dining'], ['fish and chips 12', 'dining'], ['Just Eat 24', 'dining'],
      ['TfL 6.80', 'transport'], ['Oyster 20', 'transport'], ['council tax 145', 'housing'], ['British Gas 90', 'utilities'],
      ['Octopus Energy 110', 'utilities'], ['BT broadband 35', 'utilities'], ['TV licence 169.50', 'utilities'],
      ['Argos 30', 'shopping'], ['John Lewis 120', 'shopping'], ['TK Maxx 25', 'shopping'], ['B&Q 30', 'household'],
      ['Tesco petrol 55', 'fuel'], ['nursery fees 900', 'kids'], ['Ryanair 45', 'travel'], ['easyJet 60', 'travel'], ['Eurostar 120', 'travel'], ['Sky 30', 'subscriptions'],
    ]);
  });

  it('the US', () => {
    expectCategories(us, [
      ['Costco 234.56', 'groceries'], ["Trader Joe's 67", 'groceries'], ['Whole Foods 45', 'groceries'], ['Kroger 88', 'groceries'],
      ['Safeway 54', 'groceries'], ['Publix 61', 'groceries'], ['H-E-B 72', 'groceries'], ['Wegmans 93', 'groceries'],
      ['Jewel-Osco 35', 'groceries'], ['Meijer 47', 'groceries'], ['CVS 14', 'health'], ['Walgreens 22', 'health'],
      ['Chick-fil-A 14.50', 'dining'], ['Panera 18', 'dining'], ['Sweetgreen 16', 'dining'], ['Lyft 23', 'transport'],
      ['Ventra 5', 'transport'], ['CTA pass 75', 'transport'], ['MTA 2.90', 'transport'], ['gas 45', 'fuel'], ['gas station 50', 'fuel'],
      ['ComEd 110', 'utilities'], ['PG&E 140', 'utilities'], ['Verizon 85', 'utilities'], ['AT&T 70', 'utilities'],
      ['T-Mobile 60', 'utilities'], ['Xfinity 80', 'utilities'], ['mortgage 2100', 'housing'], ['HOA 250', 'housing'],
      ['Home Depot 78', 'household'], ["Lowe's 56", 'household'], ['Planet Fitness 10', 'health'], ['Disney+ 13.99', 'subscriptions'],
      ['Ticketmaster 150', 'entertainment'], ['Airbnb 420', 'travel'],
      ['Costco gas 48', 'fuel'], ['car payment 380', 'transport'],
    ]);
  });

  it('the Philippines', () => {
    expectCategories(philippines, [
      ['SM Supermarket 2350', 'groceries'], ['Puregold 1800', 'groceries'], ['Robinsons Supermarket 900', 'groceries'],
      ['S&R 4500', 'groceries'], ['Landers 3200', 'groceries'], ['Savemore 760', 'groceries'], ['Alfamart 120', 'groceries'],
      ['Ministop 60', 'groceries'], ['palengke 500', 'groceries'], ['sari-sari 45', 'groceries'], ['bigas 1200', 'groceries'],
      ['gulay 150', 'groceries'], ['prutas 200', 'groceries'], ['gatas 350', 'groceries'], ['tinapay 60', 'groceries'],
      ['ulam 180', 'dining'], ['kape 40', 'dining'], ['merienda 120', 'dining'], ['pagkain sa labas 800', 'dining'],
      ['Jollibee 250', 'dining'], ['Mang Inasal 320', 'dining'], ['Chowking 280', 'dining'], ['Greenwich pizza 499', 'dining'],
      ['Kopi Roti 150', 'dining'], ['GrabFood 340', 'dining'], ['foodpanda 410', 'dining'], ['Grab 230', 'transport'],
      ['Angkas 90', 'transport'], ['jeepney 26', 'transport'], ['tricycle 30', 'transport'], ['MRT 28', 'transport'],
      ['LRT 30', 'transport'], ['beep card 100', 'transport'], ['pamasahe 50', 'transport'], ['Petron 1500', 'fuel'],
      ['Caltex 1000', 'fuel'], ['Meralco 3200', 'utilities'], ['Maynilad 450', 'utilities'], ['Manila Water 380', 'utilities'],
      ['PLDT 1699', 'utilities'], ['Globe load 99', 'utilities'], ['Smart load 50', 'utilities'], ['Converge 1500', 'utilities'],
      ['gasul 950', 'utilities'], ['Mercury Drug 560', 'health'], ['Watsons 340', 'personal_care'], ['yaya 6000', 'household'],
      ['kasambahay 5000', 'household'], ['labandera 400', 'household'], ['Shopee 599', 'shopping'], ['Lazada 899', 'shopping'],
      ['upa 8000', 'housing'], ['Cebu Pacific 3500', 'travel'],
      ['tubero 500', 'household'], ['ukay-ukay 300', 'shopping'], ['libro 450', 'education'],
    ]);
  });

  it('India, in Hinglish', () => {
    expectCategories(india, [
      ['rashan 3400', 'groceries'], ['doodhwala 900', 'groceries'], ['kiraya 15000', 'housing'], ['bus ka kiraya 40', 'transport'],
      ['dawai 340', 'health'], ['bachon ke kapde 1200', 'kids'], ['bahar khana 800', 'dining'], ['nashta 60', 'dining'],
      ['bartan 500', 'household'], ['naai 150', 'personal_care'], ['auto wala 80', 'transport'], ['mandir 101', 'gifts'],
    ]);
  });
});

describe('spellings', () => {
  it('accented names match when typed without their accents', () => {
    expectCategories(germany, [
      ['Osteo 60', 'health'], ['Hoffner 300', 'household'], ['Apfel 3', 'groceries'], ['Kinesitherapeute 40', 'health'],
      ['Creche 300', 'kids'], ['Peluqueria 15', 'personal_care'], ['Pasteleria 8', 'dining'],
    ]);
  });

  it('an accent-free form listed on its own keeps its own tier', () => {
    // "súper" is the Spanish supermarket; plain "super" is only a hint that loses to a party.
    expect(only('súper 23', spain).category).toBe('groceries');
    expect(only('super bowl party 50', us).category).toBe('dining');
  });
});

describe('names that are also ordinary words', () => {
  it('keep to their ordinary meaning when the rest of the line says so', () => {
    expectCategories(uk, [
      ['new boots 80', 'shopping'], ['hiking boots 120', 'shopping'], ['iceland trip 900', 'travel'],
      ['flights to iceland 400', 'travel'], ['jumbo pack diapers 20', 'kids'], ['action movie 12', 'entertainment'],
      ['action figure 15', 'kids'], ['penny sweets 2', 'dining'], ['orange juice 3', 'groceries'], ['oranges 4', 'groceries'],
      ['smart tv 400', 'shopping'], ['snow globe 12', 'shopping'], ['new couch 500', 'household'], ['gas bill 60', 'utilities'],
      ['gas and electric 120', 'utilities'], ['pain relief 6', 'health'], ['super bowl party 50', 'dining'],
      ['greenwich market 20', 'groceries'], ['menu del dia 12', 'dining'],
    ]);
  });

  it('carry no category of their own where nothing says which', () => {
    // "Real" was once "repaired" into "meal"; "max" is both a streaming service and "Max's" chicken.
    for (const text of ['real 10', 'max 20', 'total 50']) expect(only(text, uk).category).toBe('other');
  });

  it('bare "courses" is the French food shop; a course, named or online, is still education', () => {
    expect(only('courses 85', france).category).toBe('groceries');
    expect(only('online courses 40', us).category).toBe('education');
    expect(only('udemy course 12', us).category).toBe('education');
    expect(only('coursera courses 30', us).category).toBe('education');
  });
});

describe('typo repair and the new words', () => {
  it('leaves frequent German, French, Spanish, Dutch, Tagalog and English words alone', () => {
    const words = ['auch', 'mich', 'dann', 'zijn', 'naar', 'dijo', 'todo', 'bien', 'vous', 'taon', 'bigay', 'manager', 'page', 'public', 'lyon'];
    expect(words.filter((word) => correctTypo(word) !== undefined)).toEqual([]);
    expect(only('Brot und Milch auch 4', germany).description).toBe('brot und milch auch');
  });

  it('still repairs real typos of category words', () => {
    expect(correctTypo('petorl')).toBe('petrol');
    expect(correctTypo('elecricity')).toBe('electricity');
    expect(correctTypo('resturant')).toBe('restaurant');
  });
});
