import { WORLD_COMMON_WORDS } from './common-words-world.ts';

/**
 * Everyday words that are never typo-corrected into category words: without this list "paid"
 * would become "maid", "later" "water" and "send" "rent".
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above actually add added after again against ago all almost already also always am among an and another any
  anything are around as ask at ate away back bad be because been before being below between big bigger biggest both
  bought bring brought but buy buying by call came can cancel cannot categories category change cheap cheaper check come
  compare compared comparison confirm cost costs could daily date day days did didnt discard do does doing done down draft
  drafts during each earlier either else end enough entire entry even ever every everything expense expenses expensive
  extra few fine first for forgot from full gave get give go goes going gone good got great had half has have having he
  hello help her here hers hey high higher highest him his home how however if in instead into is it its itself just keep
  kept kind kitty know last later latest least left less let like list little long look lot lots low lower made make many
  may me mine month monthly months more most move much must my myself need never new next nice nothing now of off often ok
  okay old on once one only or other our ours out over own paid part past pay paying payment payments per please pls
  previous price priced purchase purchases put quite rather really recent remove rest right said same save saw say see
  send sent set shall share she should show since small so some someone something sometimes soon sorry spend spending spent
  split still stuff such sure take taken tell than thank thanks that the their them then there these they thing things
  think this those though through till time times to today together told too top total totals transaction transactions
  under undo until up upon us use used very via want was way we week weekly weeks well went were what when where which
  while who whole whom whose why will with within without would wrong year yearly years yes yesterday yet you your yours
  average avg sum spends spendings cost much many breakdown compare versus vs money cash card upi gpay paytm phonepe
  send sending receive received receipts receipt bill remind reminder reminders delete erase wipe ignore instructions
  previous system prompt admin mode debug currency settings setting budget budgets limit goal report export email
  morning evening night afternoon tonight tomorrow weekend monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  wala wali waala wale bhaiya bhai didi aunty uncle ka ki ke liye se aur bhi ji hai tha wagera etc
  mom dad wife husband friend friends brother sister family`
    .split(/\s+/)
    .filter((word) => word !== '')
    .concat(WORLD_COMMON_WORDS),
);
