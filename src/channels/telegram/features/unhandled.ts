/** Last in line: anything no feature took (stickers, locations, service messages) gets a gentle word in private chats and silence in groups. */
import { Composer } from 'grammy';
import type { KittyContext } from '../context.ts';

export function unhandled(): Composer<KittyContext> {
  const composer = new Composer<KittyContext>();
  composer.on('message', async (ctx) => {
    if (ctx.chat.type !== 'private') return;
    await ctx.reply('I read text, voice notes and receipt photos. Try "coffee 180" or /help.');
  });
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return composer;
}
