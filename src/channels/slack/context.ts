import type { Context } from '@slack/bolt';
import type { Database } from '../../db/database.ts';
import type { HouseholdScope } from '../../db/scope.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../log/logger.ts';
import type { IdentityRef } from '../../services/identities.ts';
import type { Transcriber } from '../../transcribe/types.ts';

export interface SlackDeps {
  readonly engine: Engine;
  /** For what is Slack's alone (household channels) and the App Home's month summary. */
  readonly db: Database;
  readonly logger: Logger;
  /** Turns audio clips into text; absent when no transcriber is configured. */
  readonly transcriber?: Transcriber;
  /** A signed sign-in link to the web view for this member, when the web view is set up. */
  readonly dashboardLink?: (member: HouseholdScope) => Promise<string | undefined>;
  /** Downloads files Slack hosts (audio clips); the runtime's fetch unless a test or Workers wraps it. */
  readonly fetch: typeof fetch;
  readonly now: () => Date;
}

/** What Kitty's middleware adds to Bolt's context for every listener. */
export interface KittyState {
  /** The Slack account as an identity: the user within their workspace (or Enterprise Grid org). */
  readonly identity?: IdentityRef;
  /** The household member this Slack account belongs to; undefined for people not linked yet. */
  readonly member?: HouseholdScope;
  /** The inbox row of this delivery (everything is stored before it is handled). */
  readonly inboundId?: string;
}

export function kittyState(context: Context): KittyState {
  return (context.kitty as KittyState | undefined) ?? {};
}
