/** Health, education, kids, pets, gifts & giving, and the words that honestly mean "other". */
import type { Lexicon } from './types.ts';

export const LIFE: Lexicon = {
  health: {
    strong: [
      'pharmacy', 'chemist', 'medical store', 'medicine', 'medicines', 'meds', 'tablets', 'capsules', 'syrup', 'cough syrup',
      'antibiotics', 'vitamins', 'supplements', 'protein powder', 'whey', 'doctor', 'doctors', 'dr', 'consultation', 'clinic',
      'hospital', 'dentist', 'dental', 'root canal', 'physio', 'physiotherapy', 'therapist', 'therapy', 'counselling', 'psychiatrist',
      'lab test', 'lab tests', 'blood test', 'blood work', 'diagnostics', 'scan', 'x ray', 'xray', 'mri', 'ct scan', 'ultrasound',
      'checkup', 'check up', 'health checkup', 'vaccine', 'vaccination', 'injection', 'surgery', 'opd', 'eye test', 'glasses for',
      'spectacles', 'optician', 'health insurance', 'mediclaim', 'apollo', 'apollo pharmacy', 'medplus', 'pharmeasy', '1mg',
      'tata 1mg', 'netmeds', 'practo', 'thyrocare', 'lal path', 'dr lal', 'metropolis', 'cult fit', 'cultfit', 'cult', 'gym',
      'gym membership', 'gym fees', 'yoga', 'yoga class', 'fitness', 'personal trainer', 'zumba', 'pilates', 'swimming pool',
      'cvs', 'walgreens', 'boots pharmacy', 'copay', 'medical', 'health', 'healthcare', 'ayurvedic', 'homeopathy', 'nursing',
      'bandages', 'first aid', 'thermometer', 'bp monitor', 'inhaler', 'insulin', 'paracetamol', 'crocin', 'dolo',
      // Europe, the US and the Philippines.
      'apotheke', 'arzt', 'ärztin', 'aerztin', 'hausarzt', 'zahnarzt', 'frauenarzt', 'augenarzt', 'hautarzt', 'physiotherapie',
      'krankengymnastik', 'zuzahlung', 'krankenkasse', 'krankenversicherung', 'aok', 'barmer', 'optiker', 'brille', 'fielmann',
      'medikamente', 'tabletten', 'mcfit', 'fitx', 'clever fit', 'urban sports club', 'urban sports', 'john reed',
      'fitnessstudio', 'pharmacie', 'parapharmacie', 'médecin', 'medecin', 'docteur', 'généraliste', 'generaliste',
      'dentiste', 'kiné', 'kine', 'kinésithérapeute', 'ostéopathe', 'osteopathe', 'ostéo', 'ophtalmo', 'mutuelle',
      'doctolib', 'ordonnance', 'médicaments', 'medicaments', 'opticien', 'salle de sport', 'farmacia', 'médico', 'medico',
      'dentista', 'fisio', 'fisioterapeuta', 'óptica', 'optica', 'seguro médico', 'seguro medico', 'sanitas', 'adeslas',
      'gimnasio', 'apotheek', 'huisarts', 'tandarts', 'fysio', 'fysiotherapeut', 'zorgverzekering', 'eigen risico',
      'zilveren kruis', 'menzis', 'vgz', 'sportschool', 'basic fit', 'basicfit', 'anytime fitness', 'planet fitness',
      'puregym', 'pure gym', 'the gym group', 'david lloyd', 'nuffield health', 'virgin active', 'la fitness',
      'crunch fitness', 'equinox', 'orangetheory', 'rite aid', 'prescription', 'prescriptions', 'nhs prescription',
      'urgent care', 'mercury drug', 'rose pharmacy', 'southstar drug', 'the generics pharmacy', 'generika', 'watsons pharmacy',
      'specsavers', 'vision express', 'gamot', 'botika', 'doktor', 'ospital', 'dawai', 'dawa', 'dawaai', 'davai', 'painkillers', 'pain relief', 'ibuprofen',
      'medicina', 'medicinas', 'medicamentos', 'dokter', 'dokters', 'doctores', 'médicos', 'medicijnen', 'ziekenhuis',
      'krankenhaus', 'hôpital', 'hopital',
    ],
    // "Mercury" alone is mostly Mercury Drug in the Philippines, but a planet and a metal first.
    weak: ['mercury'],
  },
  education: {
    strong: [
      'tuition', 'tuitions', 'tuition fees', 'tutor', 'coaching', 'coaching class', 'school fees', 'school fee', 'college fees',
      'college fee', 'university', 'exam fee', 'exam fees', 'admission fee', 'course', 'online course', 'online courses', 'class fees',
      'udemy', 'coursera', 'byjus', 'byju s', 'unacademy', 'vedantu', 'skillshare', 'edx', 'masterclass', 'upgrad', 'simplilearn',
      'great learning', 'whitehat', 'books', 'book', 'textbook', 'textbooks', 'notebooks', 'notebook', 'stationery', 'stationary',
      'pens', 'pencils', 'school supplies', 'school books', 'workshop', 'certification', 'training', 'seminar', 'library',
      'library fee', 'education', 'learning', 'lessons', 'music class', 'guitar class', 'dance class', 'art class', 'swimming class',
      'language class', 'ielts', 'toefl', 'gre', 'gmat', 'exam', 'school trip', 'school uniform', 'uniform', 'crayons', 'art supplies',
      'schulgeld', 'nachhilfe', 'studiengebühren', 'semesterbeitrag', 'volkshochschule', 'vhs kurs', 'musikschule', 'bücher',
      'buecher', 'schulbücher', 'frais de scolarité', 'fournitures scolaires', 'livres', 'livre', 'matrícula', 'matricula',
      'libros', 'extraescolares', 'material escolar', 'boeken', 'schoolgeld', 'collegegeld', 'bijles', 'national book store',
    ],
    // The bare plural "courses" is the French food shop (groceries); an English course is "a course" or "online courses".
    normal: ['class', 'classes', 'school', 'college', 'fees', 'kindle book', 'schule', 'école', 'ecole', 'colegio', 'buch'],
  },
  kids: {
    purpose: [
      'kids', 'kid', 'kid s', 'child', 'children', 'childrens', 'baby', 'babys', 'son', 'daughter', 'toddler', 'infant', 'for the baby',
      'kinder', 'enfants', 'niños', 'ninos', 'hijos', 'kinderen', 'anak', 'bachche', 'bacche', 'bachon', 'bachchon', 'bacchon',
    ],
    strong: [
      'diapers', 'diaper', 'nappies', 'pampers', 'huggies', 'mamypoko', 'baby wipes', 'wipes', 'baby food', 'formula', 'cerelac',
      'toys', 'toy', 'lego', 'legos', 'hamleys', 'firstcry', 'first cry', 'daycare', 'day care', 'creche', 'playschool',
      'play school', 'preschool', 'kindergarten', 'babysitter', 'babysitting', 'nanny', 'ayah', 'stroller', 'pram', 'crib',
      'car seat', 'feeding bottle', 'sippy cup', 'school bag', 'school van', 'school bus', 'tiffin box', 'birthday party for',
      'playdate', 'play area', 'play zone', 'kidzania', 'smaaash kids', 'soft toy', 'teddy', 'doll', 'dolls', 'puzzle', 'crayons for',
      'pediatrician', 'paediatrician', 'kids clothes', 'baby clothes', 'school shoes', 'pocket money',
      'kita', 'kitagebühr', 'kita gebühr', 'kitagebühren', 'krippe', 'tagesmutter', 'hort', 'windeln', 'spielzeug',
      'kinderarzt', 'crèche', 'garderie', 'nounou', 'assistante maternelle', 'cantine scolaire', 'couches', 'jouets',
      'guardería', 'guarderia', 'pañales', 'panales', 'juguetes', 'kinderopvang', 'bso', 'oppas', 'luiers', 'speelgoed',
      'childminder', 'school dinner', 'périscolaire', 'periscolaire', 'nursery fees', 'childcare', 'child care', 'after school club', 'summer camp', 'baon', 'lampin', 'laruan', 'juguete', 'action figure',
    ],
    normal: ['nursery'],
  },
  pets: {
    purpose: ['dog', 'dogs', 'puppy', 'cat', 'cats', 'kitten', 'pet', 'pets', 'doggo', 'pup', 'hund', 'katze', 'chien', 'perro', 'gato', 'hond', 'aso', 'pusa'],
    strong: [
      'vet', 'vets', 'veterinary', 'veterinarian', 'pet food', 'dog food', 'cat food', 'kibble', 'pedigree', 'whiskas',
      'royal canin', 'drools', 'cat litter', 'litter', 'litter box', 'dog treats', 'treats', 'chew toy', 'leash', 'collar',
      'dog grooming', 'pet grooming', 'pet shop', 'pet store', 'supertails', 'heads up for tails', 'huft', 'petsmart', 'petco',
      'chewy', 'dog walker', 'dog walking', 'pet boarding', 'kennel', 'deworming', 'flea', 'tick treatment', 'aquarium fish',
      'fish food', 'bird seed', 'bird food', 'hamster',
      'tierarzt', 'tierärztin', 'vétérinaire', 'veterinaire', 'véto', 'veterinario', 'dierenarts', 'hundefutter', 'katzenfutter',
      'fressnapf', 'zooplus', 'croquettes', 'pienso', 'pets at home', 'pet express',
    ],
  },
  gifts: {
    purpose: [
      'gift', 'gifts', 'present', 'presents', 'donation', 'donations', 'donate', 'donated', 'charity', 'shagun', 'shagan',
      'return gift', 'return gifts', 'gift card', 'gift voucher', 'geschenk', 'geschenke', 'spende', 'cadeau', 'cadeaux',
      'regalo', 'regalos', 'donativo', 'kado', 'cadeautje', 'abuloy',
    ],
    strong: [
      'temple', 'church', 'mosque', 'gurudwara', 'offering', 'dakshina', 'prasad', 'puja', 'pooja', 'hundi', 'tithe', 'zakat',
      'ngo', 'fundraiser', 'crowdfunding', 'ketto', 'milaap', 'giveindia', 'unicef', 'red cross', 'wikipedia',
      'wedding gift', 'birthday gift', 'anniversary gift', 'bouquet', 'flowers for', 'greeting card', 'card for', 'gifting',
      'contribution', 'chanda', 'collection for', 'farewell', 'baby shower gift', 'housewarming gift', 'diwali gifts', 'rakhi',
      'kirche', 'église', 'eglise', 'iglesia', 'kerk', 'simbahan', 'pasalubong', 'mandir',
    ],
    normal: [
      'birthday', 'anniversary', 'wedding', 'christmas', 'diwali', 'eid', 'valentine', 'valentines', 'flowers', 'bouquets',
      'blumen', 'fleurs', 'flores', 'bloemen', 'weihnachten', 'noël', 'navidad', 'kerst', 'pasko', 'geburtstag', 'anniversaire',
      'cumpleaños', 'cumpleanos', 'verjaardag',
    ],
  },
  other: {
    strong: [
      'misc', 'miscellaneous', 'sundry', 'atm', 'atm fee', 'atm charges', 'bank charges', 'bank fee', 'bank fees', 'service charge',
      'convenience fee', 'late fee', 'late fees', 'penalty', 'fine', 'interest', 'processing fee', 'courier', 'couriers', 'postage',
      'post office', 'speed post', 'dtdc', 'bluedart', 'delhivery', 'shipping', 'xerox', 'photocopy', 'printout', 'printing',
      'notary', 'stamp paper', 'income tax', 'tax', 'gst', 'cash withdrawal', 'transfer fee', 'annual fee', 'card fee', 'loan',
      'lent', 'lending', 'borrowed', 'other', 'others', 'random', 'unknown', 'something',
      'dhl', 'hermes paket', 'hermes versand', 'ups', 'fedex', 'usps', 'royal mail', 'la poste', 'correos', 'postnl', 'lbc',
    ],
  },
};
