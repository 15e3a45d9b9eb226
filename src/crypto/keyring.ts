import { KittyError } from '../domain/errors.ts';

/**
 * Envelope encryption for secrets at rest (model API keys). Each household has its own random
 * 256-bit data key, stored only wrapped (AES-256-GCM) by the master APP_ENCRYPTION_KEY; secrets are
 * encrypted with the data key. The household id is bound in as additional authenticated data, so a
 * ciphertext copied into another household's row fails to decrypt instead of leaking.
 * WebCrypto only: the same code runs on Node and Workers.
 *
 * Format of every stored value: `v1.<iv base64url>.<ciphertext+tag base64url>`.
 */
export type Keyring = {
  /** A fresh data key for a household, wrapped for storage. */
  newWrappedDataKey(householdId: string): Promise<string>;
  encrypt(wrappedDataKey: string, householdId: string, purpose: string, plaintext: string): Promise<string>;
  decrypt(wrappedDataKey: string, householdId: string, purpose: string, sealed: string): Promise<string>;
  /**
   * Secrets that belong to no household (a Slack workspace's installation), sealed directly
   * under the master key; `name` (the row's key) is bound in like a household id.
   */
  sealSystem(purpose: string, name: string, plaintext: string): Promise<string>;
  openSystem(purpose: string, name: string, sealed: string): Promise<string>;
};

/** WebCrypto's key type, named without a DOM or node:crypto type import so the file stays runtime-neutral. */
type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const VERSION = 'v1';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function createKeyring(masterKey: Uint8Array | undefined): Keyring {
  const master = masterKey ? importAesKey(masterKey) : undefined;

  function requireMaster(): Promise<CryptoKey> {
    if (!master) {
      throw new KittyError(
        'encryption_unavailable',
        'Kitty cannot store secrets until APP_ENCRYPTION_KEY is set (generate one with `openssl rand -base64 32`).',
      );
    }
    return master;
  }

  async function unwrap(wrappedDataKey: string, householdId: string): Promise<CryptoKey> {
    const raw = await open(await requireMaster(), wrappedDataKey, `household-data-key:${householdId}`);
    return importAesKey(raw);
  }

  return {
    async newWrappedDataKey(householdId) {
      const dataKey = crypto.getRandomValues(new Uint8Array(32));
      return seal(await requireMaster(), dataKey, `household-data-key:${householdId}`);
    },
    async encrypt(wrappedDataKey, householdId, purpose, plaintext) {
      const key = await unwrap(wrappedDataKey, householdId);
      return seal(key, encoder.encode(plaintext), `${purpose}:${householdId}`);
    },
    async decrypt(wrappedDataKey, householdId, purpose, sealed) {
      const key = await unwrap(wrappedDataKey, householdId);
      return decoder.decode(await open(key, sealed, `${purpose}:${householdId}`));
    },
    async sealSystem(purpose, name, plaintext) {
      return seal(await requireMaster(), encoder.encode(plaintext), `system:${purpose}:${name}`);
    },
    async openSystem(purpose, name, sealed) {
      return decoder.decode(await open(await requireMaster(), sealed, `system:${purpose}:${name}`));
    },
  };
}

function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

async function seal(key: CryptoKey, plaintext: Uint8Array, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    plaintext,
  );
  return [VERSION, toBase64Url(iv), toBase64Url(new Uint8Array(ciphertext))].join('.');
}

async function open(key: CryptoKey, sealed: string, context: string): Promise<Uint8Array> {
  const [version, iv, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !ciphertext) throw new Error('Unrecognised encrypted value format.');
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(iv), additionalData: encoder.encode(context) },
      key,
      fromBase64Url(ciphertext),
    );
    return new Uint8Array(plaintext);
  } catch {
    // WebCrypto's OperationError says nothing useful; this says what it means for an operator.
    throw new Error('A stored secret could not be decrypted: APP_ENCRYPTION_KEY differs from the one it was stored with.');
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
