/** Utilities (metered services and bills), housing (the roof) and household (running the home). */
import type { Lexicon } from './types.ts';

export const HOME: Lexicon = {
  utilities: {
    strong: [
      'electricity', 'electricity bill', 'electric bill', 'power bill', 'light bill', 'bijli', 'bescom', 'tneb', 'msedcl',
      'adani electricity', 'tata power', 'bses', 'torrent power', 'water bill', 'water tanker', 'tanker', 'bwssb', 'water can',
      'water cans', 'bisleri can', 'internet', 'internet bill', 'broadband', 'wifi', 'wi fi', 'fiber', 'fibre', 'act fibernet',
      'airtel', 'jio', 'vi', 'vodafone', 'bsnl', 'hathway', 'excitel', 'comcast', 'xfinity', 'verizon', 'at&t', 't mobile',
      'tmobile', 'mobile recharge', 'phone recharge', 'prepaid recharge', 'postpaid', 'postpaid bill', 'phone bill', 'mobile bill',
      'data pack', 'data plan', 'dth', 'dth recharge', 'tata sky', 'tata play', 'dish tv', 'cable tv', 'cable bill', 'gas bill',
      'gas cylinder', 'cylinder', 'lpg', 'lpg cylinder', 'cooking gas', 'piped gas', 'png', 'indane', 'hp gas', 'bharat gas',
      'recharge', 'recharged', 'utility', 'utilities', 'utility bill', 'sewage', 'garbage', 'trash pickup', 'heating', 'landline',
    ],
    normal: ['sim', 'sim card', 'data', 'bills'],
    weak: ['bill', 'water'],
  },
  housing: {
    strong: [
      'rent', 'house rent', 'flat rent', 'room rent', 'pg rent', 'pg', 'mortgage', 'home loan', 'home loan emi', 'housing loan',
      'property tax', 'society maintenance', 'maintenance charges', 'society charges', 'hoa', 'hoa fees', 'home insurance',
      'house insurance', 'brokerage', 'security deposit', 'deposit for flat', 'lease', 'landlord', 'stamp duty', 'registration charges',
      'renters insurance', 'housing', 'apartment', 'flat maintenance',
    ],
    normal: ['maintenance', 'society', 'emi'],
  },
  household: {
    strong: [
      'maid', 'maid salary', 'bai', 'kaamwali', 'house help', 'househelp', 'cook', 'cook salary', 'cook s salary', 'nanny salary',
      'driver salary', 'gardener', 'mali', 'watchman', 'security guard', 'plumber', 'electrician', 'carpenter', 'painter',
      'pest control', 'deep cleaning', 'cleaning', 'cleaning supplies', 'cleaner', 'floor cleaner', 'toilet cleaner', 'detergent',
      'surf excel', 'tide', 'ariel', 'vim', 'harpic', 'lizol', 'dishwash', 'dish soap', 'dishwasher', 'washing powder',
      'phenyl', 'mop', 'broom', 'jhadu', 'bucket', 'dustbin', 'garbage bags', 'trash bags', 'tissue', 'tissues', 'toilet paper',
      'kitchen towels', 'furniture', 'sofa', 'couch', 'bed', 'mattress', 'table', 'dining table', 'chair', 'chairs', 'wardrobe',
      'almirah', 'shelf', 'bookshelf', 'curtains', 'bedsheet', 'bedsheets', 'pillow', 'pillows', 'blanket', 'quilt', 'rug',
      'carpet', 'doormat', 'kitchenware', 'utensils', 'cookware', 'pressure cooker', 'cooker', 'kadai', 'tawa', 'pan', 'pans',
      'pots', 'plates', 'cutlery', 'glasses', 'mugs', 'tupperware', 'containers', 'mixer', 'mixie', 'grinder', 'blender',
      'microwave', 'oven', 'kettle', 'electric kettle', 'toaster', 'induction', 'induction stove', 'stove', 'chimney',
      'iron box', 'heater', 'room heater', 'cooler', 'air cooler', 'lamp', 'lampshade', 'mirror', 'clock', 'wall clock',
      'extension board', 'switch', 'plug', 'doorbell', 'lock', 'padlock', 'hooks', 'towels', 'towel', 'napkins', 'foil',
      'cling wrap', 'zip lock', 'sponge', 'scrubber', 'dish rack', 'water bottle', 'bottles', 'flask', 'lunchbox', 'fridge', 'refrigerator', 'washing machine', 'water purifier', 'ro service', 'ro filter', 'geyser',
      'inverter', 'ac service', 'ac repair', 'fan', 'ceiling fan', 'bulb', 'bulbs', 'led bulb', 'tube light', 'light fixture',
      'repairs', 'repair', 'home repair', 'plumbing', 'paint', 'painting', 'hardware', 'tools', 'drill', 'batteries',
      'urban company', 'urbanclap', 'housejoy', 'laundry', 'dry cleaning', 'drycleaning', 'ironing', 'istri', 'dhobi', 'iron',
      'vacuum', 'vacuum cleaner', 'home decor', 'decor', 'ikea', 'pepperfry', 'urban ladder', 'home centre', 'home depot',
      'lowes', 'bed bath', 'locksmith', 'key duplicate', 'appliance', 'appliances', 'kitchen', 'household', 'household items',
      'home supplies', 'storage box', 'hangers', 'candles', 'air freshener', 'mosquito repellent', 'good knight', 'all out',
    ],
    normal: ['sweeper', 'servant', 'helper', 'maintenance guy', 'fixing', 'fix', 'installation', 'supplies'],
  },
};
