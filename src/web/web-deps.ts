/**
 * What the web view needs, handed to createApp by the runtime. The household a page shows is
 * always the signed-in member's, taken from the session, never from an id in the request.
 */
import type { HouseholdScope } from '../db/scope.ts';
import type { Database } from '../db/database.ts';
import type { Engine } from '../engine/engine.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Household } from '../services/households.ts';
import type { Member } from '../services/members.ts';

export interface WebDeps {
  readonly db: Database;
  readonly engine: Engine;
  /** Encrypts a household's model API key at rest (APP_ENCRYPTION_KEY). */
  readonly keyring: Keyring;
  /** SESSION_SECRET: signs sign-in links and CSRF tokens. */
  readonly sessionSecret: string;
  readonly publicUrl: string;
  /** For the Telegram Mini App sign-in (initData is signed with a key derived from it). */
  readonly telegramBotToken?: string;
  readonly now?: () => Date;
  /**
   * How this installation transcribes voice notes (TRANSCRIBE_PROVIDER, TRANSCRIBE_MODEL), shown
   * read-only in the settings: it is set per installation, not per household. Absent: the page says so.
   */
  readonly transcription?: { readonly provider: string; readonly model?: string };
}

export interface WebSession {
  /** The cookie's token (for sign-out). */
  readonly token: string;
  readonly scope: HouseholdScope;
  readonly member: Member;
  readonly household: Household;
  /** Put in every form as `_csrf`; checked on every POST. */
  readonly csrf: string;
}

/** Hono's typed context variables for web routes. */
export type WebEnv = {
  Variables: {
    /** A fresh per-response nonce for the CSP (the pages need no inline script; kept for the Mini App's). */
    nonce: string;
    session: WebSession;
  };
};
