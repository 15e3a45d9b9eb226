/**
 * Groceries and dining by the thing bought rather than the shop: fruit, vegetables, herbs, dairy,
 * meat, fish, pantry and drinks taken home; dishes, coffees, pastries and street food eaten out.
 * In English (US and UK), German, French, Spanish, Dutch, Tagalog and romanised Hindi. Words that
 * are also everyday words elsewhere are left out or only in phrases: French "mais" (but), Dutch "reis" (a trip), "thé"
 * and Spanish "té" (which fold to "the" and "te"), Tagalog "baka" (maybe), Dutch "worst".
 */
import type { Lexicon } from './types.ts';

export const FOOD_ITEMS: Lexicon = {
  groceries: {
    strong: [
      // English: fruit, vegetables, herbs.
      'pears', 'peaches', 'plums', 'cherries', 'strawberries', 'blueberries', 'raspberries', 'blackberries', 'berries',
      'lemons', 'limes', 'melon', 'pineapple', 'kiwis', 'avocados', 'avocado', 'tangerines', 'clementines', 'satsumas',
      'nectarines', 'apricots', 'rhubarb', 'carrots', 'cucumber', 'cucumbers', 'lettuce', 'spinach', 'broccoli', 'cauliflower',
      'cabbage', 'bell peppers', 'capsicum', 'zucchini', 'courgettes', 'courgette', 'aubergine', 'eggplant', 'mushrooms',
      'garlic', 'ginger root', 'celery', 'leeks', 'green beans', 'sweet potatoes', 'kale', 'asparagus', 'radishes', 'beetroot',
      'pumpkin', 'parsley', 'coriander', 'cilantro', 'fresh herbs', 'fresh mint', 'thyme', 'dill', 'chives', 'oregano',
      // Dairy, bakery to take home, meat and fish.
      'cream cheese', 'sour cream', 'double cream', 'cottage cheese', 'mozzarella', 'cheddar', 'parmesan', 'feta', 'yoghurt',
      'yoghurts', 'yogurts', 'margarine', 'oat milk', 'almond milk', 'soy milk', 'loaf', 'sourdough', 'bread rolls', 'tortillas',
      'crumpets', 'beef', 'pork', 'lamb chops', 'minced meat', 'mince', 'ground beef', 'sausages', 'bacon', 'chicken breast',
      'chicken thighs', 'turkey breast', 'salmon', 'tuna', 'shrimp', 'cod fillets',
      // Pantry and drinks bought in a shop.
      'canned tomatoes', 'tinned tomatoes', 'olive oil', 'vinegar', 'peanut butter', 'nutella', 'ketchup', 'mayo',
      'mayonnaise', 'mustard', 'cornflakes', 'muesli', 'granola', 'crisps', 'almonds', 'tea bags', 'teabags', 'baking powder',
      'yeast', 'poppy seeds', 'chia seeds', 'sunflower seeds', 'black pepper', 'stock cubes', 'tinned soup', 'frozen pizza', 'frozen peas', 'frozen veg', 'bag of ice',
      'case of water', 'crate of water', 'pack of water', 'sparkling water', 'apple juice', 'crate of beer', 'case of beer',
      // German.
      'birnen', 'trauben', 'weintrauben', 'erdbeeren', 'kirschen', 'zitronen', 'orangen', 'mandarinen', 'pfirsiche', 'pflaumen',
      'himbeeren', 'heidelbeeren', 'blaubeeren', 'wassermelone', 'ananas', 'karotten', 'möhren', 'moehren', 'gurke', 'gurken',
      'kopfsalat', 'paprika', 'pilze', 'champignons', 'knoblauch', 'ingwer', 'brokkoli', 'blumenkohl', 'spinat', 'lauch',
      'porree', 'sellerie', 'spargel', 'erbsen', 'bohnen', 'kürbis', 'kuerbis', 'süßkartoffeln', 'suesskartoffeln', 'petersilie',
      'basilikum', 'schnittlauch', 'sahne', 'schmand', 'quark', 'frischkäse', 'frischkaese', 'hafermilch', 'rindfleisch',
      'schweinefleisch', 'hackfleisch', 'hähnchen', 'haehnchen', 'hähnchenbrust', 'hühnchen', 'lachs', 'thunfisch', 'garnelen',
      'würstchen', 'wuerstchen', 'schinken', 'aufschnitt', 'salami', 'speck', 'haferflocken', 'müsli', 'honig',
      'marmelade', 'konfitüre', 'senf', 'essig', 'olivenöl', 'olivenoel', 'sonnenblumenöl', 'salz', 'pfeffer', 'gewürze',
      'gewuerze', 'konserven', 'dosentomaten', 'kaffeebohnen', 'kaffeepads', 'teebeutel', 'apfelsaft', 'orangensaft', 'saft',
      'bierkasten', 'kasten bier', 'getränkekiste', 'schokolade', 'kekse', 'vollkornbrot', 'toastbrot', 'aufbackbrötchen',
      'tiefkühlpizza', 'tiefkühlkost', 'tk pizza',
      // French.
      'poires', 'fraises', 'cerises', 'citrons', 'bananes', 'pêches', 'abricots', 'framboises', 'myrtilles', 'pastèque',
      'carottes', 'concombre', 'tomates', 'pommes de terre', 'oignons', 'poivrons', 'champignons de paris', 'brocoli',
      'chou fleur', 'épinards', 'poireaux', 'haricots verts', 'petits pois', 'potiron', 'persil', 'basilic', 'ciboulette',
      'coriandre', 'crème fraîche', 'creme fraiche', 'jambon', 'saucisses', 'steak haché', 'steak hache', 'bœuf', 'boeuf',
      'porc', 'agneau', 'saumon', 'thon', 'crevettes', 'lardons', 'riz', 'huile d olive', 'huile d\'olive', 'vinaigre', 'poivre',
      'épices', 'miel', 'confiture', 'céréales', 'cereales', 'café moulu', 'capsules de café', 'jus d orange', 'jus d\'orange',
      'jus de fruits', 'eau gazeuse', 'pack d eau', 'pack d\'eau', 'bouteilles d eau', 'chocolat', 'conserves', 'surgelés',
      'surgeles', 'brioche', 'pain complet',
      // Spanish.
      'manzanas', 'peras', 'plátanos', 'platanos', 'naranjas', 'limones', 'fresas', 'uvas', 'melocotones', 'sandía', 'melón',
      'piña', 'aguacates', 'cerezas', 'cebollas', 'patatas', 'zanahorias', 'pepino', 'lechuga', 'pimientos', 'calabacín',
      'berenjena', 'champiñones', 'ajo', 'brócoli', 'espinacas', 'judías verdes', 'guisantes', 'calabaza', 'perejil',
      'albahaca', 'nata', 'mantequilla', 'yogures', 'jamón serrano', 'jamón', 'chorizo', 'salchichas', 'carne picada',
      'ternera', 'cerdo', 'cordero', 'pechuga de pollo', 'salmón', 'atún', 'gambas', 'merluza', 'bacalao', 'legumbres',
      'lentejas', 'garbanzos', 'alubias', 'aceite de oliva', 'vinagre', 'pimienta', 'especias', 'mermelada', 'cereales',
      'café molido', 'zumo', 'zumo de naranja', 'jugo', 'agua mineral', 'garrafa de agua', 'galletas', 'conservas', 'congelados',
      // Dutch.
      'appels', 'peren', 'druiven', 'aardbeien', 'sinaasappels', 'citroenen', 'mandarijnen', 'perziken', 'kersen',
      'blauwe bessen', 'frambozen', 'meloen', 'watermeloen', 'wortels', 'wortel', 'komkommer', 'knoflook', 'gember', 'bloemkool',
      'spinazie', 'prei', 'sperziebonen', 'erwten', 'pompoen', 'uien', 'peterselie', 'basilicum', 'bieslook', 'slagroom',
      'kwark', 'hagelslag', 'pindakaas', 'honing', 'vla', 'karnemelk', 'gehakt', 'rundvlees', 'varkensvlees', 'kipfilet',
      'rookworst', 'spek', 'zalm', 'tonijn', 'garnalen', 'suiker', 'olijfolie', 'azijn', 'zout', 'peper', 'kruiden',
      'koffiebonen', 'koffiepads', 'sinaasappelsap', 'appelsap', 'bronwater', 'krat bier', 'kratje bier', 'koekjes',
      'diepvries', 'volkorenbrood', 'beschuit', 'ontbijtkoek',
      // Tagalog.
      'saging', 'mansanas', 'kamatis', 'sibuyas', 'bawang', 'karot', 'repolyo', 'kangkong', 'talong', 'ampalaya', 'sitaw',
      'kalabasa', 'mangga', 'pakwan', 'niyog', 'keso', 'mantikilya', 'harina', 'asin', 'paminta', 'patis', 'karne ng baboy',
      'karne ng baka', 'giniling', 'hipon', 'galunggong', 'bangus', 'tilapia', 'longganisa', 'tocino', 'hotdog', 'corned beef',
      'lucky me', 'pancit canton', 'galon', 'galon ng tubig', 'mineral na tubig', 'mineral tubig',
      // Romanised Hindi.
      'kela', 'kele', 'seb', 'gajar', 'mirchi', 'hari mirch', 'adrak', 'lehsun', 'nimbu', 'kheera', 'baingan', 'lauki',
      'maida', 'besan', 'sooji', 'suji', 'rajma', 'chana dal', 'moong dal', 'toor dal', 'haldi', 'jeera', 'sarson ka tel',
      'sarson tel', 'machli', 'gosht', 'murgi', 'cheeni', 'shakkar', 'makkhan', 'sabzi mandi',
    ],
    normal: [
      'honey', 'lemon', 'kiwi', 'peas', 'beans', 'corn', 'radish', 'steak', 'nuts', 'soda', 'juice box', 'cream',
      'zwiebel', 'tee', 'thee', 'olie', 'poha', 'chana', 'matar', 'kool', 'bisleri', 'kinley', 'aquafina',
    ],
    // "West Ham", a traffic "jam": a hint only.
    weak: ['ham', 'jam'],
  },
  dining: {
    strong: [
      // Coffee drinks and café pastries.
      'flat white', 'espresso', 'macchiato', 'cortado', 'cold brew', 'iced coffee', 'iced latte', 'hot chocolate', 'chai latte',
      'matcha latte', 'mocha', 'café au lait', 'cafe au lait', 'café con leche', 'cafe con leche', 'koffie verkeerd',
      'heiße schokolade', 'heisse schokolade', 'chocolat chaud', 'chocolate caliente', 'latte macchiato', 'milchkaffee',
      // The reader rewrites French "au"/"aux" to "in" (locale-words.ts) before the lexicon sees
      // the words, so the pastries are also listed as it reads them, and as typed without "au".
      'pain au chocolat', 'pain chocolat', 'café au lait', 'café lait', 'cottage pie', "shepherd's pie", 'cappu', 'franzbrötchen', 'franzbroetchen', 'franzbrotchen', 'pain aux raisins', 'chocolatine', 'croque monsieur',
      'jambon beurre', 'cinnamon roll', 'kanelbulle', 'apfelstrudel', 'kaffee und kuchen', 'café gourmand', 'cafe gourmand',
      'afternoon tea', 'cream tea', 'tea and cake',
      // Dishes eaten out, street food and national dishes.
      'fondue', 'raclette', 'pierogi', 'goulash', 'gulasch', 'gulaschsuppe', 'smørrebrød', 'smorrebrod', 'paella', 'curry night',
      // A lone "&" is dropped before the lexicon sees the words: "fish & chips" arrives as "fish chips".
      'deep dish', 'deep dish pizza', 'fish n chips', 'fish & chips', 'fish chips', 'chip shop', 'kebab shop', 'kebab house', 'ramen bar',
      'poke bowl', 'dim sum', 'dumplings', 'gyoza', 'burrito', 'quesadilla', 'fajitas', 'chicken wings', 'buffalo wings',
      'brisket', 'mac and cheese', 'fried chicken', 'chicken nuggets', 'milkshake', 'frozen yogurt', 'froyo', 'gelato',
      'pancakes', 'crepes', 'crêpe', 'gyros', 'souvlaki', 'falafel', 'tikka masala', 'chicken tikka', 'korma', 'vindaloo',
      'jalfrezi', 'naan', 'butter naan', 'poppadoms', 'onion bhaji', 'chinese takeaway', 'indian takeaway', 'pizza night',
      'full english', 'fry up', 'sunday roast', 'roast dinner', 'carvery', 'bacon roll', 'bacon butty', 'sausage roll',
      'cornish pasty', 'pie and mash', 'hot dog', 'hotdog stand', 'pho', 'bao', 'pad thai', 'bibimbap', 'katsu curry',
      'schnitzel', 'schweinshaxe', 'käsespätzle', 'kaesespaetzle', 'spätzle', 'flammkuchen', 'weißwurst', 'weisswurst',
      'leberkäse', 'leberkaese', 'leberkässemmel', 'fischbrötchen', 'fischbroetchen', 'glühwein', 'gluehwein',
      'feuerzangenbowle', 'eierpunsch', 'kinderpunsch', 'vin chaud', 'galette', 'galette des rois', 'tartiflette',
      'moules frites', 'steak frites', 'kir', 'pastis', 'tinto de verano', 'sangría', 'sangria', 'patatas bravas', 'croquetas',
      'calamares', 'bocadillo de calamares', 'tortilla de patatas', 'bitterballen', 'frikandel', 'patatje', 'poffertjes',
      'oliebollen', 'kibbeling', 'appeltaart', 'tosti', 'uitsmijter', 'pannenkoeken', 'pannenkoek', 'saucijzenbroodje',
      'biertje', 'adobo', 'sinigang', 'kare kare', 'sisig', 'balut', 'kwek kwek', 'isaw', 'turon', 'banana cue', 'ihaw ihaw',
      'longsilog', 'tocilog', 'bulalo', 'lomi', 'arroz caldo', 'bibingka', 'puto bumbong', 'kakanin', 'buko juice', 'christmas market', 'weihnachtsmarkt', 'marché de noël', 'kerstmarkt',
      'samalamig', 'chai sutta', 'chowmein', 'chow mein', 'kulcha', 'chole kulche', 'aloo tikki', 'tikki', 'bhel puri',
      'sev puri', 'dahi puri', 'kachori', 'poha jalebi', 'tandoori', 'rabri', 'rasmalai', 'gulab jamun',
    ],
    normal: [
      'americano', 'cafe americano', 'latte art', 'berliner', 'brezel', 'breze', 'donut', 'doughnut', 'doughnuts', 'donuts',
      'muffin', 'bagel', 'waffle', 'waffles', 'éclair', 'macarons', 'quiche', 'tortilla', 'nuggets', 'fries', 'steakhouse', 'roast',
      // German "mein" reaches the lexicon as "my": "chow mein" is read by its first word.
      'chow',
      'gebak', 'koffie met gebak', 'speciaalbier', 'stroopwafel', 'tapa',
    ],
  },
};
