/** Shopping (things), personal care (grooming), entertainment (going out for fun), subscriptions (recurring services). */
import type { Lexicon } from './types.ts';

export const SPENDING: Lexicon = {
  shopping: {
    strong: [
      'amazon', 'amazon order', 'flipkart', 'myntra', 'ajio', 'meesho', 'tata cliq', 'nykaa fashion', 'snapdeal', 'zara', 'h&m',
      'hm', 'uniqlo', 'decathlon', 'nike', 'adidas', 'puma', 'reebok', 'skechers', 'bata', 'westside', 'pantaloons', 'lifestyle',
      'max fashion', 'shoppers stop', 'trends', 'fabindia', 'biba', 'levis', 'levi s', 'croma', 'reliance digital', 'vijay sales',
      'apple store', 'best buy', 'target', 'ebay', 'etsy', 'shein', 'primark', 'mall', 'shopping', 'clothes', 'clothing', 'apparel',
      'shirt', 'shirts', 't shirt', 'tshirt', 'tshirts', 'jeans', 'trousers', 'pants', 'kurta', 'kurti', 'saree', 'sari', 'lehenga',
      'dress', 'dresses', 'jacket', 'hoodie', 'sweater', 'skirt', 'shorts', 'innerwear', 'socks', 'shoes', 'shoe',
      'sneakers', 'sandals', 'slippers', 'chappals', 'heels', 'footwear', 'bag', 'handbag', 'backpack', 'wallet', 'belt',
      'sunglasses', 'jewellery', 'jewelry', 'earrings', 'ring', 'necklace', 'electronics', 'gadget', 'gadgets',
      'headphones', 'earphones', 'earbuds', 'airpods', 'iphone', 'smartphone', 'mobile phone', 'new phone', 'laptop',
      'tablet', 'ipad', 'charger', 'cable', 'power bank', 'mouse', 'keyboard', 'monitor', 'tv', 'television', 'speaker', 'camera',
      'smartwatch', 'kindle', 'playstation', 'ps5', 'xbox', 'nintendo', 'hard disk', 'pendrive', 'phone case', 'screen guard',
      'raincoat', 'umbrella', 'perfume', 'deo', 'deodorant',
      // Europe, the US and the Philippines.
      'zalando', 'otto versand', 'otto de', 'mediamarkt', 'media markt', 'saturn', 'deichmann', 'c&a', 'peek cloppenburg',
      'p&c', 'galeria', 'kaufhof', 'karstadt', 'kik', 'about you', 'fnac', 'darty', 'cdiscount', 'la redoute', 'kiabi',
      'el corte inglés', 'el corte ingles', 'corte inglés', 'corte ingles', 'pull&bear', 'bershka', 'stradivarius',
      'mango store', 'bol com', 'coolblue', 'wehkamp', 'vinted', 'ukay ukay', 'boohoo', 'temu', 'aliexpress', 'shopee', 'lazada', 'zalora',
      'argos', 'john lewis', 'tk maxx', 'tj maxx', 'tjmaxx', 'marshalls', 'next clothing', 'marks and spencer',
      'marks spencer', 'currys', 'very co uk', 'asos', 'macy s', 'kohl s', 'nordstrom', 'old navy', 'gap store', 'dollar tree',
      'dollar general', 'sm store', 'sm department store', 'penshoppe', 'national bookstore', 'kleidung', 'klamotten',
      'schuhe', 'vêtements', 'vetements', 'chaussures', 'ropa', 'zapatos', 'zapatillas', 'kleren', 'kleding', 'schoenen',
      'damit', 'sapatos', 'tsinelas', 'kapde', 'kapda', 'kapdey', 'joote', 'new boots', 'winter boots', 'walking boots',
      'hiking boots', 'football boots', 'rain boots', 'snow boots', 'ankle boots', 'pair of boots', 'wellies', 'smart tv',
      'smart watch', 'snow globe',
      'fernseher', 'televisie', 'kamera', 'zapato', 'kleid', 'jacke', 'camiseta', 'pantalones',
      'pullover', 'robe', 'pantalon', 'chemise', 'manteau', 'veste', 'camisa', 'vestido', 'chaqueta', 'abrigo', 'jurk', 'trui',
      'socken', 'chaussettes', 'calcetines', 'sokken', 'kopfhörer', 'casque audio', 'auriculares', 'koptelefoon',
      'ordinateur', 'ordenador', 'laptop',
    ],
    // German "Handy" is the phone itself, as "phone" is; the contract and the bill are utilities.
    normal: ['handy', 'téléphone', 'teléfono', 'telefoon', 'telefon', 'phone', 'watch', 'online order', 'bought online', 'accessories', 'otto', 'tchibo', 'robinsons department store'],
  },
  personal_care: {
    // Douglas (the perfumery) is also a first name.
    normal: ['douglas', 'sauna'],
    strong: [
      'haircut', 'hair cut', 'salon', 'barber', 'parlour', 'parlor', 'beauty parlour', 'spa', 'massage', 'facial', 'manicure',
      'pedicure', 'waxing', 'threading', 'hair colour', 'hair color', 'hair spa', 'shave', 'trim', 'grooming', 'cosmetics',
      'makeup', 'make up', 'skincare', 'skin care', 'nykaa', 'sephora', 'mamaearth', 'lakme', 'the body shop', 'body shop',
      'sugar cosmetics', 'purplle', 'shampoo', 'conditioner', 'soap', 'body wash', 'face wash', 'moisturizer', 'moisturiser',
      'sunscreen', 'lotion', 'serum', 'lipstick', 'kajal', 'razor', 'razors', 'trimmer', 'toothpaste', 'toothbrush', 'sanitary pads',
      'pads', 'tampons', 'hair oil', 'hair products', 'nail', 'nails', 'toiletries', 'personal care', 'lenskart', 'contact lenses',
      'looks salon', 'naturals', 'enrich', 'jawed habib', 'urban company salon',
      // Europe, the US and the Philippines: drugstores (dm, Rossmann, Kruidvat sell mostly toiletries) and hairdressers.
      'dm', 'dm drogerie', 'rossmann', 'müller drogerie', 'muller drogerie', 'mueller drogerie', 'budni', 'drogerie',
      'drogist', 'kruidvat', 'etos', 'trekpleister', 'da drogist', 'douglas parfumerie', 'superdrug', 'boots', 'boots the chemist',
      'watsons', 'ulta', 'sally beauty', 'great clips', 'supercuts', 'sport clips', 'nocibé', 'nocibe', 'marionnaud',
      'yves rocher', 'druni', 'primor', 'friseur', 'frisör', 'frisor', 'haarschnitt', 'kosmetik', 'coiffeur', 'coiffure',
      'barbier', 'esthéticienne', 'institut de beauté', 'peluquería', 'peluqueria', 'barbería', 'barberia', 'corte de pelo',
      'kapper', 'kapsalon', 'barbershop', 'gupit', 'naai', 'baal katwaye', 'drogeriemarkt', 'nagelstudio', 'nagelsalon',
      'manucure', 'manicura', 'kosmetikerin', 'kosmetikstudio', 'fußpflege', 'fusspflege', 'kontaktlinsen', 'lentilles',
      'lentillas', 'lenzen',
    ],
  },
  entertainment: {
    strong: [
      'movie', 'movies', 'movie tickets', 'movie ticket', 'film', 'cinema', 'pvr', 'inox', 'cinepolis', 'imax', 'bookmyshow',
      'book my show', 'bms', 'paytm insider', 'concert', 'concerts', 'gig', 'show tickets', 'standup',
      'stand up', 'comedy show', 'standup show', 'play', 'theatre', 'theater', 'musical', 'opera', 'museum', 'zoo', 'aquarium',
      'amusement park', 'theme park', 'water park', 'wonderla', 'imagica', 'bowling', 'arcade', 'gaming', 'games', 'game',
      'video game', 'steam', 'escape room', 'go karting', 'karting', 'paintball', 'trampoline', 'snow world', 'smaaash', 'timezone',
      'event', 'event tickets', 'festival', 'match tickets', 'ipl', 'ipl tickets', 'cricket match', 'football match', 'stadium',
      'club', 'nightclub', 'party tickets', 'karaoke', 'pool table', 'billiards', 'snooker', 'exhibition', 'mela',
      'circus', 'magic show', 'puppet show', 'entertainment', 'outing', 'picnic', 'netflix party',
      // Europe, the US and the Philippines.
      'kino', 'kinokarten', 'cinemaxx', 'uci kino', 'cineplex', 'konzert', 'konzertkarten', 'eventim', 'ticketmaster',
      'freizeitpark', 'cinéma', 'ugc', 'pathé', 'pathe', 'gaumont', 'mk2', 'spectacle', 'théâtre', 'musée', 'musee', 'cine',
      'concierto', 'teatro', 'museo', 'bioscoop', 'kinepolis', 'museumkaart', 'efteling', 'dierentuin', 'odeon', 'cineworld',
      'vue cinema', 'picturehouse', 'everyman cinema', 'see tickets', 'amc', 'regal cinema', 'cinemark', 'fandango',
      'stubhub', 'seatgeek', 'live nation', 'six flags', 'sm cinema', 'star city', 'enchanted kingdom', 'sine',
      'kirmes', 'jahrmarkt', 'volksfest', 'oktoberfest', 'fête foraine', 'kermis', 'peryahan',
    ],
    normal: ['fútbol', 'futbol', 'fußball', 'voetbal', 'popcorn', 'nachos', 'tickets', 'ticket', 'show', 'entry fee', 'entry ticket', 'cover charge', 'entradas', 'eintritt', 'billets'],
  },
  subscriptions: {
    strong: [
      'netflix', 'hotstar', 'disney hotstar', 'disney plus', 'jiohotstar', 'jiocinema', 'prime', 'prime video', 'amazon prime',
      'spotify', 'youtube premium', 'yt premium', 'youtube music', 'apple music', 'apple tv', 'apple one', 'icloud', 'icloud storage',
      'google one', 'google drive', 'dropbox', 'onedrive', 'microsoft 365', 'office 365', 'chatgpt', 'chatgpt plus', 'openai',
      'claude', 'claude pro', 'notion', 'canva', 'canva pro', 'adobe', 'lightroom', 'photoshop', 'figma', 'github', 'copilot',
      'zee5', 'sonyliv', 'sony liv', 'voot', 'mxplayer', 'aha', 'sun nxt', 'hbo', 'hbo max', 'hulu', 'peacock', 'paramount',
      'audible', 'kindle unlimited', 'gaana', 'wynk', 'jiosaavn', 'saavn', 'newspaper', 'newspapers', 'paper bill', 'magazine',
      'nyt', 'new york times', 'the hindu', 'times of india', 'economist', 'medium', 'substack', 'patreon', 'linkedin premium',
      'tinder', 'bumble', 'duolingo', 'headspace', 'calm', 'vpn', 'nordvpn', 'domain', 'hosting', 'subscription', 'subscriptions',
      'membership renewal', 'annual plan', 'monthly plan', 'premium', 'crunchyroll', 'playstation plus', 'xbox game pass', 'game pass',
      // Europe, the US and the Philippines ("Disney+", "Canal+", "Paramount+" arrive without the "+").
      'disney plus', 'dazn', 'sky tv', 'sky q', 'sky go', 'sky glass', 'sky ticket', 'wow tv', 'canal plus', 'rtl plus',
      'joyn', 'magentatv', 'magenta tv', 'waipu', 'waipu tv', 'zattoo', 'now tv', 'britbox', 'itvx', 'videoland', 'npo start',
      'viaplay', 'skyshowtime', 'filmin', 'atresplayer', 'deezer', 'tidal', 'qobuz', 'amazon music', 'storytel', 'bookbeat',
      'blinkist', 'readly', 'abo', 'abonnement', 'suscripción', 'suscripcion', 'le monde', 'le figaro', 'figaro', 'the guardian',
      'the times', 'wsj', 'washington post', 'zeitung', 'zeitungen', 'zeitschrift', 'journal abonnement', 'periódico', 'krant',
      'tijdschrift', 'viu', 'iwanttfc', 'vivamax', 'hbo go', 'sling tv', 'youtube tv', 'fubo',
    ],
    normal: ['plan', 'renewal', 'membership', 'plus', 'pro', 'disney', 'canal', 'rtl'],
    // "Sky" alone is usually the TV bill, but it is a word first; "Le Monde" arrives as "monde" (world).
    weak: ['sky', 'monde'],
  },
};
