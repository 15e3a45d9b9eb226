import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyring } from '../../src/crypto/keyring.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import * as schema from '../../src/db/schema.ts';
import { getModelSettings, readModelApiKey, saveModelSettings } from '../../src/services/model-settings.ts';
import { expectRejection } from '../support/kitty-errors.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestHousehold } from '../support/households.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterAll(() => handle.close());

const masterKey = crypto.getRandomValues(new Uint8Array(32));
const keyring = createKeyring(masterKey);
const API_KEY = 'sk-ant-test-0123456789abcdefWXYZ';

/** The stored rows, read as the connection's own role (no household scope, no service code). */
async function rawRows(householdId: string) {
  const [settings] = await handle.db.select().from(schema.llmSettings).where(eq(schema.llmSettings.householdId, householdId));
  const [household] = await handle.db.select().from(schema.households).where(eq(schema.households.id, householdId));
  return { settings, household };
}

describe('saveModelSettings', () => {
  it('has no settings until an admin saves some', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    expect(await getModelSettings(handle.db, arjun)).toBeUndefined();
    expect(await readModelApiKey(handle.db, priya, keyring)).toBeUndefined();
  });

  it("only an admin may save: Priya gets 'forbidden' and nothing is stored", async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await expectRejection(saveModelSettings(handle.db, priya, { provider: 'anthropic', model: 'claude', apiKey: API_KEY }, keyring),
      'forbidden',
    );
    expect(await getModelSettings(handle.db, arjun)).toBeUndefined();
    const { settings, household } = await rawRows(arjun.householdId);
    expect(settings).toBeUndefined();
    expect(household?.wrappedDataKey).toBeNull();

    // Arjun can, and Priya may then read what was chosen (without the key).
    await saveModelSettings(handle.db, arjun, { provider: 'openai', model: 'gpt-x' }, keyring);
    expect(await getModelSettings(handle.db, priya)).toEqual({
      provider: 'openai',
      model: 'gpt-x',
      interpreterMode: null,
      hasApiKey: false,
      apiKeyHint: null,
    });
    await expectRejection(saveModelSettings(handle.db, priya, { provider: 'offline' }, keyring), 'forbidden');
    expect((await getModelSettings(handle.db, arjun))?.provider).toBe('openai');
  });

  it('stores the API key encrypted: the plaintext is in neither the settings nor the household row', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    const saved = await saveModelSettings(
      handle.db,
      arjun,
      { provider: 'anthropic', model: 'claude-sonnet', interpreterMode: 'hybrid', apiKey: API_KEY },
      keyring,
    );
    expect(saved).toEqual({
      provider: 'anthropic',
      model: 'claude-sonnet',
      interpreterMode: 'hybrid',
      hasApiKey: true,
      apiKeyHint: 'WXYZ',
    });

    const { settings, household } = await rawRows(arjun.householdId);
    expect(settings).toBeDefined();
    expect(household).toBeDefined();
    expect(JSON.stringify(settings)).not.toContain(API_KEY);
    expect(JSON.stringify(household)).not.toContain(API_KEY);
    // Not even a recognisable chunk of it (the hint is the only part kept in clear).
    expect(JSON.stringify(settings)).not.toContain(API_KEY.slice(0, 12));
    expect(settings?.apiKeyCiphertext).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(settings?.apiKeyHint).toBe('WXYZ');
    expect(settings?.updatedBy).toBe(arjun.memberId);
    expect(household?.wrappedDataKey).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);

    expect(await readModelApiKey(handle.db, arjun, keyring)).toBe(API_KEY);
  });

  it('getModelSettings shows only whether a key is stored and its last four characters', async () => {
    const { arjun, priya } = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, arjun, { provider: 'gemini', apiKey: '  AIzaSy-secret-key-9876  ' }, keyring);
    const shown = await getModelSettings(handle.db, priya);
    expect(shown).toEqual({ provider: 'gemini', model: null, interpreterMode: null, hasApiKey: true, apiKeyHint: '9876' });
    expect(JSON.stringify(shown)).not.toContain('secret');
    // Stored trimmed.
    expect(await readModelApiKey(handle.db, arjun, keyring)).toBe('AIzaSy-secret-key-9876');
  });

  it('apiKey absent keeps the stored key, a new one replaces it, null removes it', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, arjun, { provider: 'anthropic', model: 'a', apiKey: API_KEY }, keyring);
    const first = await rawRows(arjun.householdId);

    // Absent: kept, and model/interpreterMode absent are kept too.
    const kept = await saveModelSettings(handle.db, arjun, { provider: 'openai' }, keyring);
    expect(kept).toEqual({ provider: 'openai', model: 'a', interpreterMode: null, hasApiKey: true, apiKeyHint: 'WXYZ' });
    expect(await readModelApiKey(handle.db, arjun, keyring)).toBe(API_KEY);
    expect((await rawRows(arjun.householdId)).settings?.apiKeyCiphertext).toBe(first.settings?.apiKeyCiphertext);

    // Replaced: the household's data key is reused, the ciphertext is new.
    const second = 'sk-second-key-00001111';
    expect((await saveModelSettings(handle.db, arjun, { provider: 'openai', apiKey: second }, keyring)).apiKeyHint).toBe('1111');
    expect(await readModelApiKey(handle.db, arjun, keyring)).toBe(second);
    const replaced = await rawRows(arjun.householdId);
    expect(replaced.household?.wrappedDataKey).toBe(first.household?.wrappedDataKey);
    expect(replaced.settings?.apiKeyCiphertext).not.toBe(first.settings?.apiKeyCiphertext);

    // Null: removed, and model null clears the model.
    const removed = await saveModelSettings(handle.db, arjun, { provider: 'offline', model: null, apiKey: null }, keyring);
    expect(removed).toEqual({ provider: 'offline', model: null, interpreterMode: null, hasApiKey: false, apiKeyHint: null });
    expect(await readModelApiKey(handle.db, arjun, keyring)).toBeUndefined();
    const after = await rawRows(arjun.householdId);
    expect(after.settings?.apiKeyCiphertext).toBeNull();
    expect(after.settings?.apiKeyHint).toBeNull();
  });

  it('encrypting the same key twice gives different ciphertexts (fresh IV)', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, arjun, { provider: 'anthropic', apiKey: API_KEY }, keyring);
    const first = (await rawRows(arjun.householdId)).settings?.apiKeyCiphertext;
    await saveModelSettings(handle.db, arjun, { provider: 'anthropic', apiKey: API_KEY }, keyring);
    const second = (await rawRows(arjun.householdId)).settings?.apiKeyCiphertext;
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });

  it("rejects bad input with 'invalid_input'", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await expectRejection(saveModelSettings(handle.db, arjun, { provider: 'skynet' as 'openai' }, keyring), 'invalid_input');
    await expectRejection(saveModelSettings(handle.db, arjun, { provider: 'openai', apiKey: 'short' }, keyring), 'invalid_input');
    await expectRejection(saveModelSettings(handle.db, arjun, { provider: 'openai', interpreterMode: 'yolo' as 'model' }, keyring),
      'invalid_input',
    );
    expect(await getModelSettings(handle.db, arjun)).toBeUndefined();
  });
});

describe('without a master key', () => {
  const noKeys = createKeyring(undefined);

  it("saving an API key fails with 'encryption_unavailable' and changes nothing", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await expectRejection(saveModelSettings(handle.db, arjun, { provider: 'anthropic', model: 'claude', apiKey: API_KEY }, noKeys),
      'encryption_unavailable',
    );
    expect(await getModelSettings(handle.db, arjun)).toBeUndefined();
    const { settings, household } = await rawRows(arjun.householdId);
    expect(settings).toBeUndefined();
    expect(household?.wrappedDataKey).toBeNull();
  });

  it('saving provider and model without a key works', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    expect(await saveModelSettings(handle.db, arjun, { provider: 'anthropic', model: 'claude', interpreterMode: 'model' }, noKeys)).toEqual({
      provider: 'anthropic',
      model: 'claude',
      interpreterMode: 'model',
      hasApiKey: false,
      apiKeyHint: null,
    });
    // Removing a key needs no encryption either.
    expect((await saveModelSettings(handle.db, arjun, { provider: 'anthropic', apiKey: null }, noKeys)).hasApiKey).toBe(false);
    expect(await readModelApiKey(handle.db, arjun, noKeys)).toBeUndefined();
  });

  it("reading a stored key fails with 'encryption_unavailable'; saving another is refused and keeps the old one", async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, arjun, { provider: 'anthropic', apiKey: API_KEY }, keyring);
    await expectRejection(readModelApiKey(handle.db, arjun, noKeys), 'encryption_unavailable');
    await expectRejection(saveModelSettings(handle.db, arjun, { provider: 'openai', apiKey: 'sk-another-key-2222' }, noKeys),
      'encryption_unavailable',
    );
    expect(await getModelSettings(handle.db, arjun)).toMatchObject({ provider: 'anthropic', apiKeyHint: 'WXYZ' });
    expect(await readModelApiKey(handle.db, arjun, keyring)).toBe(API_KEY);
  });
});

describe('key binding', () => {
  it('a different master key cannot decrypt the stored key', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, arjun, { provider: 'anthropic', apiKey: API_KEY }, keyring);
    const otherKeyring = createKeyring(crypto.getRandomValues(new Uint8Array(32)));
    await expect(readModelApiKey(handle.db, arjun, otherKeyring)).rejects.toThrow(/could not be decrypted/);
    expect(await readModelApiKey(handle.db, arjun, keyring)).toBe(API_KEY);
  });

  it("a ciphertext copied into another household's row does not decrypt there", async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, home.arjun, { provider: 'anthropic', apiKey: API_KEY }, keyring);
    await saveModelSettings(handle.db, other.arjun, { provider: 'anthropic', apiKey: 'sk-other-household-3333' }, keyring);
    const stolen = (await rawRows(home.arjun.householdId)).settings?.apiKeyCiphertext;
    expect(stolen).toBeTruthy();

    await handle.db
      .update(schema.llmSettings)
      .set({ apiKeyCiphertext: stolen })
      .where(eq(schema.llmSettings.householdId, other.arjun.householdId));
    await expect(readModelApiKey(handle.db, other.arjun, keyring)).rejects.toThrow(/could not be decrypted/);
  });

  it("copying the wrapped data key along with the ciphertext does not help: both are bound to the household id", async () => {
    const home = await createTestHousehold(handle.db);
    const other = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, home.arjun, { provider: 'anthropic', apiKey: API_KEY }, keyring);
    await saveModelSettings(handle.db, other.arjun, { provider: 'anthropic' }, keyring);
    const source = await rawRows(home.arjun.householdId);

    await handle.db
      .update(schema.households)
      .set({ wrappedDataKey: source.household?.wrappedDataKey })
      .where(eq(schema.households.id, other.arjun.householdId));
    await handle.db
      .update(schema.llmSettings)
      .set({ apiKeyCiphertext: source.settings?.apiKeyCiphertext, apiKeyHint: 'WXYZ' })
      .where(eq(schema.llmSettings.householdId, other.arjun.householdId));
    await expect(readModelApiKey(handle.db, other.arjun, keyring)).rejects.toThrow(/could not be decrypted/);
    // The original still reads.
    expect(await readModelApiKey(handle.db, home.arjun, keyring)).toBe(API_KEY);
  });

  it('a secret sealed for one purpose does not open for another (keyring)', async () => {
    const householdId = crypto.randomUUID();
    const wrapped = await keyring.newWrappedDataKey(householdId);
    const sealed = await keyring.encrypt(wrapped, householdId, 'llm-api-key', 'top secret');
    expect(await keyring.decrypt(wrapped, householdId, 'llm-api-key', sealed)).toBe('top secret');
    await expect(keyring.decrypt(wrapped, householdId, 'webhook-secret', sealed)).rejects.toThrow(/could not be decrypted/);
    await expect(keyring.decrypt(wrapped, crypto.randomUUID(), 'llm-api-key', sealed)).rejects.toThrow(/could not be decrypted/);
  });
});
