import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { HouseholdScope } from '../../src/db/scope.ts';
import { listCategories } from '../../src/services/categories.ts';
import { getHousehold } from '../../src/services/households.ts';
import { getInviteCode } from '../../src/services/invites.ts';
import { getModelSettings } from '../../src/services/model-settings.ts';
import { createRecurringRule, listRecurringRules } from '../../src/services/recurring.ts';
import { openTestDatabase } from '../support/database.ts';
import type { FakeModelServer } from '../support/fake-model-servers/index.ts';
import { createTestHousehold, type TestHousehold } from '../support/households.ts';
import { createWebTestApp, formPost, signIn } from '../support/web.ts';

/**
 * What the settings tests share: a real database per file, a household with an admin (Arjun)
 * and a member (Priya) signed in, and helpers to post forms and read the page.
 */
export type App = ReturnType<typeof createWebTestApp>['app'];
export type Session = { cookie: string; csrf: string };

export const HOUSEHOLD_KEY = 'sk-household-secret-0123456789-wxyz';

export function useSettingsKit() {
  let handle: DatabaseHandle | undefined;
  const servers: FakeModelServer[] = [];
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  afterAll(() => handle?.close());
  const db = () => {
    if (!handle) throw new Error('The database opens in beforeAll.');
    return handle.db;
  };

  async function setUp(options: Parameters<typeof createWebTestApp>[1] = {}) {
    const home = await createTestHousehold(db());
    const { app } = createWebTestApp(db(), options);
    return { ...home, app, admin: await signIn(db(), home.arjun), member: await signIn(db(), home.priya) };
  }

  /** Everything the settings can change, to show a refused request wrote nothing. */
  async function snapshot(home: TestHousehold) {
    return {
      household: await getHousehold(db(), home.arjun),
      inviteCode: await getInviteCode(db(), home.arjun),
      categories: await listCategories(db(), home.arjun, { includeHidden: true }),
      rules: await listRecurringRules(db(), home.arjun),
      model: await getModelSettings(db(), home.arjun),
    };
  }

  async function rentRule(scope: HouseholdScope) {
    return createRecurringRule(db(), scope, { description: 'Rent', amount: '25000', category: 'housing', cadence: { unit: 'month', every: 1 }, startOn: '2026-04-01' });
  }

  return { db, servers, setUp, snapshot, rentRule };
}

export function post(app: App, session: Session, path: string, fields: Record<string, string> = {}) {
  return app.request(`/settings${path}`, formPost(session.cookie, { _csrf: session.csrf, ...fields }));
}

export async function settingsPage(app: App, session: Session, query = ''): Promise<string> {
  const response = await app.request(`/settings${query}`, { headers: { cookie: session.cookie } });
  expect(response.status).toBe(200);
  return response.text();
}

export function categoryId(categories: { slug: string; id: string }[], slug: string): string {
  const found = categories.find((category) => category.slug === slug);
  if (!found) throw new Error(`no category ${slug}`);
  return found.id;
}
