/** The command menu: quick answers, undo, settings, the dashboard link and help. */
import { Composer, InlineKeyboard } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { HouseholdScope } from '../../../db/scope.ts';
import { describeWriting } from '../../../domain/locale-examples.ts';
import { HELP_TEXT } from '../../../engine/other-replies.ts';
import { LINK_CODE_MINUTES } from '../../../services/account-links.ts';
import type { KittyContext, TelegramDeps } from '../context.ts';
import { sendReply } from '../send.ts';

export const COMMANDS: readonly BotCommand[] = [
  { command: 'today', description: 'What we spent today' },
  { command: 'month', description: 'This month by category' },
  { command: 'drafts', description: 'Drafts waiting for a decision' },
  { command: 'undo', description: 'Take back my last confirm, discard or edit' },
  { command: 'dashboard', description: 'Open the web view' },
  { command: 'invite', description: 'Invite your partner' },
  { command: 'link', description: 'Use Kitty from Slack too' },
  { command: 'settings', description: 'Household settings' },
  { command: 'help', description: 'What I understand' },
];

/** Commands that are questions go through the engine like any question: same intents, same numbers. */
const QUESTIONS: Readonly<Record<string, string>> = {
  today: 'how much did we spend today',
  month: 'top 8 categories this month',
};

export function commands(deps: TelegramDeps): Composer<KittyContext> {
  const composer = new Composer<KittyContext>();
  const { engine } = deps;
  const members = composer.filter((ctx): ctx is KittyContext & { kitty: { member: HouseholdScope } } => ctx.kitty.member !== undefined);

  composer.command('help', (ctx) => ctx.reply(`${HELP_TEXT}\n\nCommands: ${COMMANDS.map((command) => `/${command.command}`).join(' ')}`));

  for (const [command, question] of Object.entries(QUESTIONS)) {
    members.command(command, async (ctx) => {
      const reply = await engine.handle(
        { channel: 'telegram', externalId: String(ctx.update.update_id), text: question, inboundId: ctx.kitty.inboundId! },
        ctx.kitty.member,
      );
      await sendReply(ctx, deps, reply);
    });
  }

  members.command('drafts', async (ctx) => {
    await sendReply(ctx, deps, await engine.pendingDrafts(ctx.kitty.member));
    await settle(ctx);
  });

  members.command('undo', async (ctx) => {
    await sendReply(ctx, deps, await engine.undo(ctx.kitty.member));
    await settle(ctx);
  });

  members.command('settings', async (ctx) => {
    const household = await engine.people.household(ctx.kitty.member);
    await ctx.reply(
      [
        `${household.name}`,
        `Currency: ${household.currency} · Time zone: ${household.timeZone}`,
        `Numbers and dates: ${describeWriting(household)}`,
        'Change these, the categories, recurring expenses and the model in the web view: /dashboard.',
      ].join('\n'),
    );
    await settle(ctx);
  });

  members.command('dashboard', async (ctx) => {
    const link = await deps.dashboardLink?.(ctx.kitty.member);
    if (!link) {
      await ctx.reply('The web view is not set up on this Kitty yet (it needs SESSION_SECRET and PUBLIC_URL).');
    } else {
      const keyboard = new InlineKeyboard().url('Open dashboard', link);
      // A Mini App opens inside Telegram, but only from an https address.
      if (link.startsWith('https://') && ctx.chat.type === 'private') keyboard.row().webApp('Open inside Telegram', new URL('/mini-app', link).toString());
      await ctx.reply('Your quick look at the month (the link works once, for 15 minutes):', { reply_markup: keyboard });
    }
    await settle(ctx);
  });

  members.command('link', async (ctx) => {
    if (ctx.chat.type !== 'private') {
      await ctx.reply('Send /link to me in a private chat: the code it gives is yours alone.');
    } else {
      const { code } = await engine.people.linkCode(ctx.kitty.member);
      await ctx.reply(
        `To use Kitty from Slack as yourself, type this in Slack within ${LINK_CODE_MINUTES} minutes:\n\n<code>/kitty link ${code}</code>\n\nThe code works once.`,
        { parse_mode: 'HTML' },
      );
    }
    await settle(ctx);
  });

  async function settle(ctx: KittyContext & { kitty: { member: HouseholdScope } }) {
    if (ctx.kitty.inboundId) await engine.settle(ctx.kitty.member, ctx.kitty.inboundId, { state: 'processed' });
  }

  return composer;
}
