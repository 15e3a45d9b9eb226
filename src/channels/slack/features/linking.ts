/**
 * Getting a Slack account into a household: `/kitty start` makes a new one, `/kitty link CODE`
 * joins one (with the household's invite code) or attaches this account to an existing member
 * (with a one-time code from `/link` in Telegram), and `/kitty link-channel` makes the channel
 * the household's. Each returns the line to show the person who asked.
 */
import { assertTimeZone } from '../../../domain/time-zones.ts';
import { isKittyError } from '../../../domain/errors.ts';
import { currencyForTimeZone, suggestedCurrency } from '../../../domain/locale-defaults.ts';
import { writtenLike } from '../../../domain/locale-examples.ts';
import { normalizeCurrency } from '../../../domain/money.ts';
import type { HouseholdScope } from '../../../db/scope.ts';
import { isAccountLinkCode } from '../../../services/account-links.ts';
import type { IdentityRef } from '../../../services/identities.ts';
import { linkSlackChannel } from '../../../services/slack-channels.ts';
import type { SlackDeps } from '../context.ts';
import { isDirectMessage } from '../household-channel.ts';
import type { CommandCall } from './kitty-command.ts';

interface SlackPerson {
  readonly displayName: string;
  readonly timeZone: string | undefined;
  readonly locale: string | undefined;
}

export async function start(deps: SlackDeps, call: CommandCall, identity: IdentityRef): Promise<string> {
  if (call.member) {
    const household = await deps.engine.people.household(call.member);
    return `You are already in ${household.name}. \`/kitty help\` shows what I can do.`;
  }
  const person = await whoIs(call);
  const chosen = readStartArguments(call.rest);
  if ('problem' in chosen) return chosen.problem;
  const timeZone = chosen.timeZone ?? validZone(person.timeZone) ?? 'UTC';
  const currency = chosen.currency ?? currencyForTimeZone(timeZone) ?? suggestedCurrency(person.locale);
  const { household } = await deps.engine.people.startHousehold(identity, {
    name: `${person.displayName}'s household`.slice(0, 100),
    currency,
    timeZone,
    displayName: person.displayName,
  });
  return [
    `All set: *${household.name}*, in ${household.currency}, on ${household.timeZone} time, writing numbers and dates like ${writtenLike(household)}. (Not right? \`/kitty start\` takes them too, like \`/kitty start EUR Europe/Berlin\` before anything is logged, and the settings page changes them any time.)`,
    `Invite your partner: \`/kitty invite\` gives a code they type as \`/kitty link CODE\`. Then run \`/kitty link-channel\` in the channel you share, and tell me what you spend, like \`/kitty coffee 180\`.`,
  ].join('\n\n');
}

export async function link(deps: SlackDeps, call: CommandCall, identity: IdentityRef): Promise<string> {
  const code = call.rest.trim();
  if (code === '') return 'Add the code: `/kitty link ABCD-EFGH` with your partner’s invite code (from `/kitty invite`, or `/invite` in Telegram), or with a code from `/link` in Telegram to use your Telegram account’s place in the household.';
  if (call.member) {
    const household = await deps.engine.people.household(call.member);
    return `This Slack account is already in ${household.name}.`;
  }
  if (isAccountLinkCode(code)) {
    const scope = await deps.engine.people.redeemLinkCode(identity, code);
    const household = await deps.engine.people.household(scope);
    return `Linked: in Slack you are now the same member of ${household.name} as in Telegram. Everything you log here adds up with what you log there.`;
  }
  const person = await whoIs(call);
  try {
    const { household } = await deps.engine.people.join(identity, { code, displayName: person.displayName });
    return `Welcome to ${household.name}! Tell me what you spend, like \`/kitty coffee 180\`, and I’ll draft it for you to confirm.`;
  } catch (error) {
    // The name comes from Slack, so "choose another name" is no help; most often it is the same person, already in from Telegram.
    if (!isKittyError(error, 'conflict') || error.field !== 'displayName') throw error;
    return `This household already has a member called ${person.displayName}. If that is you, send \`/link\` in Telegram and type the code it gives here as \`/kitty link CODE\`: this Slack account becomes that member. If not, change your display name in Slack and try again.`;
  }
}

export async function linkChannel(deps: SlackDeps, call: CommandCall, member: HouseholdScope): Promise<string> {
  const { command } = call;
  if (isDirectMessage(command.channel_id)) return 'Run `/kitty link-channel` in the channel you share with your partner; this is a direct message.';
  const outcome = await linkSlackChannel(deps.db, member, { teamId: command.team_id, channelId: command.channel_id });
  const household = await deps.engine.people.household(member);
  if (outcome === 'already') return `This is already ${household.name}’s channel.`;
  // A note for everyone in the channel, so the partner knows too; the bot may not be in it yet.
  const posted = await call.client.chat
    .postMessage({ channel: command.channel_id, text: `This is now ${household.name}’s channel: drafts and answers for \`/kitty\` here are shared with everyone in it.` })
    .then(() => true, () => false);
  return posted
    ? `Done: this is ${household.name}’s channel now.`
    : `Done: this is ${household.name}’s channel now. Add me to it (\`/invite @Kitty\`) so I can also answer mentions and voice clips here.`;
}

export async function invite(deps: SlackDeps, member: HouseholdScope): Promise<string> {
  const code = await deps.engine.people.inviteCode(member);
  return `Your partner joins with \`/kitty link ${code}\` in Slack (or \`/join ${code}\` in Telegram).`;
}

/** The person's name, time zone and locale from Slack; the command's own fields if users.info is unavailable. */
async function whoIs(call: CommandCall): Promise<SlackPerson> {
  const fallback = { displayName: call.command.user_name?.slice(0, 50) || 'Partner', timeZone: undefined, locale: undefined };
  try {
    const answer = await call.client.users.info({ user: call.command.user_id, include_locale: true });
    const user = answer.user;
    const name = user?.profile?.display_name || user?.profile?.real_name || user?.real_name || user?.name;
    return { displayName: (name || fallback.displayName).slice(0, 50), timeZone: user?.tz, locale: user?.locale };
  } catch {
    return fallback;
  }
}

/** `/kitty start EUR Europe/Berlin`: a currency code and a time zone, in any order, both optional. */
function readStartArguments(text: string): { currency?: string; timeZone?: string } | { problem: string } {
  const chosen: { currency?: string; timeZone?: string } = {};
  for (const word of text.split(/\s+/).filter(Boolean)) {
    try {
      if (word.includes('/') || word.toUpperCase() === 'UTC') chosen.timeZone = assertTimeZone(word);
      else chosen.currency = normalizeCurrency(word);
    } catch (error) {
      if (isKittyError(error)) return { problem: `${error.message} For example: \`/kitty start INR Asia/Kolkata\`.` };
      throw error;
    }
  }
  return chosen;
}

function validZone(timeZone: string | undefined): string | undefined {
  try {
    return timeZone ? assertTimeZone(timeZone) : undefined;
  } catch {
    return undefined;
  }
}
