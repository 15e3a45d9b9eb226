import { describe, expect, it } from 'vitest';
import { loadConfig, type LlmConfig } from '../../src/config/index.ts';
import { getModelSettings, saveModelSettings } from '../../src/services/model-settings.ts';
import { createKeyring } from '../../src/crypto/keyring.ts';
import { TEST_ENCRYPTION_KEY } from '../support/engine.ts';
import { openaiError, startFakeOpenAI } from '../support/fake-model-servers/index.ts';
import { follow } from '../support/web-pages.ts';
import { HOUSEHOLD_KEY, post, useSettingsKit } from './settings-support.ts';

/** The model section of the settings: the key is stored encrypted and never shown again. */
const { db, servers, setUp } = useSettingsKit();

describe('model settings', () => {
  it('stores a key without ever showing it again, keeps it when the field is left empty, and removes it', async () => {
    const { app, admin, arjun } = await setUp();
    const bodies: string[] = [];
    const saved = await post(app, admin, '/model', { provider: 'openai', model: 'gpt-test', interpreterMode: 'hybrid', apiKey: HOUSEHOLD_KEY });
    expect(saved.status).toBe(303);
    bodies.push(await saved.text());
    expect(await getModelSettings(db(), arjun)).toEqual({ provider: 'openai', model: 'gpt-test', interpreterMode: 'hybrid', hasApiKey: true, apiKeyHint: 'wxyz' });

    const page = (await follow(app, saved, admin.cookie)).page;
    bodies.push(page);
    expect(page).toContain('•••• wxyz');
    expect(page).toMatch(/<input id="model-api-key" name="apiKey" type="password" value=""/);
    expect(page).toContain('Remove the stored key');

    // Left empty: the key stays; the other fields change.
    const kept = await post(app, admin, '/model', { provider: 'openai', model: '', interpreterMode: '', apiKey: '' });
    expect(kept.status).toBe(303);
    expect(await getModelSettings(db(), arjun)).toEqual({ provider: 'openai', model: null, interpreterMode: null, hasApiKey: true, apiKeyHint: 'wxyz' });

    // A new key and "remove" together are refused, and the typed key is not sent back.
    const both = await post(app, admin, '/model', { provider: 'openai', model: '', interpreterMode: '', apiKey: 'sk-another-key-00000000', removeKey: 'yes' });
    expect(both.status).toBe(400);
    const bothBody = await both.text();
    bodies.push(bothBody);
    expect(bothBody).toContain('id="model-api-key-error"');
    expect(bothBody).not.toContain('sk-another-key-00000000');

    const bad = await post(app, admin, '/model', { provider: 'skynet', model: '', interpreterMode: '', apiKey: HOUSEHOLD_KEY });
    expect(bad.status).toBe(400);
    const badBody = await bad.text();
    bodies.push(badBody);
    expect(badBody).toContain('id="model-provider-error"');
    expect((await getModelSettings(db(), arjun))?.provider).toBe('openai');

    const removed = await post(app, admin, '/model', { provider: 'openai', model: '', interpreterMode: '', apiKey: '', removeKey: 'yes' });
    expect(removed.headers.get('location')).toBe('/settings#model');
    expect(await getModelSettings(db(), arjun)).toMatchObject({ hasApiKey: false, apiKeyHint: null });
    bodies.push((await follow(app, removed, admin.cookie)).page);

    for (const body of bodies) expect(body).not.toContain(HOUSEHOLD_KEY);
  });

  it('tests the connection against the model server: ok, then a failure, never showing the key', async () => {
    const server = await startFakeOpenAI();
    servers.push(server);
    const base = loadConfig({}).llm;
    const llm: Partial<LlmConfig> = { endpoints: { ...base.endpoints, openai: { apiKey: undefined, baseUrl: server.url } } };
    const { app, admin, arjun } = await setUp({ llm });
    await saveModelSettings(db(), arjun, { provider: 'openai', model: 'fake-model-1', interpreterMode: 'model', apiKey: HOUSEHOLD_KEY }, createKeyring(TEST_ENCRYPTION_KEY));

    const ok = await post(app, admin, '/model/test');
    expect(ok.status).toBe(200);
    const okBody = await ok.text();
    expect(okBody).toContain('Connected: the model fake-model-1 answered.');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${HOUSEHOLD_KEY}`);

    server.respondWith(openaiError(400, `The model does not exist for key ${HOUSEHOLD_KEY}`));
    const failed = await post(app, admin, '/model/test');
    expect(failed.status).toBe(200);
    const failedBody = await failed.text();
    expect(failedBody).toContain('The connection failed:');
    expect(failedBody).toContain('rejected the request (400)');
    for (const body of [okBody, failedBody]) expect(body).not.toContain(HOUSEHOLD_KEY);
  });

  it('says there is nothing to test when the household reads offline', async () => {
    const { app, admin } = await setUp();
    const body = await (await post(app, admin, '/model/test')).text();
    expect(body).toContain('there is no model to test');
  });
});

