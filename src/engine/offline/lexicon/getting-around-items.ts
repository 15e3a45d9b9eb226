/**
 * Transport and travel by name: city transit systems and their cards, parking, tolls, the bike
 * and the car wash; hotel chains, airlines (with the short forms people type), long-distance
 * trains and coaches, and the words for a rented cottage. Short forms that are also words stay
 * in phrases or the weak tier: "BA" is a Tagalog particle ("magkano ba"), "PAL" a friend,
 * "ICE" frozen water, "Subway" a sandwich chain, "Bart" a name, Spanish "esta" (this) and "vía" plain words.
 */
import type { Lexicon } from './types.ts';

export const GETTING_AROUND_ITEMS: Lexicon = {
  transport: {
    strong: [
      // Transit systems and cards, US and UK.
      'metrolink', 'marta train', 'marta card', 'marta breeze', 'marta fare', 'bart train', 'bart card', 'cta train', 'cta bus', 'i pass', 'ipass', 'e z pass', 'toll road',
      'toll booth', 'toll bridge', 'bridge toll', 'turnpike', 'subway fare', 'subway ticket', 'subway card', 'subway pass',
      'metro ticket', 'metro pass', 'metro fare', 'tram pass', 'tram fare', 'streetcar', 'light rail', 'commuter rail', 'metra',
      'path train', 'path fare', 'trimet', 'sound transit', 'orca card', 'tap card', 'la metro', 'metrobus', 'metro bus',
      'transit pass', 'bus card', 'travelcard', 'national rail', 'scotrail', 'thameslink', 'southern rail', 'southeastern',
      'elizabeth line', 'overground', 'dlr', 'merseyrail', 'first bus', 'stagecoach', 'arriva', 'lothian buses', 'bee network',
      'uber boat', 'santander cycles', 'boris bike', 'contactless fare', 'oyster top up', 'dart fare', 'rtd',
      'dc metro', 'mta bus', 'lime scooter',
      // Germany.
      'vrs', 'kvv', 'vgn', 'gvh', 'dvb', 'lvb', 'üstra', 'ustra', 'rheinbahn', 'einzelticket', 'kurzstrecke', 'streifenkarte',
      'sozialticket', 'jobticket', 'semesterticket', 'fahrradladen', 'fahrradwerkstatt', 'fahrradschlauch', 'fahrradschloss',
      'park and ride', 'parkuhr', 'tiefgarage', 'parkausweis', 'anwohnerparken', 'waschstraße', 'waschstrasse', 'autowaschanlage',
      'autowäsche', 'autowaesche', 'inspektion', 'autowerkstatt', 'adac', 'carsharing', 'car sharing', 'flinkster', 'stadtmobil',
      'e scooter', 'ölwechsel', 'oelwechsel',
      // France.
      'ticket de bus', 'carnet de tickets', 'ticket t', 'horodateur', 'fourrière', 'fourriere', 'lavage auto', 'station de lavage',
      'transilien', 'rtm', 'tbm', 'ilévia', 'ilevia', 'bip&go', 'télépéage', 'telepeage', 'ulys', 'vinci autoroutes', 'sanef',
      'aprr', 'réparation vélo', 'reparation velo', 'vélo électrique',
      // Spain.
      'metro de madrid', 'metro bilbao', 'tarjeta multi', 't casual', 't usual', 'bicimad', 'bicing', 'valenbisi', 'zona verde',
      'lavado de coche', 'túnel de lavado', 'autopista', 'abono joven', 'fgc', 'metrovalencia', 'tussam',
      'revisión del coche', 'parking público',
      // The Netherlands.
      'ns flex', 'ns abonnement', 'connexxion', 'qbuzz', 'parkeergarage', 'parkeermeter', 'parkeervergunning', 'parkeerkosten',
      'fietsreparatie', 'fietsenstalling', 'fietsband', 'autowasstraat', 'wasstraat', 'onderhoudsbeurt', 'greenwheels',
      'mywheels', 'snappcar', 'felyx', 'go sharing',
      // US, the Philippines, India.
      'parking garage', 'parking lot', 'parking spot', 'tire rotation', 'smog check', 'dmv', 'jiffy lube', 'zipcar',
      'pnr', 'beep', 'jeep fare', 'bus fare', 'carwash', 'car wash', 'gaadi dhulai', 'car dhulai', 'bike dhulai', 'parking fee',
      'parking charges', 'metro recharge', 'metro card recharge', 'halfords', 'bike shop', 'bicycle repair', 'cycle repair',
      'bike tune up', 'inner tube', 'estacionamiento', 'paradahan', 'vulcanizing', 'vulcanizing shop', 'toll fee',
      'taller de bicis', 'bike puncture',
    ],
    normal: ['season ticket'],
    // "Bart" and "Marta" are names, "taller" an English word.
    weak: ['bart', 'marta', 'taller'],
  },
  travel: {
    strong: [
      // Hotel chains.
      'premier inn', 'travelodge', 'marriott', 'hilton', 'ibis', 'ibis styles', 'motel one', 'nh hotel',
      'nh hotels', 'nh collection', 'accor', 'novotel', 'mercure', 'holiday inn', 'holiday inn express', 'best western',
      'hyatt', 'sheraton', 'radisson', 'ihg', 'b&b hotel', 'b&b hotels', 'hampton inn', 'courtyard marriott', 'doubletree',
      'westin', 'crowne plaza', 'meliá', 'melia', 'barceló', 'barcelo', 'riu', 'iberostar', 'h10', 'center parcs', 'butlins',
      'a&o hostel', 'meininger', 'generator hostel', 'campanile', 'kyriad', 'van der valk', 'fletcher hotel', 'moxy',
      'citizenm', 'red roof inn', 'la quinta', 'days inn', 'comfort inn', 'quality inn', 'extended stay',
      'hotel room', 'hotel stay', 'landal', 'roompot',
      // Airlines, with their short forms in phrases.
      'cebu pac', 'pal flight', 'pal ticket', 'pal express', 'ba flight', 'ba flights', 'lh flight',
      'qatar airways', 'turkish airlines', 'singapore airlines', 'etihad', 'swiss air', 'austrian airlines', 'finnair',
      'aer lingus', 'icelandair', 'norwegian air', 'air canada', 'westjet', 'hawaiian airlines', 'sun country', 'allegiant',
      'breeze airways', 'cathay pacific', 'korean air', 'brussels airlines', 'aegean', 'tap portugal', 'tap air portugal',
      'ita airways', 'binter', 'discover airlines', 'loganair', 'airasia', 'philippine airlines', 'airline', 'airlines',
      'united flight', 'delta flight', 'southwest flight',
      // Long-distance trains and coaches.
      'ice ticket', 'ice nach', 'ic ticket', 'flixtrain', 'flix train', 'flix bus', 'alsa', 'intercités', 'intercites',
      'trenitalia', 'öbb', 'obb', 'sbb', 'nightjet', 'eurail', 'interrail', 'sparpreis', 'flexpreis', 'zugfahrt',
      'ns international', 'ns internationaal', 'sleeper train', 'night train', 'nachtzug', 'coach ticket', 'coach tickets',
      'blablacar bus', 'avlo', 'ouigo españa', 'amtrak ticket', 'greyhound bus', 'megabus ticket', 'renfe ave',
      'tgv inoui', 'deutsche bahn ticket',
      // Places to stay.
      'cottage', 'holiday cottage', 'holiday let', 'holiday home', 'holiday rental', 'vacation rental', 'cabin rental', 'cabin',
      'chalet', 'lodge', 'bed and breakfast', 'b&b', 'guesthouse', 'guest house', 'ferienhaus', 'fewo', 'chambre d hôtes',
      'chambre d\'hôtes', 'chambre d hotes', 'location de vacances', 'location vacances', 'casa rural', 'apartamento turístico',
      'vakantiehuis', 'vakantiepark', 'bungalowpark', 'glamping', 'caravan park', 'beach resort', 'hotel tax', 'city tax',
      'tourist tax', 'kurtaxe', 'taxe de séjour', 'taxe de sejour', 'tasa turística', 'tasa turistica', 'toeristenbelasting',
      // Trips and their extras.
      'ski pass', 'skipass', 'lift pass', 'forfait de ski', 'forfait ski', 'skiurlaub', 'ski trip', 'ski holiday',
      'ferry crossing', 'p&o ferries', 'brittany ferries', 'stena line', 'dfds', 'baleària', 'balearia', '2go travel',
      'esta application', 'esta fee', 'travel adapter', 'biyahe', 'byahe', 'ghoomne', 'ghumne', 'tirth yatra',
    ],
    normal: ['lh', 'ice train', 'caravan'],
    // "PAL" (Philippine Airlines) is also a friend; "ICE" the German express, and frozen water.
    weak: ['pal', 'ice'],
  },
};
