/**
 * The dashboard: one month of the signed-in member's household (`GET /?month=YYYY-MM`, this
 * month by default) and the "Settle up" button (`POST /settle`). The household is always the
 * session's; nothing in the request names one.
 */
import { Hono } from 'hono';
import { todayIn } from '../../domain/dates.ts';
import { isKittyError } from '../../domain/errors.ts';
import { formatMoney } from '../../domain/money.ts';
import { monthDashboard } from '../../services/dashboard.ts';
import { listMembers } from '../../services/members.ts';
import { settleUp } from '../../services/settlements.ts';
import { setFlash, takeFlash } from '../flash.ts';
import { dashboardPage, invalidMonthPage } from '../views/dashboard/page.ts';
import { monthPeriod, type MonthKey } from '../views/dashboard/month-picker.ts';
import type { WebDeps, WebEnv } from '../web-deps.ts';

export function dashboardRoutes(deps: WebDeps): Hono<WebEnv> {
  const now = () => deps.now?.() ?? new Date();
  const https = deps.publicUrl.startsWith('https://');
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const { session } = c.var;
    const today = todayIn(session.household.timeZone, now());
    const currentMonth = today.slice(0, 7);
    const given = c.req.query('month');
    const month = given === undefined || given === '' ? currentMonth : parseMonth(given);
    if (month === undefined) return c.html(invalidMonthPage({ session, given: given ?? '', currentMonth }), 400);

    const data = await monthDashboard(deps.db, session.scope, monthPeriod(month), { today });
    const flash = (await takeFlash(c, deps.sessionSecret))?.text;
    return c.html(dashboardPage({ session, data, month, currentMonth, today, ...(flash !== undefined && { flash }) }));
  });

  app.post('/settle', async (c) => {
    const { session } = c.var;
    const putFlash = (text: string) => setFlash(c, deps.sessionSecret, { text }, https);
    const form = await c.req.parseBody();
    const month = typeof form.month === 'string' ? parseMonth(form.month) : undefined;
    const back = month ? `/?month=${month}` : '/';
    const currency = session.household.currency;
    try {
      const { recorded, remaining } = await settleUp(deps.db, session.scope, {
        currency,
        // What the page showed; without it nothing is recorded unless there is nothing to record.
        expected: typeof form.expect === 'string' ? form.expect : '',
        now: now(),
      });
      if (recorded.length === 0) {
        await putFlash(`Nobody owes anyone in ${currency}: already square.`);
      } else {
        const names = new Map((await listMembers(deps.db, session.scope)).map((member) => [member.id, member.displayName]));
        const name = (id: string) => names.get(id) ?? 'A former member';
        const paid = recorded.map((s) => `${name(s.from)} paid ${name(s.to)} ${formatMoney(s.amountMinor, s.currency, 'en')}`);
        await putFlash(`${paid.join('; ')} — all square${remaining.length > 0 ? ` in ${currency}` : ''}.`);
      }
    } catch (error) {
      if (!isKittyError(error, 'conflict')) throw error;
      await putFlash(error.message);
    }
    return c.redirect(back, 303);
  });

  return app;
}

/** "2026-03" → "2026-03"; anything else (a day, a name, month 13) → undefined. */
export function parseMonth(text: string): MonthKey | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return undefined;
  return `${match[1]}-${match[2]}`;
}
