/** Transport (getting around town), fuel (filling up) and travel (trips away from home). */
import type { Lexicon } from './types.ts';

export const GETTING_AROUND: Lexicon = {
  transport: {
    strong: [
      'uber', 'ola', 'lyft', 'rapido', 'blablacar', 'bolt', 'grab', 'namma yatri', 'bluesmart', 'blu smart', 'meru',
      'cab', 'cabs', 'taxi', 'taxis', 'auto', 'autos', 'auto rickshaw', 'rickshaw', 'tuk tuk', 'metro', 'metro card',
      'subway ride', 'bus', 'bus pass', 'bus ticket', 'bmtc', 'best bus', 'ksrtc', 'local train', 'train pass', 'monthly pass',
      'parking', 'toll', 'tolls', 'fastag', 'fast tag', 'challan', 'traffic fine', 'car wash', 'car service', 'bike service',
      'servicing', 'tyre', 'tyres', 'tire', 'puncture', 'car repair', 'bike repair', 'mechanic', 'oil change', 'vehicle insurance',
      'car insurance', 'bike insurance', 'ride', 'rides', 'commute', 'ferry', 'tram', 'mrt', 'clipper card', 'oyster', 'oyster card',
      'mta', 'yulu', 'bounce', 'scooter rental', 'bike rental', 'car rental', 'zoomcar', 'revv', 'valet', 'driver',
    ],
    weak: ['car', 'bike', 'scooter', 'scooty', 'vehicle', 'helmet'],
    normal: ['train', 'trains', 'tram ticket', 'transport', 'travel card', 'shuttle', 'pickup', 'drop', 'airport drop', 'airport pickup'],
  },
  fuel: {
    strong: [
      'petrol', 'diesel', 'cng', 'lpg for car', 'fuel', 'gasoline', 'gas station', 'petrol pump', 'petrol bunk', 'filling station',
      'ev charging', 'ev charge', 'charging station', 'supercharger', 'indian oil', 'iocl', 'hp petrol', 'bharat petroleum', 'bpcl',
      'hpcl', 'shell', 'chevron', 'exxon', 'bp', 'tank full', 'full tank', 'top up fuel',
    ],
    normal: ['gas for the car', 'gas fill', 'refuel', 'refuelling', 'refueling', 'charging'],
    weak: ['gas', 'tank'],
  },
  travel: {
    strong: [
      'flight', 'flights', 'airfare', 'air ticket', 'air tickets', 'plane tickets', 'plane ticket', 'hotel', 'hotels', 'airbnb',
      'oyo', 'treebo', 'fabhotels', 'booking com', 'agoda', 'expedia', 'makemytrip', 'make my trip', 'mmt', 'goibibo', 'cleartrip',
      'yatra', 'ixigo', 'easemytrip', 'indigo', 'air india', 'vistara', 'spicejet', 'akasa', 'emirates', 'lufthansa', 'ryanair',
      'easyjet', 'delta', 'united airlines', 'irctc', 'train tickets', 'train ticket', 'tatkal', 'sleeper', 'redbus', 'volvo bus',
      'visa', 'visa fee', 'passport', 'passport fee', 'travel insurance', 'resort', 'homestay', 'hostel', 'zostel', 'vacation',
      'holiday', 'trip', 'trek', 'trekking', 'tour', 'tour package', 'sightseeing', 'luggage', 'suitcase', 'baggage', 'excess baggage',
      'forex', 'lounge', 'souvenir', 'souvenirs', 'duty free', 'travel sim', 'airport', 'cruise', 'safari', 'honeymoon', 'staycation', 'villa', 'goa trip', 'road trip', 'check in', 'boarding',
    ],
    normal: ['travel', 'travels', 'tickets to', 'stay', 'room', 'booking', 'getaway', 'weekend trip'],
  },
};
