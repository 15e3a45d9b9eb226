/** Groceries and dining out: what people buy to cook, and what they eat or order ready-made. */
import type { Lexicon } from './types.ts';

export const FOOD: Lexicon = {
  groceries: {
    strong: [
      'groceries', 'grocery', 'supermarket', 'kirana', 'sabzi', 'sabji', 'subzi', 'sabziwala', 'doodh', 'dudh', 'atta',
      'dal', 'daal', 'chawal', 'vegetables', 'vegetable', 'bigbasket', 'big basket', 'blinkit', 'grofers', 'zepto',
      'instamart', 'swiggy instamart', 'dmart', 'd mart', 'reliance fresh', 'more supermarket', 'jiomart', 'jio mart',
      'nature s basket', 'natures basket', 'spencers', 'star bazaar', 'costco', 'walmart', 'trader joe s', 'trader joes',
      'whole foods', 'aldi', 'lidl', 'tesco', 'sainsbury s', 'sainsburys', 'kroger', 'safeway', 'carrefour', 'milkbasket', 'bb daily', 'bbdaily', 'bb now', 'swiggy genie',
      'country delight', 'licious', 'freshtohome', 'fresh to home', 'amazon fresh', 'flipkart grocery', 'ratnadeep', 'lulu hypermarket',
      'fruits', 'fruit', 'milk', 'eggs', 'egg', 'bread', 'paneer', 'curd', 'dahi', 'ghee', 'butter', 'rice', 'flour',
      'onions', 'onion', 'tomatoes', 'tomato', 'potatoes', 'potato', 'aloo', 'pyaz', 'pyaaz', 'tamatar', 'anda', 'ande',
      'bananas', 'banana', 'apples', 'mangoes', 'mango', 'grapes', 'oranges', 'papaya', 'watermelon', 'coconut', 'nariyal',
      'cheese', 'yogurt', 'cereal', 'oats', 'pulses', 'spices', 'masala',
      'cooking oil', 'oil', 'sugar', 'salt', 'jaggery', 'tea powder', 'tea leaves', 'coffee powder', 'coffee beans', 'provisions',
      'ration', 'rations', 'greens', 'dhaniya', 'palak', 'methi', 'bhindi', 'gobi', 'mandi', 'vegetable vendor', 'fruit vendor',
      'milkman', 'hypermarket', 'grocer', 'produce', 'lentils', 'noodles', 'maggi', 'biscuits', 'snacks for home', 'pantry',
    ],
    normal: ['chicken', 'mutton', 'fish', 'meat', 'prawns', 'market', 'bazaar', 'veggies', 'sabziwali', 'eggs and bread', 'essentials', 'staples', 'namkeen', 'juice', 'biscuit', 'chips', 'snacks'],
  },
  dining: {
    strong: [
      'restaurant', 'restaurants', 'swiggy', 'zomato', 'starbucks', 'dominos', 'domino s', 'pizza hut', 'mcdonalds',
      'mcdonald s', 'mcd', 'kfc', 'burger king', 'subway', 'haldiram s', 'haldirams', 'barbeque nation', 'bbq nation',
      'chaayos', 'third wave', 'blue tokai', 'ccd', 'cafe coffee day', 'costa', 'dunkin', 'tim hortons', 'chipotle',
      'taco bell', 'wendy s', 'uber eats', 'ubereats', 'doordash', 'grubhub', 'deliveroo', 'eatsure', 'faasos', 'behrouz',
      'box8', 'freshmenu', 'toit', 'butter chicken', 'birthday cake', 'pub', 'bar', 'brewery', 'cafe', 'café', 'dhaba', 'canteen', 'mess',
      'eating out', 'dining out', 'dine out', 'takeout', 'take out', 'takeaway', 'food delivery', 'ordered food', 'order in',
      'lunch', 'dinner', 'breakfast', 'brunch', 'supper', 'dinr',
    ],
    normal: [
      'pizza', 'burger', 'burgers', 'biryani', 'coffee', 'chai', 'tea', 'samosa', 'samosas', 'momos', 'dosa', 'idli',
      'vada pav', 'pav bhaji', 'pani puri', 'golgappe', 'chaat', 'thali', 'paratha', 'rolls', 'kathi roll', 'shawarma',
      'sandwich', 'pasta', 'sushi', 'ramen', 'tacos', 'ice cream', 'icecream', 'dessert', 'desserts',
      'cake', 'pastry', 'pastries', 'bakery', 'juice bar', 'smoothie', 'beer', 'beers', 'drinks', 'cocktails', 'wine at',
      'snack', 'street food', 'treat', 'party', 'feast', 'meal', 'meals', 'food court', 'latte', 'cappuccino', 'frappe',
      'bubble tea', 'boba', 'falooda', 'lassi', 'kulfi', 'jalebi', 'mithai', 'sweets', 'chole bhature', 'kebab', 'kebabs',
      'tiffin', 'dabba', 'lunch box', 'team lunch', 'team dinner', 'date night', 'office lunch', 'cafeteria',
    ],
    weak: ['food', 'eat', 'ate', 'eatery', 'hotel food', 'cold drink', 'soft drinks', 'coke', 'pepsi', 'whiskey', 'whisky', 'alcohol', 'liquor', 'wine'],
  },
};
