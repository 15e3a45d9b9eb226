import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Keyring } from '../crypto/keyring.ts';
import type { Database, Transaction } from '../db/database.ts';
import { households, llmSettings } from '../db/schema.ts';
import { inHousehold, type HouseholdScope } from '../db/scope.ts';
import { loadHousehold } from './households.ts';
import { requireAdmin } from './members.ts';
import { parseInput } from './validation.ts';

export const MODEL_PROVIDERS = ['offline', 'anthropic', 'gemini', 'openai'] as const;
export const INTERPRETER_MODES = ['offline', 'hybrid', 'model'] as const;

const API_KEY_PURPOSE = 'llm-api-key';

/** What a settings page may show: never the key itself, only whether one is stored and its last characters. */
export type ModelSettings = {
  provider: (typeof MODEL_PROVIDERS)[number];
  model: string | null;
  interpreterMode: (typeof INTERPRETER_MODES)[number] | null;
  hasApiKey: boolean;
  apiKeyHint: string | null;
};

const settingsInput = z.object({
  provider: z.enum(MODEL_PROVIDERS, { message: `Choose one of: ${MODEL_PROVIDERS.join(', ')}.` }),
  model: z.string().trim().min(1).max(200).nullable().optional(),
  interpreterMode: z.enum(INTERPRETER_MODES, { message: `Choose one of: ${INTERPRETER_MODES.join(', ')}.` }).nullable().optional(),
  /** A string replaces the stored key, null removes it, absent keeps it. */
  apiKey: z.string().trim().min(8, 'That API key looks too short.').max(500).nullable().optional(),
});
export type ModelSettingsInput = z.input<typeof settingsInput>;

export async function getModelSettings(db: Database, scope: HouseholdScope): Promise<ModelSettings | undefined> {
  return inHousehold(db, scope, (tx) => readModelSettings(tx, scope));
}

export async function readModelSettings(tx: Transaction, scope: HouseholdScope): Promise<ModelSettings | undefined> {
  const row = await loadSettings(tx, scope);
  return row && toPublic(row);
}

/** Admins choose the household's model; the API key is encrypted before it reaches the database. */
export async function saveModelSettings(
  db: Database,
  scope: HouseholdScope,
  input: ModelSettingsInput,
  keyring: Keyring,
): Promise<ModelSettings> {
  const values = parseInput(settingsInput, input);
  return inHousehold(db, scope, async (tx) => {
    await requireAdmin(tx, scope, 'change the model settings');
    const key =
      values.apiKey === undefined
        ? {}
        : values.apiKey === null
          ? { apiKeyCiphertext: null, apiKeyHint: null }
          : {
              apiKeyCiphertext: await keyring.encrypt(
                await householdDataKey(tx, scope, keyring),
                scope.householdId,
                API_KEY_PURPOSE,
                values.apiKey,
              ),
              apiKeyHint: values.apiKey.slice(-4),
            };
    const row = {
      provider: values.provider,
      ...(values.model !== undefined && { model: values.model }),
      ...(values.interpreterMode !== undefined && { interpreterMode: values.interpreterMode }),
      ...key,
      updatedBy: scope.memberId,
      updatedAt: new Date(),
    };
    const [saved] = await tx
      .insert(llmSettings)
      .values({ householdId: scope.householdId, ...row })
      .onConflictDoUpdate({ target: llmSettings.householdId, set: row })
      .returning();
    if (!saved) throw new Error('Saving model settings returned no row.');
    return toPublic(saved);
  });
}

/** The decrypted key, for the provider client only; never send it to a page or a log. */
export async function readModelApiKey(db: Database, scope: HouseholdScope, keyring: Keyring): Promise<string | undefined> {
  return inHousehold(db, scope, async (tx) => {
    const row = await loadSettings(tx, scope);
    if (!row?.apiKeyCiphertext) return undefined;
    const household = await loadHousehold(tx, scope);
    if (!household.wrappedDataKey) throw new Error('An API key is stored but the household has no data key.');
    return keyring.decrypt(household.wrappedDataKey, scope.householdId, API_KEY_PURPOSE, row.apiKeyCiphertext);
  });
}

async function loadSettings(tx: Transaction, scope: HouseholdScope) {
  const [row] = await tx.select().from(llmSettings).where(eq(llmSettings.householdId, scope.householdId));
  return row;
}

/** The household's wrapped data key, created the first time a secret is stored. */
async function householdDataKey(tx: Transaction, scope: HouseholdScope, keyring: Keyring): Promise<string> {
  const household = await loadHousehold(tx, scope);
  if (household.wrappedDataKey) return household.wrappedDataKey;
  const wrapped = await keyring.newWrappedDataKey(scope.householdId);
  await tx.update(households).set({ wrappedDataKey: wrapped }).where(eq(households.id, scope.householdId));
  return wrapped;
}

function toPublic(row: typeof llmSettings.$inferSelect): ModelSettings {
  return {
    provider: row.provider as ModelSettings['provider'],
    model: row.model,
    interpreterMode: row.interpreterMode as ModelSettings['interpreterMode'],
    hasApiKey: row.apiKeyCiphertext !== null,
    apiKeyHint: row.apiKeyHint,
  };
}
