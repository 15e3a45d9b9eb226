/**
 * Getting a household going from Telegram: /start makes one for a new user (currency and time
 * zone chosen with buttons, suggested from the user's language), /invite gives the admin a code
 * and a t.me deep link, and /join CODE or the deep link adds the partner.
 */
import { Composer, InlineKeyboard } from 'grammy';
import type { User } from 'grammy/types';
import { isKittyError } from '../../../domain/errors.ts';
import type { KittyContext, TelegramDeps } from '../context.ts';
import { CURRENCIES, suggestedCurrency, TIME_ZONES } from '../../../domain/locale-defaults.ts';
import { HELP_TEXT } from '../../../engine/other-replies.ts';
import { writtenLike } from '../../../domain/locale-examples.ts';

export function onboarding(deps: TelegramDeps): Composer<KittyContext> {
  const composer = new Composer<KittyContext>();
  const { engine, codec } = deps;

  composer.command('start', async (ctx) => {
    const code = ctx.match.trim();
    if (code) return join(ctx, code);
    if (ctx.kitty.member) {
      const household = await engine.people.household(ctx.kitty.member);
      return ctx.reply(`Welcome back to ${household.name}! ${HELP_TEXT}`);
    }
    if (ctx.chat.type !== 'private') {
      return ctx.reply('To set up Kitty, each of you first sends me /start in a private chat (the second one with the invite code). Then I can work here in the group too.');
    }
    const first = suggestedCurrency(ctx.from?.language_code);
    const keyboard = new InlineKeyboard();
    [first, ...CURRENCIES.filter((currency) => currency !== first)].forEach((currency, index) => {
      keyboard.text(currency, codec.encode({ kind: 'currency', currency }));
      if (index % 3 === 2) keyboard.row();
    });
    return ctx.reply(
      'Hi, I am Kitty 🐱 I keep your household\'s spending from chat messages.\n\nLet\'s set up your household. Which currency do you spend in? (Joining your partner instead? Send /join and their code.)',
      { reply_markup: keyboard },
    );
  });

  composer.command('join', async (ctx) => {
    const code = ctx.match.trim();
    if (!code) return ctx.reply('Send /join followed by the invite code your partner got from /invite, like /join ABCD-EFGH.');
    return join(ctx, code);
  });

  composer.command('invite', async (ctx) => {
    const member = ctx.kitty.member;
    if (!member) return ctx.reply('Set up a household first: send me /start in a private chat.');
    try {
      const code = await engine.people.inviteCode(member);
      const link = `https://t.me/${ctx.me.username}?start=${code}`;
      return ctx.reply(`Invite your partner with this link: ${link}\n\nOr they can send me /join ${code}`);
    } catch (error) {
      if (isKittyError(error)) return ctx.reply(error.message);
      throw error;
    }
  });

  composer.on('callback_query:data', async (ctx, next) => {
    const action = codec.decode(ctx.callbackQuery.data);
    if (action?.kind === 'currency') {
      const keyboard = new InlineKeyboard();
      for (const zone of TIME_ZONES[action.currency] ?? ['UTC']) {
        keyboard.text(zone.split('/').at(-1)!.replace(/_/g, ' '), codec.encode({ kind: 'time-zone', currency: action.currency, timeZone: zone })).row();
      }
      await ctx.answerCallbackQuery();
      return ctx.editMessageText(`${action.currency} it is. And your time zone? ("yesterday" and "this month" follow it.)`, { reply_markup: keyboard });
    }
    if (action?.kind === 'time-zone') {
      await ctx.answerCallbackQuery();
      if (ctx.kitty.member) return ctx.editMessageText('You already have a household. Send /help to see what I can do.');
      const from = ctx.from;
      const { household } = await engine.people.startHousehold(identityOf(from), {
        name: `${from.first_name}'s household`.slice(0, 100),
        currency: action.currency,
        timeZone: action.timeZone,
        displayName: displayName(from),
      });
      return ctx.editMessageText(
        `All set: ${household.name}, in ${household.currency}, on ${household.timeZone} time, writing numbers and dates like ${writtenLike(household)}.\n\nInvite your partner with /invite, then just tell me what you spend, like "sabzi 320" or "uber 250 and lunch 400".`,
      );
    }
    return next();
  });

  async function join(ctx: KittyContext, code: string) {
    if (ctx.kitty.member) {
      const household = await engine.people.household(ctx.kitty.member);
      return ctx.reply(`You are already in ${household.name}.`);
    }
    if (!ctx.from) return;
    try {
      const { household } = await engine.people.join(identityOf(ctx.from), { code, displayName: displayName(ctx.from) });
      return ctx.reply(`Welcome to ${household.name}! Tell me what you spend, like "coffee 180", and I'll draft it for you to confirm.`);
    } catch (error) {
      if (isKittyError(error)) return ctx.reply(error.message);
      throw error;
    }
  }

  return composer;
}

function identityOf(user: User) {
  return { provider: 'telegram' as const, externalId: String(user.id) };
}

function displayName(user: User): string {
  return (user.first_name || user.username || 'Partner').slice(0, 50);
}
