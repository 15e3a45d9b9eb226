/**
 * Shops, services and everyday words of regions the national lists leave out: Belgium (Dutch and
 * French), Catalonia, the Visayas and Mindanao (Bisaya), and the regional chains and utilities of
 * the US. Risky short names stay in phrases.
 */
import type { Lexicon } from './types.ts';

export const REGIONAL: Lexicon = {
  groceries: {
    strong: [
      'delhaize', 'ad delhaize', 'proxy delhaize', 'shop n go', 'louis delhaize', 'colruyt', 'okay colruyt', 'bio planet', 'intermarché',
      'cora', 'match supermarché', 'carrefour market', 'carrefour express', 'bon preu', 'bonpreu', 'caprabo', 'condis', 'consum',
      'keurslager', 'beenhouwer', 'slager', 'boucherie', 'carnicería', 'fruteria', 'frutería', 'verdulería', 'pain gris', 'pistolets',
      'gaisano', 'nccc', 'savemore', 'metro supermarket', 'prutas', 'isda', 'karne', 'bugas', 'utan', 'gulay', 'itlog',
    ],
  },
  dining: {
    strong: [
      'friterie', 'frituur', 'frietkot', 'frites', 'frieten', 'bicky', 'mitraillette', 'gaufre', 'wafel', 'sopar', 'dinar',
      'esmorzar', 'bocadillo', 'siopao', 'siomai', 'lechon', 'inasal', 'bo s coffee', 'shakey s', 'shakeys', 'kaon sa gawas',
      'torchys', 'torchy s', 'chuys', 'chuy s', 'whataburger', 'in n out', 'in-n-out', 'culvers', 'culver s', 'raising canes',
      'raising cane s', 'shake shack', 'five guys', 'panda express', 'waffle house', 'cracker barrel', 'bbq', 'barbecue',
      'franklin bbq', 'tex mex', 'taqueria', 'food truck',
    ],
  },
  transport: {
    strong: [
      'mivb', 'stib', 'de lijn', 'tec bus', 'villo', 'blue bike', 'blue-bike', 'cambio', 'poppy car', 'parkeermeter', 'parking payant',
      'capmetro', 'cap metro', 'septa', 'mbta', 'wmata', 'trimet', 'king county metro', 'dart rail', 'metrorail',
      'multicab', 'maxim', 'maxim ride', 'habal-habal', 'habal habal', 'jeepney', 'traysikel', 'pamasahe', 'plete', 'pliti',
    ],
    normal: ['nmbs', 'sncb', 'treinticket', 'trein', 'ritten', 'rit'],
  },
  utilities: {
    strong: [
      'telenet', 'proximus', 'orange belgium', 'engie electrabel', 'electrabel', 'luminus', 'vivaqua', 'pidpa', 'de watergroep',
      'water-link', 'fluvius', 'austin energy', 'austin water', 'texas gas service', 'duke energy', 'georgia power', 'xcel energy',
      'dominion energy', 'national grid', 'pse g', 'sdg e', 'socal edison', 'con edison', 'coned', 'davao light', 'dcwd', 'davao city water', 'veco', 'mcwd', 'kuryente', 'suga',
    ],
  },
  housing: { strong: ['abang sa balay', 'abang', 'huur appartement', 'loyer appartement', 'syndic', 'copropriété'] },
  kids: { strong: ['kinderdagverblijf', 'onthaalmoeder', 'kinderopvang', 'kribbe', 'crèche', 'garderie', 'kindersokken', 'kinderschoenen', 'kinderkleding'] },
  personal_care: { strong: ['kapper', 'kapsalon', 'coiffeur', 'peluquería', 'peluqueria', 'barbero', 'pagupit', 'gupit', 'di drugstore', 'di parfumerie'] },
  health: { strong: ['tambal', 'botika', 'huisapotheek', 'mutualiteit', 'mutualité', 'checkup', 'check-up', 'check up'] },
  entertainment: { strong: ['alamo drafthouse', 'amc theatres', 'amc theaters', 'regal cinemas', 'cinemark', 'dave busters', 'dave and busters', 'topgolf'] },
  shopping: { strong: ['ukay', 'ukay-ukay', 'ukay ukay', 'tiangge', 'divisoria', 'fnac belgique', 'mediamarkt', 'vanden borre', 'krëfel'] },
  subscriptions: { strong: ['le soir', 'de standaard', 'hln', 'la libre', 'gva', 'streamz', 'go play', 'sz digital', 'sz digitalabo', 'süddeutsche', 'digitalabo', 'zeit abo', 'spiegel plus'] },
  travel: { strong: ['ryanair', 'brussels airlines', 'tui fly', 'flixbus', 'eurostar', 'thalys', 'ouigo', '2go', 'supercat', 'oceanjet'] },
};
