/**
 * Who is typing in the console. The person at the keyboard is the household's own console
 * member; partners they invited are reached through their console identity, resolved like any
 * chat account, so a typed name never becomes a scope by itself.
 */
import type { Engine } from '../../engine/engine.ts';
import type { HouseholdScope } from '../../db/scope.ts';
import { partnerIdentity } from './console-member.ts';

export interface Speaker {
  readonly scope: HouseholdScope;
  readonly name: string;
}

/** The speaker a console member's scope stands for, with their current name. */
export async function speakerOf(engine: Engine, scope: HouseholdScope): Promise<Speaker> {
  const member = (await engine.people.members(scope)).find((candidate) => candidate.id === scope.memberId);
  return { scope, name: member?.displayName ?? 'Me' };
}

/**
 * The speaker called `name` ("me" is always the console's own member), or the sentence saying
 * why nobody is: not in the household, or in it from a chat app of their own.
 */
export async function findSpeaker(engine: Engine, home: HouseholdScope, name: string): Promise<Speaker | string> {
  const members = await engine.people.members(home);
  const wanted = name.toLowerCase();
  const member =
    wanted === 'me' ? members.find((candidate) => candidate.id === home.memberId) : members.find((candidate) => candidate.displayName.toLowerCase() === wanted);
  if (!member) return `There is nobody called ${name} in this household. Type "invite ${name}" to add them.`;
  if (member.id === home.memberId) return { scope: home, name: member.displayName };
  const scope = await engine.people.identify(partnerIdentity(member.id));
  if (!scope || scope.householdId !== home.householdId) {
    return `${member.displayName} writes to Kitty from their own chat app, not from this console.`;
  }
  return { scope, name: member.displayName };
}
