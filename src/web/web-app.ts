/**
 * The web view: assets, sign-in, and the members' pages behind the session and CSRF checks.
 * Everything a page shows or changes is scoped by the session's household.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { APP_CSS } from './assets/app-css.ts';
import { MINI_APP_JS } from './assets/mini-app-js.ts';
import { authRoutes, miniAppPage } from './routes/auth.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { draftRoutes } from './routes/drafts.ts';
import { expenseRoutes } from './routes/expenses.ts';
import { settingsRoutes } from './routes/settings.ts';
import { securityHeaders } from './security-headers.ts';
import { requireCsrf, requireSession } from './session.ts';
import type { WebDeps, WebEnv } from './web-deps.ts';

/** Forms are small; anything bigger is refused before it is read. */
const MAX_FORM_BYTES = 64 * 1024;

export function webRoutes(deps: WebDeps) {
  const app = new Hono<WebEnv>();
  app.use('*', securityHeaders({ https: deps.publicUrl.startsWith('https://'), miniAppPaths: ['/mini-app'] }));
  app.use(
    '*',
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('That form is too large. Send less at once.', 413) }),
  );
  app.get('/assets/app.css', (c) => c.body(APP_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/assets/mini-app.js', (c) =>
    c.body(MINI_APP_JS, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );
  app.get('/mini-app', (c) => c.html(miniAppPage()));
  app.route('/auth', authRoutes(deps));

  const members = new Hono<WebEnv>();
  members.use('*', requireSession(deps), requireCsrf());
  members.route('/drafts', draftRoutes(deps));
  members.route('/expenses', expenseRoutes(deps));
  members.route('/settings', settingsRoutes(deps));
  members.route('/', dashboardRoutes(deps));
  app.route('/', members);
  return app;
}
