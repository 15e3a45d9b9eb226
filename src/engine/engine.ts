/**
 * Kitty's heart: `handle(message, scope)` turns one member's message into a reply. Every channel
 * is a thin adapter around it. The message is stored in the inbox before anything reads it, so
 * nothing a person wrote is lost to a crash or a bad model answer; a platform's retry of the same
 * delivery is recognised and answered with `duplicate: true`.
 */
import type { LlmConfig } from '../config/index.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Database } from '../db/database.ts';
import { asSystem, inHousehold, type HouseholdScope } from '../db/scope.ts';
import { isKittyError } from '../domain/errors.ts';
import { toDecimalString } from '../domain/money.ts';
import type { Logger } from '../log/logger.ts';
import type { ConnectionCheck, UserPart } from '../llm/types.ts';
import { expensesByIds, expensesFromSameMessage, latestDraft } from '../services/drafts.ts';
import { listCategories } from '../services/categories.ts';
import { insertDrafts, type DraftInput, type ExpenseEdit } from '../services/expenses.ts';
import { createHousehold, getHousehold } from '../services/households.ts';
import { findIdentity, resolveIdentity, type IdentityRef } from '../services/identities.ts';
import { adoptInbound, insertInbound, markInbound, recordInbound, settleInbound, type Inbound, type InboundOutcome } from '../services/inbox.ts';
import { createAccountLinkCode, redeemAccountLinkCode } from '../services/account-links.ts';
import { getInviteCode, joinHousehold } from '../services/invites.ts';
import { listExpenses } from '../services/ledger.ts';
import { addMember, renameMember } from '../services/member-admin.ts';
import { listMembers } from '../services/members.ts';
import { recordModelCall } from '../services/model-calls.ts';
import { readModelApiKey, type ModelSettings } from '../services/model-settings.ts';
import { answerQuestion } from './answer-question.ts';
import { applyEdit } from './apply-edit.ts';
import { chooseCategory, choosePayer, confirmDraft, confirmDrafts, deleteConfirmed, discardDraft, editDraft, undoLast } from './draft-actions.ts';
import { draftQuestions } from './draft-questions.ts';
import { interpretContext, loadHouseholdContext, readHouseholdContext, splitSpec, type HouseholdContext } from './household-context.ts';
import type { ProposedDraft } from './interpretation.ts';
import { chooseModel, providerFor, type ModelChoice } from './model-setup.ts';
import { otherReply } from './other-replies.ts';
import { readMessage, type OfflineReader, type Reading } from './read-message.ts';
import type { ModelCallReport } from './model-interpreter.ts';
import { cardLine, cardQuestions, draftCard, textReply, type DraftCard, type Reply } from './reply.ts';

/** Terminal escape sequences and control characters are noise to an interpreter; line breaks and tabs are not. */
function readableText(text: string): string {
  return text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .trim();
}

/** "Here is the draft. Confirm it?", or what the cards ask first, numbered when there are several. */
function draftsText(cards: readonly DraftCard[]): string {
  const asked = cards.flatMap((card, index) =>
    cardQuestions(card).map((question) => (cards.length > 1 ? `${index + 1}. ${question}` : question)),
  );
  if (asked.length > 0) return [cards.length === 1 ? 'Here is the draft.' : `Here are ${cards.length} drafts.`, ...asked].join('\n');
  return cards.length === 1 ? 'Here is the draft. Confirm it?' : `Here are ${cards.length} drafts. Confirm them?`;
}

const MEDIA_NEEDS_MODEL =
  'Reading photos and recordings needs a model that can see and hear (Gemini, Claude or an OpenAI-compatible one); an admin can choose one in the settings.';

/** Longer messages are kept in the inbox but not read: nobody types an expense this long. */
export const MAX_MESSAGE_CHARS = 4000;

export interface IncomingMessage {
  readonly channel: 'telegram' | 'slack' | 'web' | 'console';
  /** The platform's id for this delivery: the dedupe key. */
  readonly externalId: string;
  readonly text: string;
  readonly media?: readonly UserPart[];
  /** The draft a reply-to-card message refers to. */
  readonly replyToExpenseId?: string;
  /** Set when the channel already stored the delivery with `record` (voice notes, before transcribing). */
  readonly inboundId?: string;
}

export interface EngineDeps {
  readonly db: Database;
  readonly llm: LlmConfig;
  readonly keyring?: Keyring;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** For tests of retry timing; real waits otherwise. */
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * The reader used with no model (offline mode, hybrid's fast path); the offline interpreter
   * when absent. A seam for tests that need a reading the interpreter does not give yet.
   */
  readonly offlineReader?: OfflineReader;
}

export type Engine = ReturnType<typeof createEngine>;

export function createEngine(deps: EngineDeps) {
  const { db, logger } = deps;
  const now = deps.now ?? (() => new Date());

  async function handle(message: IncomingMessage, scope: HouseholdScope): Promise<Reply> {
    // One round trip stores the message and loads what reading it needs.
    const recorded = await inHousehold(db, scope, async (tx) => {
      if (message.inboundId) return { inboundId: message.inboundId, context: await readHouseholdContext(tx, scope) };
      const { message: inbound, duplicate } = await insertInbound(tx, {
        provider: message.channel,
        externalId: message.externalId,
        kind: message.media?.length ? 'media' : 'text',
        payload: { text: message.text, ...(message.replyToExpenseId && { replyToExpenseId: message.replyToExpenseId }) },
        scope,
      });
      return duplicate ? undefined : { inboundId: inbound.id, context: await readHouseholdContext(tx, scope) };
    });
    if (!recorded) return textReply('', { duplicate: true });
    const { inboundId, context } = recorded;
    try {
      const { reply, settled } = await respond(message, scope, inboundId, context);
      if (!settled) await settleInbound(db, scope, inboundId, { state: 'processed' });
      return reply;
    } catch (error) {
      if (isKittyError(error)) {
        await settleInbound(db, scope, inboundId, { state: 'processed' });
        return textReply(error.message);
      }
      logger.error('handling a message failed', { inboundId, error: error instanceof Error ? error.message : String(error) });
      await settleInbound(db, scope, inboundId, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
      return textReply('Something went wrong on my side. Your message is saved; please try again in a moment.');
    }
  }

  /** `settled`: the inbound message was already marked processed in the same commit as the drafts. */
  async function respond(
    message: IncomingMessage,
    scope: HouseholdScope,
    inboundId: string,
    context: HouseholdContext,
  ): Promise<{ reply: Reply; settled: boolean }> {
    const unsettled = (reply: Reply) => ({ reply, settled: false });
    const text = readableText(message.text);
    if (text.length > MAX_MESSAGE_CHARS) {
      return unsettled(textReply(`That message is too long for me (over ${MAX_MESSAGE_CHARS.toLocaleString('en')} characters). Send expenses a few at a time.`));
    }
    if (text === '' && !message.media?.length) return unsettled(textReply(otherReply('unknown', 0)));

    const at = now();
    const reading = await read(text, message.media, context, scope, inboundId, at);
    const { interpretation } = reading;
    // A photo or recording the offline reader cannot see is not guessed at from its caption.
    if (message.media?.length && reading.source === 'offline') return unsettled(textReply(reading.notice ?? MEDIA_NEEDS_MODEL));
    const withNotice = (reply: Reply): Reply => (reading.notice ? { ...reply, notice: reading.notice } : reply);

    switch (interpretation.kind) {
      case 'expense':
        return { reply: withNotice(await saveDrafts(interpretation.drafts, context, scope, inboundId, at)), settled: true };
      case 'question':
        return unsettled(withNotice(await answerQuestion(db, scope, context, interpretation.intent, at)));
      case 'edit':
        return unsettled(withNotice(await applyEdit(db, scope, context, interpretation.edit, message.replyToExpenseId)));
      case 'other':
        return unsettled(withNotice(textReply(otherReply(interpretation.topic, await pendingCount(scope)))));
    }
  }

  async function read(
    text: string,
    media: readonly UserPart[] | undefined,
    context: HouseholdContext,
    scope: HouseholdScope,
    inboundId: string,
    at: Date,
  ): Promise<Reading> {
    const choice = chooseModel(deps.llm, context.modelSettings);
    return readMessage(
      {
        text,
        ...(media && { media }),
        context: interpretContext(context, at),
        latestDraft: async () => {
          const draft = await latestDraft(db, scope);
          return draft && cardLine(draftCard(draft, context));
        },
      },
      {
        mode: choice.mode,
        ...(deps.offlineReader && { offline: deps.offlineReader }),
        provider: () => householdProvider(scope, context.modelSettings, choice),
        report: (call) => audit(scope, inboundId, call),
      },
    );
  }

  /** The provider client for the household's choice; its own key is decrypted only here, only when needed. */
  async function householdProvider(scope: HouseholdScope, settings: ModelSettings | undefined, choice: ModelChoice) {
    const householdKey =
      settings?.hasApiKey && settings.provider === choice.provider && deps.keyring ? await readModelApiKey(db, scope, deps.keyring) : undefined;
    return providerFor(deps.llm, choice, householdKey, deps.sleep ? { sleep: deps.sleep } : {});
  }

  async function audit(scope: HouseholdScope, inboundId: string, call: ModelCallReport): Promise<void> {
    await recordModelCall(db, scope, {
      inboundMessageId: inboundId,
      provider: call.provider,
      model: call.model,
      purpose: call.purpose,
      inputSummary: call.inputSummary,
      rawOutput: call.result?.raw ?? null,
      validationErrors: call.validationErrors ?? null,
      error: call.error ?? null,
      inputTokens: call.result?.usage.inputTokens ?? null,
      outputTokens: call.result?.usage.outputTokens ?? null,
      latencyMs: call.latencyMs,
    });
  }

  async function saveDrafts(
    proposed: readonly ProposedDraft[],
    context: HouseholdContext,
    scope: HouseholdScope,
    inboundId: string,
    at: Date,
  ): Promise<Reply> {
    const inputs = proposed.map((draft): DraftInput => {
      const { category, categoryChoices, paidBy, unknownPayer } = draftQuestions(draft, context);
      return {
        amount: toDecimalString(draft.amountMinor, draft.currency),
        currency: draft.currency,
        category,
        date: draft.date,
        description: draft.description,
        ...(paidBy && { paidBy }),
        ...(categoryChoices && { categoryChoices }),
        ...(unknownPayer && { unknownPayer }),
        ...(draft.split !== undefined && { split: splitSpec(draft.split, context) }),
        sourceMessageId: inboundId,
      };
    });
    const drafts = await inHousehold(db, scope, async (tx) => {
      const saved = await insertDrafts(tx, scope, inputs, { now: at });
      await markInbound(tx, scope, inboundId, { state: 'processed' });
      return saved;
    });
    const cards = drafts.map((expense) => draftCard(expense, context));
    const text = draftsText(cards);
    return {
      text,
      drafts: cards,
      ...(cards.length > 1 && { confirmAll: { expenseIds: cards.map((card) => card.expenseId) } }),
    };
  }

  async function pendingCount(scope: HouseholdScope): Promise<number> {
    return (await listExpenses(db, scope, { status: ['draft'], limit: 200 })).items.length;
  }

  return {
    handle,
    /**
     * Stores a delivery before the channel does slow work on it (downloading and transcribing a
     * voice note), or one that only a button press made; `duplicate` means it was seen before.
     */
    record: async (inbound: Inbound): Promise<{ inboundId: string; duplicate: boolean }> => {
      const { message, duplicate } = await recordInbound(db, inbound);
      return { inboundId: message.id, duplicate };
    },
    /**
     * A chat delivery's first step in one round trip: who sent it (undefined for a stranger) and
     * storing it in the inbox, before anything reads it.
     */
    receive: (identity: IdentityRef, inbound: Omit<Inbound, 'scope' | 'provider'>) =>
      asSystem(db, async (tx) => {
        const scope = await findIdentity(tx, identity);
        const { message, duplicate } = await insertInbound(tx, {
          ...inbound,
          provider: identity.provider,
          ...(scope && { scope }),
        });
        return { scope, inboundId: message.id, duplicate };
      }),
    settle: (scope: HouseholdScope, inboundId: string, outcome: InboundOutcome) => settleInbound(db, scope, inboundId, outcome),
    /** A stranger's delivery that made them this member (start, link, join) becomes theirs, processed. */
    adopt: (scope: HouseholdScope, inboundId: string) => adoptInbound(db, scope, inboundId),
    undo: (scope: HouseholdScope) => undoLast(db, scope),
    /** Deletes a confirmed expense from the ledger; undo brings it back. */
    remove: (scope: HouseholdScope, expenseId: string) => deleteConfirmed(db, scope, expenseId),
    people: {
      /** The member a verified chat account belongs to, if any. */
      identify: (identity: IdentityRef) => resolveIdentity(db, identity),
      startHousehold: (identity: IdentityRef, input: { name: string; currency: string; timeZone: string; displayName: string }) =>
        createHousehold(db, { name: input.name, currency: input.currency, timeZone: input.timeZone, owner: { displayName: input.displayName } }, identity),
      join: (identity: IdentityRef, input: { code: string; displayName: string }) => joinHousehold(db, input, identity),
      inviteCode: (scope: HouseholdScope) => getInviteCode(db, scope),
      /** A one-time code that attaches another chat account (Slack) to this member. */
      linkCode: (scope: HouseholdScope) => createAccountLinkCode(db, scope, now()),
      /** Spends a link code: this account acts as the member who asked for it. */
      redeemLinkCode: (identity: IdentityRef, code: string) => redeemAccountLinkCode(db, code, identity, now()),
      household: (scope: HouseholdScope) => getHousehold(db, scope),
      /** The household's members, oldest first. */
      members: (scope: HouseholdScope) => listMembers(db, scope),
      /** The acting member's new display name; a name another member has is refused. */
      rename: (scope: HouseholdScope, displayName: string) => renameMember(db, scope, { displayName }),
      /** An admin adds a partner who writes from `identity` (the console, where both share one keyboard). */
      add: (scope: HouseholdScope, displayName: string, identity: (memberId: string) => IdentityRef) =>
        addMember(db, scope, { displayName }, identity),
    },
    confirm: (scope: HouseholdScope, expenseId: string) => confirmDraft(db, scope, expenseId),
    confirmAll: (scope: HouseholdScope, expenseIds: readonly string[]) => confirmDrafts(db, scope, expenseIds),
    discard: (scope: HouseholdScope, expenseId: string) => discardDraft(db, scope, expenseId),
    edit: (scope: HouseholdScope, expenseId: string, patch: ExpenseEdit) => editDraft(db, scope, expenseId, patch),
    /** The answer to a card's "which category?": one of its choices or any visible category; learned for the merchant. */
    chooseCategory: (scope: HouseholdScope, expenseId: string, slug: string) => chooseCategory(db, scope, expenseId, slug),
    /** The answer to a card's "who paid?": a member id. */
    choosePayer: (scope: HouseholdScope, expenseId: string, memberId: string) => choosePayer(db, scope, expenseId, memberId),
    /** For the settings page's "test connection": a tiny real request with the household's current choice. */
    async testConnection(scope: HouseholdScope): Promise<ConnectionCheck | { ok: true; offline: true }> {
      const settings = (await loadHouseholdContext(db, scope)).modelSettings;
      const choice = chooseModel(deps.llm, settings);
      if (choice.mode === 'offline') return { ok: true, offline: true };
      const provider = await householdProvider(scope, settings, choice);
      if (!provider) return { ok: false, error: `No API key is set for ${choice.provider}.` };
      return provider.testConnection();
    },
    /** The cards of every draft logged from the same message as this one, as they stand now. */
    async cardsFromSameMessage(scope: HouseholdScope, expenseId: string): Promise<DraftCard[]> {
      const [expenses, context] = await Promise.all([expensesFromSameMessage(db, scope, expenseId), loadHouseholdContext(db, scope)]);
      return expenses.map((expense) => draftCard(expense, context));
    },
    /** The cards of these expenses as they stand now, in the order given; other households' ids find nothing. */
    async cardsOf(scope: HouseholdScope, expenseIds: readonly string[]): Promise<DraftCard[]> {
      const [expenses, context] = await Promise.all([expensesByIds(db, scope, expenseIds), loadHouseholdContext(db, scope)]);
      return expenses.map((expense) => draftCard(expense, context));
    },
    /** The household's visible categories, for pickers. */
    categories: async (scope: HouseholdScope) => (await listCategories(db, scope)).map(({ slug, label }) => ({ slug, label })),
    /** The household's drafts awaiting a decision, newest first. */
    async pendingDrafts(scope: HouseholdScope): Promise<Reply> {
      const [page, context] = await Promise.all([listExpenses(db, scope, { status: ['draft'], limit: 50 }), loadHouseholdContext(db, scope)]);
      const cards = page.items.map((expense) => draftCard(expense, context));
      return {
        text: cards.length === 0 ? 'No drafts waiting.' : `${cards.length} draft${cards.length === 1 ? '' : 's'} waiting.`,
        drafts: cards,
        ...(cards.length > 1 && { confirmAll: { expenseIds: cards.map((card) => card.expenseId) } }),
      };
    },
  };
}
