/**
 * Shopping, kids, health, personal care, education and giving by the thing bought: phone
 * accessories and clothes, nappies and baby food, Kita money and school events, common medicines,
 * toiletries, language courses and books, charities and cards. Words that are also ordinary
 * words stay in phrases: "Next" (the UK chain), "top", "tie", "pull", "jean" (a name), "sweat".
 */
import type { Lexicon } from './types.ts';

export const LIFE_ITEMS: Lexicon = {
  shopping: {
    strong: [
      // Electronics accessories.
      'charger cable', 'charging cable', 'usb cable', 'usb c cable', 'lightning cable', 'hdmi cable', 'data cable', 'adapter',
      'power adapter', 'phone cover', 'mobile cover', 'screen protector', 'tempered glass', 'sd card', 'memory card',
      'usb stick', 'flash drive', 'ssd', 'printer', 'printer ink', 'ink cartridge', 'ink cartridges', 'headset', 'powerbank',
      'ladekabel', 'ladegerät', 'ladegeraet', 'netzteil', 'handyhülle', 'handyhuelle', 'schutzfolie', 'panzerglas',
      'speicherkarte', 'drucker', 'druckerpatronen', 'chargeur', 'câble usb', 'cable usb', 'coque', 'coque de téléphone',
      'coque iphone', 'écouteurs', 'ecouteurs', 'clé usb', 'cle usb', 'imprimante', 'cartouche d encre', 'cargador', 'funda',
      'funda móvil', 'funda movil', 'funda del móvil', 'protector de pantalla', 'impresora', 'oplader', 'laadkabel',
      'telefoonhoesje', 'hoesje', 'screenprotector', 'oordopjes', 'oortjes', 'cellphone case', 'cp case', 'phone charger',
      // Clothes, English.
      'jumper', 'jumpers', 'cardigan', 'blazer', 'blouse', 'leggings', 'tights', 'underwear', 'pyjamas', 'pajamas', 'swimsuit',
      'bikini', 'swimming costume', 'swim shorts', 'trainers', 'gloves', 'scarf', 'beanie', 'fleece', 'parka', 'winter coat',
      'winter jacket', 'puffer jacket', 'rain jacket', 'gilet', 'waistcoat', 'polo shirt', 'new coat', 'bra', 'boxers',
      'hoodies', 'sweatshirt', 'joggers', 'sweatpants', 'tracksuit', 'flip flops', 'loafers', 'wellington boots',
      // German.
      'winterjacke', 'regenjacke', 'mantel', 'wintermantel', 'pulli', 'strickjacke', 'bluse', 'schal', 'mütze', 'muetze',
      'handschuhe', 'unterwäsche', 'unterwaesche', 'unterhosen', 'strumpfhose', 'schlafanzug', 'badeanzug', 'badehose',
      'turnschuhe', 'sneaker', 'stiefel', 'sandalen', 'anzug', 'krawatte', 'gürtel', 'guertel', 'rucksack', 'geldbörse',
      'portemonnaie', 'sonnenbrille', 'schmuck', 'armbanduhr', 'jeanshose', 'hosen',
      // French.
      'doudoune', 'jupe', 'écharpe', 'echarpe', 'gants', 'sous vêtements', 'sous vetements', 'culotte', 'pyjama',
      'maillot de bain', 'bottes', 'sandales', 'sac à main', 'sac a main', 'ceinture', 'lunettes de soleil', 'bijoux',
      'sweat shirt', 'un pull', 'nouveau pull', 'jean slim',
      // Spanish.
      'cazadora', 'plumífero', 'plumifero', 'suéter', 'sueter', 'sudadera', 'vaqueros', 'falda', 'bufanda', 'gorro', 'guantes',
      'ropa interior', 'bragas', 'calzoncillos', 'bañador', 'banador', 'botas', 'sandalias', 'bolso', 'mochila', 'cinturón',
      'cinturon', 'gafas de sol', 'joyas', 'reloj',
      // Dutch.
      'winterjas', 'regenjas', 'broek', 'spijkerbroek', 'overhemd', 'sjaal', 'muts', 'handschoenen', 'ondergoed', 'badpak',
      'zwembroek', 'laarzen', 'rugzak', 'portemonnee', 'zonnebril', 'sieraden', 'horloge',
      // Tagalog and romanised Hindi.
      'palda', 'blusa', 'kamiseta', 'sumbrero', 'medyas', 'salawal', 'pitaka', 'dupatta', 'salwar', 'salwar suit', 'suit piece',
      'chunni', 'moje', 'banian', 'baniyan', 'jootey', 'chappal',
      // Chains.
      'next co uk', 'next directory', 'next online', 'matalan', 'new look', 'river island', 'sports direct', 'jd sports',
      'fatface', 'white stuff', 'peacocks', 'tu clothing', 'george at asda', 'ao com', 'richer sounds',
      'ross dress for less', 'burlington coat factory', 'nordstrom rack', 'banana republic', 'j crew', 'american eagle', 'forever21',
      'foot locker', 'dicks sporting goods', "dick's sporting goods", 'rei store', 'micro center', 'gamestop', 'snipes', 'görtz',
      'takko', 'nkd', "ernsting's family", 'conrad electronic', 'cyberport', 'notebooksbilliger', 'euronics', 'celio',
      'promod', 'etam', 'la halle', 'gemo', 'galeries lafayette', 'printemps haussmann', 'lefties',
      'cortefiel', 'pccomponentes', 'worten', 'zeeman', 'wibra', 'we fashion', 'bench clothing', 'abenson', 'cdr king',
      'hm store',
    ],
    // A car's "bonnet" and insurance "cover" are not clothes: only the plainest words sit here.
    normal: ['coat', 'hose', 'jersey', 'vest', 'tas', 'jas', 'tasche', 'sac', 'cartera', 'bonnet'],
  },
  kids: {
    strong: [
      'nappy', 'pull ups', 'couches bébé', 'couches bebe', 'pañal', 'panal de bebe', 'luier', 'feuchttücher', 'feuchttuecher',
      'lingettes', 'lingettes bébé', 'toallitas', 'billendoekjes', 'babybrei', 'babygläschen', 'gläschen', 'hipp', 'alete',
      'milupa', 'aptamil', 'pre milch', 'folgemilch', 'petits pots', 'blédina', 'bledina', 'potitos', 'papilla', 'babyvoeding',
      'flesvoeding', 'nutrilon', 'formula milk', 'infant formula', 'enfamil', 'similac', 'gerber', 'lactum', 'enfagrow',
      'promil', 'gatas ni baby', 'diaper ni baby', 'bastelgeld', 'essensgeld', 'kitabeitrag', 'kita beitrag', 'kitaessen',
      'elternbeitrag', 'milchgeld', 'klassenkasse', 'kita ausflug', 'laternenfest', 'laterne', 'sankt martin', 'st martin',
      'martinsumzug', 'kitafest', 'schultüte', 'schultuete', 'einschulung', 'kinderturnen', 'kindergeburtstag', 'kinderfeest',
      'playmobil', 'duplo', 'barbie', 'hot wheels', 'nerf', 'plüschtier', 'kuscheltier', 'stofftier', 'puppe', 'doudou',
      'peluche', 'muñeca', 'knuffel', 'speelgoedwinkel', 'intertoys', 'bart smit', 'toys r us', 'smyths', 'the entertainer',
      'toy store', 'toy shop', 'stuffed animal', 'plushie', 'bake sale', 'school fair', 'school fete', 'world book day',
      'school photos', 'school photo', 'non uniform day', 'school play', 'kermesse', 'fête de l école', 'fête de l\'école',
      'fiesta del colegio', 'schoolfeest', 'ouderbijdrage', 'comedor escolar', 'cuota del cole', 'ampa', 'excursión del cole',
      'centre aéré', 'centre aere', 'colonie de vacances', 'khilona', 'khilone', 'bacche ka doodh', 'mothercare', 'baby shop',
      'kinderschuhe', 'babykleidung', 'vêtements bébé', 'ropa de bebé', 'babykleding', 'kinderkleding', 'sinterklaas schoen',
      'zwemles', 'kinderschwimmen', 'babyschwimmen', 'crèche fees', 'nursery fee', 'childcare fees',
    ],
  },
  health: {
    strong: [
      'nasenspray', 'nasal spray', 'hustensaft', 'hustenbonbons', 'halstabletten', 'erkältungsmittel', 'cold and flu',
      'cold and flu tablets', 'flu tablets', 'lemsip', 'beechams', 'night nurse', 'calpol', 'nurofen', 'aspirin', 'aspirine',
      'tylenol', 'advil', 'nyquil', 'dayquil', 'motrin', 'benadryl', 'zyrtec', 'claritin', 'allergy tablets', 'antihistamines',
      'hayfever tablets', 'hay fever tablets', 'plasters', 'band aids', 'bandaids', 'pflaster', 'pansements', 'tiritas',
      'pleisters', 'throat lozenges', 'lozenges', 'cough drops', 'cough sweets', 'eye drops', 'augentropfen', 'doliprane',
      'dafalgan', 'efferalgan', 'spasfon', 'sirop pour la toux', 'jarabe', 'ibuprofeno', 'gelocatil', 'frenadol', 'neusspray',
      'hoestdrank', 'biogesic', 'neozep', 'bioflu', 'decolgen', 'solmux', 'alaxan', 'medicol', 'kremil s', 'diatabs',
      'gamot sa ubo', 'ascorbic acid', 'cecon', 'enervon', 'rezept', 'privatrezept', 'rezeptgebühr', 'rezeptgebuehr',
      'receta médica', 'receta medica', 'prescription charge', 'nhs dentist', 'dental cleaning', 'teeth cleaning', 'hygienist',
      'dental hygienist', 'pzr', 'professionelle zahnreinigung', 'détartrage', 'detartrage', 'limpieza dental',
      'limpieza bucal', 'gebitsreiniging', 'mondhygiënist', 'mondhygienist', 'physiotherapist', 'physical therapy',
      'chiropractor', 'chiro', 'osteopath', 'sports massage', 'optometrist', 'eye exam', 'sehtest', 'examen de la vue', 'oogarts',
      'brillen', 'new glasses', 'reading glasses', 'prescription glasses', 'hearing aid', 'hörgerät', 'hoergeraet', 'goli',
      'goliyan', 'doctor fees', 'doctor ki fees', 'dant ka doctor', 'chashma', 'chashme', 'bakuna', 'reseta', 'antibiotika',
      'schmerztabletten', 'schmerzmittel', 'sirop', 'gélules', 'antibiotiques', 'antibióticos', 'pijnstillers', 'zahnspange',
      'braces', 'orthodontist', 'kieferorthopäde', 'kieferorthopaede', 'orthodontiste', 'ortodoncista', 'orthodontist fee',
      'flu shot', 'covid test', 'pregnancy test', 'ergotherapie', 'logopädie', 'logopaedie', 'psychotherapie', 'heilpraktiker',
    ],
  },
  personal_care: {
    strong: [
      'shower gel', 'duschgel', 'gel douche', 'gel de ducha', 'douchegel', 'face cream', 'gesichtscreme', 'crème visage',
      'creme visage', 'crema facial', 'gezichtscrème', 'gezichtscreme', 'hand cream', 'handcreme', 'rasierer', 'rasierklingen',
      'rasierschaum', 'rasoir', 'lames de rasoir', 'cuchillas de afeitar', 'maquinilla de afeitar', 'scheermesjes',
      'scheerapparaat', 'shaving cream', 'shaving foam', 'aftershave', 'zahnpasta', 'zahnbürste', 'zahnbuerste', 'dentifrice',
      'brosse à dents', 'brosse a dents', 'pasta de dientes', 'cepillo de dientes', 'tandpasta', 'tandenborstel', 'floss',
      'dental floss', 'mouthwash', 'mundspülung', 'mundspuelung', 'bain de bouche', 'enjuague bucal', 'mondwater',
      'shampooing', 'champú', 'champu', 'haarspülung', 'après shampooing', 'apres shampooing', 'acondicionador', 'bodylotion',
      'body lotion', 'sonnencreme', 'crème solaire', 'creme solaire', 'protector solar', 'zonnebrand', 'zonnebrandcrème',
      'hair dye', 'haarfarbe', 'schminke', 'maquillage', 'maquillaje', 'mascara', 'nail polish', 'nagellack', 'vernis à ongles',
      'esmalte de uñas', 'nagellak', 'damenbinden', 'serviettes hygiéniques', 'compresas', 'maandverband', 'sanitary napkin',
      'sanitary napkins', 'safeguard soap', 'sabon', 'tawas', 'pabango', 'barberya', 'hajamat', 'dadhi', 'sabun', 'mehendi', 'mehndi',
      'seife', 'handseife', 'haargel', 'wattepads', 'wattestäbchen', 'savon', 'jabón', 'jabon', 'zeep', 'cotton buds',
      'cotton pads', 'q tips', 'hair gel', 'hair spray', 'hairspray', 'dry shampoo', 'eyeliner', 'concealer', 'face mask',
      'sheet mask', 'hair removal', 'laser hair removal', 'brow bar', 'eyebrows', 'lash extensions', 'tanning', 'spray tan',
      'perfume shop', 'the perfume shop', 'parfümerie', 'parfumerie', 'parfum', 'perfumería',
    ],
  },
  education: {
    strong: [
      'sprachkurs', 'deutschkurs', 'englischkurs', 'spanischkurs', 'französischkurs', 'franzoesischkurs', 'italienischkurs',
      'integrationskurs', 'vhs', 'kursgebühr', 'kursgebuehr', 'cours de langue', 'cours d anglais', 'cours d\'anglais',
      'cours d espagnol', 'cours d\'espagnol', 'cours de français', 'cours de francais', 'cours de piano', 'cours de danse',
      'cours de natation', 'cours particuliers', 'soutien scolaire', 'curso de inglés', 'curso de ingles', 'curso de idiomas',
      'clases de inglés', 'clases de ingles', 'clases particulares', 'academia de inglés', 'escuela de idiomas', 'taalcursus',
      'cursus nederlands', 'inburgeringscursus', 'inburgering', 'taalles', 'language course', 'language school',
      'spanish class', 'spanish lessons', 'french lessons', 'french class', 'german course', 'german class', 'english class',
      'english course', 'piano lessons', 'driving lessons', 'driving school', 'fahrschule', 'auto école', 'auto ecole',
      'autoescuela', 'rijles', 'rijlessen', 'rijschool', 'tutoring', 'aklat', 'kitaab', 'kitaben', 'school ki fees',
      'tuition fee', 'matrikula', 'hugendubel', 'waterstones', 'barnes & noble', 'barnes noble', 'barnes and noble', 'blackwells',
      'casa del libro', 'boekhandel', 'buchhandlung', 'librairie', 'librería', 'bookshop', 'bookstore', 'whsmith',
      'student loan', 'uni fees', 'studiegeld', 'lehrbuch', 'schulbuch', 'manuel scolaire', 'libro de texto', 'workbook',
      'nachhilfelehrer', 'musikstunde', 'gitarrenunterricht', 'klavierstunde', 'ballet class', 'swimming lessons',
    ],
    normal: ['kurse', 'lesson'],
    // Bookshops that are also first names.
    weak: ['thalia', 'bruna'],
  },
  gifts: {
    strong: [
      'poppy appeal', 'remembrance poppy', 'red nose day', 'comic relief', 'children in need', 'macmillan',
      'cancer research', 'cancer research uk', 'british heart foundation', 'bhf', 'rnli', 'nspcc', 'save the children', 'oxfam',
      'british red cross', 'american red cross', 'rotes kreuz', 'drk', 'croix rouge', 'cruz roja', 'rode kruis',
      'salvation army', 'st jude', 'united way', 'habitat for humanity', 'doctors without borders', 'msf', 'ärzte ohne grenzen',
      'aerzte ohne grenzen', 'médecins sans frontières', 'medecins sans frontieres', 'médicos sin fronteras',
      'artsen zonder grenzen', 'caritas', 'diakonie', 'brot für die welt',
      // German "für" reaches the lexicon as "for".
      'brot for die welt', 'misereor', 'welthungerhilfe', 'greenpeace', 'wwf',
      'amnesty', 'amnesty international', 'restos du coeur', 'restos du cœur', 'secours populaire', 'secours catholique',
      'emmaüs', 'téléthon', 'telethon', 'kwf', 'gofundme', 'justgiving', 'sponsored walk', 'sponsored run', 'sponsorship for',
      'collection plate', 'ikapu', 'handog', 'love offering', 'limos', 'sadaqah', 'sadqa', 'birthday card', 'birthday cards',
      'christmas card', 'christmas cards', 'geburtstagskarte', 'weihnachtskarte', 'glückwunschkarte', 'carte d anniversaire',
      'carte d\'anniversaire', 'tarjeta de cumpleaños', 'tarjeta de cumpleanos', 'verjaardagskaart', 'wenskaart',
      'hochzeitsgeschenk', 'cadeau de mariage', 'regalo de boda', 'huwelijkscadeau', 'trouwcadeau', 'liste de mariage',
      'lista de bodas', 'wedding present', 'wedding card', 'birthday present', 'birthday presents', 'christmas present',
      'christmas presents', 'xmas presents', 'xmas present', 'weihnachtsgeschenke', 'weihnachtsgeschenk', 'cadeaux de noël',
      'cadeau de noël', 'regalos de navidad', 'regalos de reyes', 'sinterklaascadeau', 'kerstcadeau', 'kerstcadeaus',
      'kerstpakket', 'secret santa', 'wichteln', 'wichtelgeschenk', 'baby shower', 'housewarming', 'leaving present',
      'leaving card', 'whip round', 'aguinaldo', 'pamasko', 'shagun envelope', "mother's day", "father's day",
      'muttertag', 'vatertag', 'fête des mères', 'día de la madre', 'moederdag', 'vaderdag', 'teacher gift', 'teacher present',
      'gift for teacher',
    ],
    weak: ['poppy'],
  },
};
