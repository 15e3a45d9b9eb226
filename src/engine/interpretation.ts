/**
 * What an interpreter (the offline parser or a model through its tools) makes of one message,
 * before anything is saved. Names, not ids: the engine maps member names and category slugs to
 * the household's rows, so an interpreter never sees or invents a database id.
 */
import type { IsoDate } from '../domain/dates.ts';
import type { Period } from '../domain/periods.ts';

/** The analytics intents of ../shared/spec/intents.json; `intents/` holds one file per id. */
export const INTENT_IDS = [
  'total_by_period',
  'category_spend_by_period',
  'month_over_month_compare',
  'top_expense_categories',
  'member_split',
  'largest_expenses',
  'recent_expenses',
  'daily_average',
  'merchant_spend',
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export interface InterpretContext {
  /** Display names of the household's members, the sender first ("I", "me", "my" is members[0]). */
  readonly members: readonly string[];
  /** The household's default ISO 4217 currency; a symbol or code in the text wins over it. */
  readonly currency: string;
  /** IANA zone in which relative dates ("yesterday", "on the 5th") resolve. */
  readonly timeZone: string;
  /**
   * The BCP 47 locale the household set ("de-DE", "en-IN"), when it set one. It decides how
   * numbers and dates are written ("2,40", "1.250", "14.03."); without it the currency and the
   * time zone decide.
   */
  readonly locale?: string;
  readonly now: Date;
  /** The household's categories; labels it renamed or added are understood too. Default taxonomy when absent. */
  readonly categories?: readonly { readonly slug: string; readonly label: string }[];
  /** Corrections this household made: merchantKey(description) → category slug (see merchant-key.ts). */
  readonly learned?: ReadonlyMap<string, string>;
}

/** `'equal'`, or percentages by member name that add up to 100. */
export type ProposedSplit = 'equal' | Readonly<Record<string, number>>;

export interface ProposedDraft {
  /** Integer minor units of `currency` (paise, cents; yen have none). */
  readonly amountMinor: number;
  readonly currency: string;
  /** Category slug. */
  readonly category: string;
  readonly date: IsoDate;
  readonly description: string;
  /** Member name, only when someone other than the sender paid. */
  readonly paidBy?: string;
  readonly split?: ProposedSplit;
  /**
   * Present when `category` is a guess (an unknown merchant, "kopi kenangan 45"): the likely
   * slugs, best first, `category` among them. The card asks which one; the answer is learned.
   */
  readonly categoryChoices?: readonly string[];
  /**
   * "sam paid 210" in a household without Sam: the name as written. `paidBy` is then absent and
   * the card asks who paid instead of guessing.
   */
  readonly unknownPayer?: string;
}

export interface IntentRequest {
  readonly id: IntentId;
  /** Absent when the message named none; the engine then uses the intent's default (this month). */
  readonly period?: Period;
  readonly category?: string;
  /** Member name; "I"/"my" resolves to the sender. */
  readonly member?: string;
  readonly limit?: number;
  /** merchant_spend: a merchant or words of the description ("costco", "coffee"). */
  readonly merchant?: string;
}

/** A conversational change to the member's latest draft (or the one replied to): "make it 450". */
export interface DraftEdit {
  readonly amountMinor?: number;
  readonly currency?: string;
  readonly category?: string;
  readonly date?: IsoDate;
  readonly description?: string;
  readonly paidBy?: string;
  /** `'none'` removes a split. */
  readonly split?: ProposedSplit | 'none';
  /** "no, discard that". */
  readonly discard?: boolean;
}

/** Why a message is neither an expense nor a question, so the reply can help. */
export const OTHER_TOPICS = [
  'greeting',
  'thanks',
  'help',
  'undo',
  /** "ok cool", "yes": nothing to do; buttons confirm, text never does. */
  'acknowledgement',
  /** Looks like an expense, but the amount is zero or beyond what Kitty stores. */
  'invalid_amount',
  /** A request Kitty cannot do from chat (settings, reminders, "delete every expense"). */
  'unsupported',
  /** Money coming back ("refund -40 amazon", "got 500 back"): never booked as a positive expense. */
  'refund',
  'unknown',
] as const;
export type OtherTopic = (typeof OTHER_TOPICS)[number];

/**
 * `confident` is the offline interpreter's own judgement: in hybrid mode a confident result is
 * used as is (no model call), anything else goes to the model.
 */
export type Interpretation =
  | { readonly kind: 'expense'; readonly drafts: readonly ProposedDraft[]; readonly confident: boolean }
  | { readonly kind: 'question'; readonly intent: IntentRequest; readonly confident: boolean }
  | { readonly kind: 'edit'; readonly edit: DraftEdit; readonly confident: boolean }
  | { readonly kind: 'other'; readonly topic: OtherTopic; readonly confident: boolean };
