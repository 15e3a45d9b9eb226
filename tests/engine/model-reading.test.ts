import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type LlmConfig } from '../../src/config/index.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { getExpense } from '../../src/services/expenses.ts';
import { listInbound } from '../../src/services/inbox.ts';
import { listModelCalls } from '../../src/services/model-calls.ts';
import { saveModelSettings } from '../../src/services/model-settings.ts';
import { openTestDatabase } from '../support/database.ts';
import { createTestEngine, say, TEST_ENCRYPTION_KEY } from '../support/engine.ts';
import {
  anthropicError,
  anthropicToolUse,
  geminiFunctionCalls,
  openaiError,
  openaiToolCalls,
  startFakeAnthropic,
  startFakeGemini,
  startFakeOpenAI,
  type FakeModelServer,
} from '../support/fake-model-servers/index.ts';
import { createTestHousehold } from '../support/households.ts';

/**
 * The engine with a real provider SDK talking to a local fake of its API: how many calls each
 * message costs, what is audited, and how Kitty falls back when the model fails.
 */
let handle: DatabaseHandle;
const servers: FakeModelServer[] = [];
const ENV_KEY = 'sk-env-key-0123456789';

beforeAll(async () => {
  handle = await openTestDatabase();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(() => handle.close());

async function fake(start: () => Promise<FakeModelServer>): Promise<FakeModelServer> {
  const server = await start();
  servers.push(server);
  return server;
}

function llm(provider: 'anthropic' | 'gemini' | 'openai', url: string, mode: LlmConfig['mode']): Partial<LlmConfig> {
  const base = loadConfig({}).llm;
  return { provider, mode, model: 'test-model', endpoints: { ...base.endpoints, [provider]: { apiKey: ENV_KEY, baseUrl: url } } };
}

describe('model mode', () => {
  it('logs with one Anthropic round trip and audits it', async () => {
    const server = await fake(startFakeAnthropic);
    server.respondWith(
      anthropicToolUse([{ name: 'propose_expenses', input: { expenses: [{ amount: '320', category: 'groceries', description: 'vegetables' }] } }]),
    );
    const { arjun } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { llm: llm('anthropic', server.url, 'model') });

    const reply = await say(engine, arjun, 'sabzi 320');

    expect(server.requests).toHaveLength(1);
    expect(reply.drafts.map((card) => [card.amount, card.category.slug, card.description])).toEqual([['₹320.00', 'groceries', 'vegetables']]);
    expect(reply.notice).toBeUndefined();
    const body = server.requests[0]!.body as { system: { text: string; cache_control?: unknown }[]; messages: unknown[] };
    expect(body.system[0]!.cache_control).toEqual({ type: 'ephemeral' });
    expect(body.system[1]!.text).toContain('Today is 2026-03-18 (Wednesday) in Asia/Kolkata.');

    const [inbound] = await listInbound(handle.db, arjun, 'processed');
    const [call] = await listModelCalls(handle.db, arjun);
    expect(call).toMatchObject({ provider: 'anthropic', model: 'test-model', purpose: 'interpret', inboundMessageId: inbound!.id, inputSummary: 'sabzi 320', validationErrors: null, error: null });
    expect(call!.rawOutput).toContain('propose_expenses');
    expect(call!.inputTokens).toBeGreaterThan(0);
  });

  it("tells the model how the household writes numbers, so a Berlin '2,40' is two euros forty", async () => {
    const server = await fake(startFakeAnthropic);
    server.respondWith(anthropicToolUse([{ name: 'propose_expenses', input: { expenses: [{ amount: '2.40', category: 'dining', description: 'croissant' }] } }]));
    const { arjun } = await createTestHousehold(handle.db, { currency: 'EUR', timeZone: 'Europe/Berlin' });
    const { engine } = createTestEngine(handle.db, { llm: llm('anthropic', server.url, 'model') });

    const reply = await say(engine, arjun, 'croissant 2,40');

    const body = server.requests[0]!.body as { system: { text: string }[] };
    expect(body.system[1]!.text).toContain('writes numbers and dates like this: a decimal comma ("2,40" is 2.40, "1.250" is 1250), dates with the day first');
    expect(reply.drafts.map((card) => card.amount)).toEqual(['€2.40']);
  });

  it('answers a question with one OpenAI-compatible round trip, the numbers from the database', async () => {
    const server = await fake(startFakeOpenAI);
    const { arjun } = await createTestHousehold(handle.db);
    const offline = createTestEngine(handle.db).engine;
    const logged = await say(offline, arjun, 'dinner 2,000');
    await offline.confirm(arjun, logged.drafts[0]!.expenseId);
    // A model that "knows" a number is ignored: only the intent and its parameters are used.
    server.respondWith(openaiToolCalls([{ name: 'ask_analytics', arguments: { intent: 'category_spend_by_period', category: 'dining', period: { start: '2026-03-01', end: '2026-03-31' } } }], { text: 'You spent ₹99,999.' }));
    const { engine } = createTestEngine(handle.db, { llm: llm('openai', server.url, 'model') });

    const reply = await say(engine, arjun, 'what did eating out cost us this month?');

    expect(server.requests).toHaveLength(1);
    expect(reply.text).toContain('₹2,000.00');
    expect(reply.text).not.toContain('99,999');
  });

  it.each([
    ['anthropic', startFakeAnthropic, (args: unknown) => anthropicToolUse([{ name: 'ask_analytics', input: args }])],
    ['gemini', startFakeGemini, (args: unknown) => geminiFunctionCalls([{ name: 'ask_analytics', args }])],
    ['openai', startFakeOpenAI, (args: unknown) => openaiToolCalls([{ name: 'ask_analytics', arguments: args }])],
  ] as const)('answers "how much at costco?" with what was spent at Costco, not the Groceries total (%s)', async (provider, start, respond) => {
    const server = await fake(start);
    const { arjun } = await createTestHousehold(handle.db);
    const offline = createTestEngine(handle.db).engine;
    for (const text of ['costco 2,400 groceries', 'vegetables 500']) {
      const logged = await say(offline, arjun, text);
      await offline.confirm(arjun, logged.drafts[0]!.expenseId);
    }
    server.respondWith(respond({ intent: 'merchant_spend', merchant: 'costco', period: { start: '2026-03-01', end: '2026-03-31' } }));
    const { engine } = createTestEngine(handle.db, { llm: llm(provider, server.url, 'model') });

    const reply = await say(engine, arjun, 'how much have we spent at costco this month?');

    expect(server.requests).toHaveLength(1);
    expect(reply.text).toBe('The household spent ₹2,400.00 at Costco in March 2026 across 1 expense.');
    // The tool the model was offered names the intent and the field.
    const sent = JSON.stringify(server.requests[0]!.body);
    expect(sent).toContain('merchant_spend');
    expect(sent).toContain('For merchant_spend only');
  });

  it('asks once for a repair when the arguments do not validate, then uses the repaired answer', async () => {
    const server = await fake(startFakeOpenAI);
    server.respondWith(
      openaiToolCalls([{ name: 'propose_expenses', arguments: '{"expenses": [{"amount": "250", "category": "cabs"' }]),
      openaiToolCalls([{ name: 'propose_expenses', arguments: { expenses: [{ amount: '250', category: 'transport', description: 'uber' }] } }]),
    );
    const { arjun } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { llm: llm('openai', server.url, 'model') });

    const reply = await say(engine, arjun, 'uber 250');

    expect(server.requests).toHaveLength(2);
    expect(reply.drafts[0]?.category.slug).toBe('transport');
    const repair = server.requests[1]!.body as { messages: { role: string; content?: unknown }[] };
    expect(repair.messages.at(-1)).toMatchObject({ role: 'tool' });
    expect(JSON.stringify(repair.messages.at(-1))).toContain('not valid JSON');
    const calls = await listModelCalls(handle.db, arjun);
    expect(calls.map((call) => call.purpose).sort()).toEqual(['interpret', 'repair']);
    expect(calls.find((call) => call.purpose === 'interpret')?.validationErrors).toEqual([expect.stringContaining('not valid JSON')]);
  });

  it('falls back to the offline interpreter after a failed repair, and says so', async () => {
    const server = await fake(startFakeGemini);
    const wrong = geminiFunctionCalls([{ name: 'propose_expenses', args: { expenses: [{ amount: '250', category: 'cabs', description: 'uber' }] } }]);
    server.respondWith(wrong, wrong);
    const { arjun } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { llm: llm('gemini', server.url, 'model') });

    const reply = await say(engine, arjun, 'uber 250');

    expect(server.requests).toHaveLength(2);
    expect(reply.drafts.map((card) => [card.amount, card.category.slug])).toEqual([['₹250.00', 'transport']]);
    expect(reply.notice).toBe("Gemini gave an answer that did not check out, so Kitty's offline reader answered.");
    const calls = await listModelCalls(handle.db, arjun);
    expect(calls.map((call) => call.validationErrors)).toEqual([
      [expect.stringContaining('"cabs" is not a category')],
      [expect.stringContaining('"cabs" is not a category')],
    ]);
  });

  it('does not retry a rejected key, keeps the key out of the audit log, and still answers', async () => {
    const server = await fake(startFakeAnthropic);
    server.respondWith(anthropicError(401, `invalid x-api-key ${ENV_KEY}`, {}, 'authentication_error'));
    const { arjun } = await createTestHousehold(handle.db);
    const { engine, logs } = createTestEngine(handle.db, { llm: llm('anthropic', server.url, 'model') });

    const reply = await say(engine, arjun, 'coffee 180');

    expect(server.requests).toHaveLength(1);
    expect(reply.drafts).toHaveLength(1);
    expect(reply.notice).toBe("Claude could not be reached just now, so Kitty's offline reader answered.");
    const [call] = await listModelCalls(handle.db, arjun);
    expect(call?.error).toMatch(/401/);
    expect(JSON.stringify(call)).not.toContain(ENV_KEY);
    expect(logs.join('\n')).not.toContain(ENV_KEY);
  });

  it('waits as long as a 429 asks before trying again', async () => {
    const server = await fake(startFakeOpenAI);
    server.respondWith(
      openaiError(429, 'slow down', { 'retry-after': '2' }),
      openaiToolCalls([{ name: 'no_action', arguments: { topic: 'greeting' } }]),
    );
    const { arjun } = await createTestHousehold(handle.db);
    const sleeps: number[] = [];
    const { engine } = createTestEngine(handle.db, { llm: llm('openai', server.url, 'model'), sleeps });

    const reply = await say(engine, arjun, 'heyyy kitty');

    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
    expect(reply.text).toMatch(/^Hi!/);
    expect(await listModelCalls(handle.db, arjun)).toHaveLength(1);
  });

  it('edits the latest draft through the model, which sees it in the context', async () => {
    const server = await fake(startFakeAnthropic);
    server.respondWith(anthropicToolUse([{ name: 'edit_draft', input: { amount: '450' } }]));
    const { arjun } = await createTestHousehold(handle.db);
    const [card] = (await say(createTestEngine(handle.db).engine, arjun, 'pizza 400')).drafts;
    const { engine } = createTestEngine(handle.db, { llm: llm('anthropic', server.url, 'model') });

    const reply = await say(engine, arjun, 'hmm the pizza place charged me four fifty in the end');

    expect(reply.drafts[0]).toMatchObject({ expenseId: card!.expenseId, amount: '₹450.00' });
    const body = server.requests[0]!.body as { system: { text: string }[] };
    expect(body.system[1]!.text).toContain("latest draft: ₹400.00 · Dining out · 2026-03-18 · pizza");
    expect((await getExpense(handle.db, arjun, card!.expenseId)).amountMinor).toBe(45000);
  });
});

describe('hybrid mode', () => {
  it('costs no call when the offline interpreter is sure, and one when it is not', async () => {
    const server = await fake(startFakeGemini);
    server.respondWith(geminiFunctionCalls([{ name: 'propose_expenses', args: { expenses: [{ amount: '1200', category: 'household', description: 'house help' }] } }]));
    const { arjun } = await createTestHousehold(handle.db);
    const { engine } = createTestEngine(handle.db, { llm: llm('gemini', server.url, 'hybrid') });

    await say(engine, arjun, 'petrol 2000');
    expect(server.requests).toHaveLength(0);

    const reply = await say(engine, arjun, 'paid 1200 to the lady who helps with the thing');
    expect(server.requests).toHaveLength(1);
    expect(reply.drafts[0]?.category.slug).toBe('household');
    const declarations = (server.requests[0]!.body as { tools: { functionDeclarations: { name: string; parameters: { type: string } }[] }[] }).tools[0]!.functionDeclarations;
    expect(declarations.map((declaration) => declaration.name)).toEqual(['propose_expenses', 'ask_analytics', 'edit_draft', 'no_action']);
    expect(declarations[0]!.parameters.type).toBe('OBJECT');
  });
});

describe('household model settings', () => {
  it('win over the environment, with the household key decrypted only for the call', async () => {
    const server = await fake(startFakeAnthropic);
    server.respondWith(anthropicToolUse([{ name: 'no_action', input: { topic: 'thanks' } }]));
    const { arjun } = await createTestHousehold(handle.db);
    await saveModelSettings(handle.db, arjun, { provider: 'anthropic', model: 'claude-household', interpreterMode: 'model', apiKey: 'sk-household-key-42' }, createKeyring(TEST_ENCRYPTION_KEY));
    const base = loadConfig({}).llm;
    const { engine } = createTestEngine(handle.db, { llm: { ...base, endpoints: { ...base.endpoints, anthropic: { apiKey: undefined, baseUrl: server.url } } } });

    const reply = await say(engine, arjun, 'thank you so much');

    expect(reply.text).toBe('Any time! 🐱');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-household-key-42');
    expect((server.requests[0]!.body as { model: string }).model).toBe('claude-household');
  });
});

describe('testConnection', () => {
  it('reports offline, a working model, and a rejected key without showing it', async () => {
    const { arjun } = await createTestHousehold(handle.db);
    expect(await createTestEngine(handle.db).engine.testConnection(arjun)).toEqual({ ok: true, offline: true });

    const server = await fake(startFakeOpenAI);
    const { engine } = createTestEngine(handle.db, { llm: llm('openai', server.url, 'hybrid') });
    expect(await engine.testConnection(arjun)).toEqual({ ok: true, model: 'test-model' });

    server.respondWith(openaiError(401, `bad key ${ENV_KEY}`));
    const failed = await engine.testConnection(arjun);
    expect(failed.ok).toBe(false);
    expect(JSON.stringify(failed)).not.toContain(ENV_KEY);
  });
});
