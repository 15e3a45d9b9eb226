/** Sending and redrawing replies, with the chart as a picture when one helps. */
import { GrammyError, InputFile } from 'grammy';
import type { Chart } from '../../engine/chart.ts';
import type { Reply } from '../../engine/reply.ts';
import type { KittyContext, TelegramDeps } from './context.ts';
import { draftKeyboard, replyText } from './render.ts';

/** Telegram's limits: 4096 characters for a message, 1024 for a photo caption. */
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;

export async function sendReply(ctx: KittyContext, deps: TelegramDeps, reply: Reply): Promise<void> {
  if (reply.duplicate) return;
  const text = clip(replyText(reply), MAX_TEXT);
  const keyboard = draftKeyboard(reply.drafts, deps.codec);
  if (reply.chart && deps.renderChart && worthAPicture(reply.chart)) {
    const png = await deps.renderChart(reply.chart);
    const photo = new InputFile(png, 'chart.png');
    if (text.length <= MAX_CAPTION) {
      await ctx.replyWithPhoto(photo, { caption: text, parse_mode: 'HTML' });
      return;
    }
    await ctx.reply(text, { parse_mode: 'HTML' });
    await ctx.replyWithPhoto(photo);
    return;
  }
  if (text === '') return;
  await ctx.reply(text, { parse_mode: 'HTML', ...(keyboard && { reply_markup: keyboard }) });
}

/** Edits the message a button was pressed on; an unchanged message is not an error. */
export async function editInPlace(ctx: KittyContext, text: string, keyboard: Parameters<KittyContext['editMessageText']>[1]): Promise<void> {
  try {
    await ctx.editMessageText(clip(text, MAX_TEXT), { parse_mode: 'HTML', ...keyboard });
  } catch (error) {
    if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
    throw error;
  }
}

/**
 * A picture when it says more than the text: a split across categories or people, a comparison,
 * a trend over a week or more. A single day's total is just a number.
 */
export function worthAPicture(chart: Chart): boolean {
  const nonZero = chart.points.filter((point) => point.valueMinor > 0).length;
  if (chart.kind === 'bar') return nonZero >= 2;
  if (chart.kind === 'compare') return nonZero >= 1;
  return chart.points.length >= 7 && nonZero >= 3;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
