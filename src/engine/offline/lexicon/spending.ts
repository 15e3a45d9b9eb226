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
      'sneakers', 'sandals', 'slippers', 'chappals', 'heels', 'boots', 'footwear', 'bag', 'handbag', 'backpack', 'wallet', 'belt',
      'sunglasses', 'jewellery', 'jewelry', 'earrings', 'ring', 'necklace', 'electronics', 'gadget', 'gadgets',
      'headphones', 'earphones', 'earbuds', 'airpods', 'iphone', 'smartphone', 'mobile phone', 'new phone', 'laptop',
      'tablet', 'ipad', 'charger', 'cable', 'power bank', 'mouse', 'keyboard', 'monitor', 'tv', 'television', 'speaker', 'camera',
      'smartwatch', 'kindle', 'playstation', 'ps5', 'xbox', 'nintendo', 'hard disk', 'pendrive', 'phone case', 'screen guard',
      'raincoat', 'umbrella', 'perfume', 'deo', 'deodorant',
    ],
    normal: ['phone', 'watch', 'online order', 'bought online', 'accessories'],
  },
  personal_care: {
    strong: [
      'haircut', 'hair cut', 'salon', 'barber', 'parlour', 'parlor', 'beauty parlour', 'spa', 'massage', 'facial', 'manicure',
      'pedicure', 'waxing', 'threading', 'hair colour', 'hair color', 'hair spa', 'shave', 'trim', 'grooming', 'cosmetics',
      'makeup', 'make up', 'skincare', 'skin care', 'nykaa', 'sephora', 'mamaearth', 'lakme', 'the body shop', 'body shop',
      'sugar cosmetics', 'purplle', 'shampoo', 'conditioner', 'soap', 'body wash', 'face wash', 'moisturizer', 'moisturiser',
      'sunscreen', 'lotion', 'serum', 'lipstick', 'kajal', 'razor', 'razors', 'trimmer', 'toothpaste', 'toothbrush', 'sanitary pads',
      'pads', 'tampons', 'hair oil', 'hair products', 'nail', 'nails', 'toiletries', 'personal care', 'lenskart', 'contact lenses',
      'looks salon', 'naturals', 'enrich', 'jawed habib', 'urban company salon',
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
    ],
    normal: ['popcorn', 'nachos', 'tickets', 'ticket', 'show', 'entry fee', 'entry ticket', 'cover charge'],
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
    ],
    normal: ['plan', 'renewal', 'membership', 'plus', 'pro'],
  },
};
