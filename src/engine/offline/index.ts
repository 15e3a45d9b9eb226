/**
 * Kitty's offline interpreter: pure, synchronous and deterministic. It is the default when no
 * model key is configured and the fast path when one is: a result with `confident: false` is
 * what hybrid mode hands to the model.
 *
 * Order of reading: requests Kitty must refuse, small talk, corrections of the last draft,
 * then questions and expenses (a question cue beats a number only when the number is explained
 * as a limit or a period, or the message opens like a question).
 */
import { todayIn } from '../../domain/dates.ts';
import type { Interpretation, InterpretContext, OtherTopic } from '../interpretation.ts';
import { parseEdit } from './edit.ts';
import { parseExpense, type ParseEnv } from './expense.ts';
import { membersOf } from './members.ts';
import { habitsOf } from './habits.ts';
import { normalizeMessage } from './normalize.ts';
import { detectMoneyIn, detectSmallTalk, detectUnsupported, leadingSmallTalk } from './other.ts';
import { parseQuestion } from './question.ts';
import { tokenize } from './tokens.ts';

function other(topic: OtherTopic, confident: boolean): Interpretation {
  return { kind: 'other', topic, confident };
}

/** todayIn goes through Intl, the single most expensive step; bursts share one "now". */
let lastToday: { zone: string; time: number; today: string } | undefined;

function todayOf(timeZone: string, now: Date): string {
  const time = now.getTime();
  if (lastToday && lastToday.zone === timeZone && lastToday.time === time) return lastToday.today;
  let today: string;
  try {
    today = todayIn(timeZone, now);
  } catch {
    today = now.toISOString().slice(0, 10);
  }
  lastToday = { zone: timeZone, time, today };
  return today;
}

function envOf(context: InterpretContext): ParseEnv {
  const now = context.now instanceof Date && !Number.isNaN(context.now.getTime()) ? context.now : new Date(0);
  const today = todayOf(context.timeZone, now);
  const habits = habitsOf(context);
  return { context: { ...context, now }, today, habits, dateOptions: { monthFirst: habits.monthFirst }, members: membersOf(context) };
}

function interpret(text: string, context: InterpretContext): Interpretation {
  const env = envOf(context);
  const message = normalizeMessage(text, env.habits.languages);
  const normalized = message.text;
  if (!/[\p{L}\p{N}₹$€£¥]/u.test(normalized)) return other('unknown', true);
  if (detectUnsupported(normalized)) return other('unsupported', true);
  const smallTalk = detectSmallTalk(normalized);
  if (smallTalk) return other(smallTalk, true);
  const moneyIn = detectMoneyIn(normalized);
  if (moneyIn) return other('refund', moneyIn.sure);

  const tokens = tokenize(normalized, env.habits);
  const edit = parseEdit(normalized, tokens, env);
  if (edit) return { kind: 'edit', edit: edit.edit, confident: edit.confident };

  const question = parseQuestion(tokens, env);
  const expense = parseExpense(tokens, { ...env, originals: message.originals });
  if (question && (!expense || question.numbersExplained || (question.interrogative && expense.kind === 'invalid_amount'))) {
    return { kind: 'question', intent: question.intent, confident: question.confident };
  }
  if (question && question.interrogative && expense) {
    // "how much was the 250 uber?": a number the question did not explain leaves real doubt.
    return { kind: 'question', intent: question.intent, confident: false };
  }
  if (expense?.kind === 'invalid_amount') return other('invalid_amount', true);
  if (expense) return expense;

  const lead = leadingSmallTalk(normalized);
  if (lead) return other(lead, false);
  return other('unknown', false);
}

/** Reads one chat message in its household context. Never throws. */
export function interpretOffline(text: string, context: InterpretContext): Interpretation {
  try {
    return interpret(typeof text === 'string' ? text : '', context);
  } catch {
    return other('unknown', false);
  }
}
