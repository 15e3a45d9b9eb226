import { describe, expect, it } from 'vitest';
import { createKeyring } from '../../src/crypto/keyring.ts';

const master = crypto.getRandomValues(new Uint8Array(32));
const household = crypto.randomUUID();

describe('keyring', () => {
  it('round-trips a secret through a wrapped per-household data key', async () => {
    const keyring = createKeyring(master);
    const wrapped = await keyring.newWrappedDataKey(household);
    const sealed = await keyring.encrypt(wrapped, household, 'llm-api-key', 'sk-ant-secret-1234');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('secret');
    expect(await keyring.decrypt(wrapped, household, 'llm-api-key', sealed)).toBe('sk-ant-secret-1234');
    // Fresh IVs: the same secret never encrypts to the same text twice.
    expect(await keyring.encrypt(wrapped, household, 'llm-api-key', 'sk-ant-secret-1234')).not.toBe(sealed);
  });

  it('refuses to decrypt under another household, purpose or master key, or after tampering', async () => {
    const keyring = createKeyring(master);
    const wrapped = await keyring.newWrappedDataKey(household);
    const sealed = await keyring.encrypt(wrapped, household, 'llm-api-key', 'secret');
    await expect(keyring.decrypt(wrapped, crypto.randomUUID(), 'llm-api-key', sealed)).rejects.toThrow(/could not be decrypted/);
    await expect(keyring.decrypt(wrapped, household, 'other-purpose', sealed)).rejects.toThrow(/could not be decrypted/);
    const otherMaster = createKeyring(crypto.getRandomValues(new Uint8Array(32)));
    await expect(otherMaster.decrypt(wrapped, household, 'llm-api-key', sealed)).rejects.toThrow(/APP_ENCRYPTION_KEY/);
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BA' : 'AA');
    await expect(keyring.decrypt(wrapped, household, 'llm-api-key', flipped)).rejects.toThrow();
  });

  it('seals system secrets under the master key, bound to their purpose and name', async () => {
    const keyring = createKeyring(master);
    const sealed = await keyring.sealSystem('slack-installation', 'team:T1', '{"bot":{"token":"xoxb-1"}}');
    expect(sealed).not.toContain('xoxb');
    expect(await keyring.openSystem('slack-installation', 'team:T1', sealed)).toBe('{"bot":{"token":"xoxb-1"}}');
    await expect(keyring.openSystem('slack-installation', 'team:T2', sealed)).rejects.toThrow(/could not be decrypted/);
    await expect(createKeyring(undefined).sealSystem('slack-installation', 'team:T1', 'x')).rejects.toThrow(/APP_ENCRYPTION_KEY/);
  });

  it('without a master key, says which setting is missing', async () => {
    await expect(createKeyring(undefined).newWrappedDataKey(household)).rejects.toMatchObject({
      code: 'encryption_unavailable',
      message: expect.stringContaining('APP_ENCRYPTION_KEY'),
    });
  });
});
