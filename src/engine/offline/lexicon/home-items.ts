/**
 * Household and utilities by the thing bought or paid for: appliances, DIY, cleaning products and
 * consumables; electricity, gas, water, internet, phone and prepaid load. Words that are also
 * something else stay out or in phrases: French "vis" (Dutch for fish), Hindi "balti" (a curry
 * in the UK), German "Decke" (a ceiling), "Hose" (trousers, not a garden hose), French "persil" (parsley, and a detergent).
 */
import type { Lexicon } from './types.ts';

export const HOME_ITEMS: Lexicon = {
  household: {
    strong: [
      // English, US and UK.
      'hoover', 'hoovering', 'vacuum bags', 'mop bucket', 'mop and bucket', 'walis', 'walis tambo', 'walis tingting',
      'bin bags', 'bin liners', 'light bulb', 'light bulbs', 'lightbulbs', 'aa batteries', 'aaa batteries', 'screws',
      'screws and nails', 'nails and screws', 'hammer', 'screwdriver', 'extension cord', 'extension lead', 'smoke alarm',
      'smoke detector', 'plant pot', 'plant pots', 'houseplants', 'garden centre', 'garden center', 'compost', 'potting soil',
      'lawn mower', 'lawnmower', 'charcoal', 'firewood', 'bleach', 'washing up liquid', 'washing liquid', 'laundry detergent',
      'fabric softener', 'dishwasher tablets', 'dishwasher tabs', 'dishwasher pods', 'laundry pods', 'surface cleaner',
      'disinfectant', 'cleaning wipes', 'disinfectant wipes', 'paper towels', 'kitchen roll', 'loo roll', 'loo rolls',
      'sponges', 'rubber gloves', 'descaler', 'lysol', 'clorox', 'fairy liquid', 'domestos', 'finish tablets', 'ecover',
      'duster', 'dustpan', 'hand soap refill', 'wall paint', 'paint roller', 'paintbrush', 'paint brushes', 'wallpaper',
      'dehumidifier', 'humidifier', 'air purifier', 'robot vacuum', 'roomba', 'dyson', 'bedding', 'duvet', 'duvet cover',
      'fitted sheet', 'cushions', 'frying pan', 'saucepan', 'baking tray', 'cutting board', 'chopping board',
      'kitchen knife', 'plates and bowls', 'dinnerware', 'picture frame', 'coat hangers', 'shower curtain', 'bath mat',
      'diy', 'diy store', 'hardware store', 'homebase', 'the works home', 'ironing board', 'clothes horse', 'laundry basket',
      // German.
      'weichspüler', 'weichspueler', 'spülmaschinentabs', 'spuelmaschinentabs', 'spültabs', 'geschirrspültabs', 'reiniger',
      'allzweckreiniger', 'badreiniger', 'wc reiniger', 'glasreiniger', 'entkalker', 'schwämme', 'schwamm', 'spüllappen',
      'küchenrolle', 'kuechenrolle', 'küchenpapier', 'taschentücher', 'taschentuecher', 'mülltüten', 'muelltueten',
      'glühbirne', 'glühbirnen', 'gluehbirnen', 'leuchtmittel', 'batterien', 'wandfarbe', 'schrauben', 'dübel', 'duebel',
      'werkzeug', 'bohrmaschine', 'akkuschrauber', 'besen', 'wischmopp', 'mopp', 'eimer', 'staubsaugerbeutel', 'blumenerde',
      'brennholz', 'kaminholz', 'handtücher', 'handtuecher', 'bettwäsche', 'bettwaesche', 'kopfkissen', 'bettdecke', 'geschirr',
      'töpfe', 'pfanne', 'besteck', 'vorhänge', 'gardinen', 'teppich', 'kerzen', 'zimmerpflanzen', 'haushaltsgeräte',
      // French.
      'liquide vaisselle', 'produit vaisselle', 'pastilles lave vaisselle', 'tablettes lave vaisselle', 'adoucissant',
      'eau de javel', 'javel', 'nettoyant', 'produit ménager', 'produit menager', 'essuie tout', 'sopalin', 'papier toilette',
      'mouchoirs', 'sacs poubelle', 'sac poubelle', 'éponges', 'eponges', 'serpillière', 'serpillere', 'balai', 'ampoule',
      'ampoules', 'peinture', 'outils', 'perceuse', 'quincaillerie', 'droguerie', 'vaisselle', 'casseroles', 'poêle',
      'serviettes de bain', 'draps', 'oreillers', 'couette', 'rideaux', 'tapis', 'luminaire', 'bougies', 'terreau',
      'électroménager', 'electromenager',
      // Spanish.
      'suavizante', 'pastillas lavavajillas', 'lejía', 'lejia', 'friegasuelos', 'limpiador', 'fregona', 'escoba', 'bayetas',
      'estropajo', 'papel de cocina', 'servilletas', 'pañuelos', 'bolsas de basura', 'bombillas', 'bombilla', 'pilas',
      'pintura', 'tornillos', 'herramientas', 'taladro', 'droguería', 'drogueria', 'sartén', 'sarten', 'ollas', 'vajilla',
      'toallas', 'sábanas', 'sabanas', 'almohada', 'almohadas', 'cortinas', 'alfombra', 'lámpara', 'velas', 'maceta',
      'electrodomésticos', 'electrodomesticos',
      // Dutch.
      'afwasmiddel', 'vaatwastabletten', 'wasverzachter', 'chloor', 'allesreiniger', 'dweil', 'bezem', 'emmer', 'sponsjes',
      'keukenrol', 'wc papier', 'toiletpapier', 'vuilniszakken', 'afvalzakken', 'gloeilamp', 'ledlamp', 'batterijen', 'verf',
      'muurverf', 'schroeven', 'gereedschap', 'boormachine', 'bouwmarkt', 'handdoeken', 'beddengoed', 'dekbed', 'gordijnen',
      'pannen', 'servies', 'kaarsen', 'potgrond', 'kamerplanten',
      // Tagalog.
      'basahan', 'sabon panlaba', 'sabong panlaba', 'panlaba', 'zonrox', 'downy', 'joy dishwashing', 'dishwashing liquid',
      'garbage bag', 'bumbilya', 'baterya', 'turnilyo', 'timba', 'kaldero', 'kawali', 'unan', 'kumot', 'kurtina', 'pintura',
      // Romanised Hindi.
      'pocha', 'pochha', 'jhadu pocha', 'jhaadu', 'vim bar', 'nirma', 'pankha', 'gadda', 'takiya', 'chadar', 'parde', 'kachra bag',
      'kooda bag', 'bartan wali',
    ],
    normal: ['sponge', 'plants', 'bowls', 'piles', 'ladder', 'farbe', 'lampe', 'kussen', 'bestek', 'plato', 'baso', 'kutsara', 'vorhang'],
  },
  utilities: {
    strong: [
      'gas & electric', 'gas & electricity', 'gas electricity', 'electric and gas', 'energy bill', 'energy bills', 'heating oil', 'heizöl',
      'heizoel', 'fioul', 'gasóleo calefacción', 'wassergeld', 'abwasser', 'facture d eau', 'facture d\'eau', 'factura del agua',
      'recibo del agua', 'waterrekening', 'internetrechnung', 'internet rechnung', 'handy rechnung', 'prepaid guthaben',
      'guthaben aufladen', 'handy aufladen', 'recarga', 'recarga móvil', 'recarga movil', 'beltegoed', 'opwaarderen',
      'sim only', 'telefoonrekening', 'mobile phone bill', 'wifi bill', 'wi fi bill', 'bijli bill', 'wifi ka bill',
      'phone ka recharge', 'mobile ka recharge', 'bayad sa tubig', 'bayad sa kuryente', 'regular load', 'gomo', 'sun cellular',
      'water and sewer', 'electric company', 'gas company', 'energieversorger', 'stromanbieter', 'fournisseur d énergie',
      'facture d électricité', 'facture de gaz', 'factura del gas', 'recibo del gas', 'gasrekening', 'stroomrekening',
      'internet abonnement', 'abonnement internet', 'forfait internet', 'fibre optique', 'glasvezel', 'wifi load',
      'pocket wifi', 'internet load', 'data load', 'prepaid data', 'top up phone', 'phone top up', 'mobile top up',
      'phone credit', 'handyguthaben', 'crédit téléphone', 'saldo móvil', 'saldo movil',
    ],
    // "Saldo" and "Guthaben" are also a bank balance.
    normal: ['aufladen', 'prepaid', 'top up'],
  },
};
