/**
 * Kitty's Home tab: published afresh each time a member opens it, and after every button
 * pressed on it, from the same report queries as the dashboard and the chat answers, and with the
 * month page's like-for-like comparison with the month before.
 */
import type { App } from '@slack/bolt';
import { todayIn } from '../../../domain/dates.ts';
import { periodLabel, resolvePeriod } from '../../../domain/periods.ts';
import type { HouseholdScope } from '../../../db/scope.ts';
import { monthDashboard } from '../../../services/dashboard.ts';
import type { SlackDeps } from '../context.ts';
import { kittyState } from '../context.ts';
import { homeView, strangerHomeView } from '../render/home-view.ts';

type Client = Parameters<Parameters<App['event']>[1]>[0]['client'];

export function appHome(bolt: App, deps: SlackDeps): void {
  bolt.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, event.user, kittyState(context).member);
  });
}

export async function publishHome(deps: SlackDeps, client: Client, userId: string, member: HouseholdScope | undefined): Promise<void> {
  if (!member) {
    await client.views.publish({ user_id: userId, view: strangerHomeView() });
    return;
  }
  const household = await deps.engine.people.household(member);
  const now = deps.now();
  const month = resolvePeriod({ kind: 'this_month' }, { now, timeZone: household.timeZone });
  const [summary, pending, dashboardUrl] = await Promise.all([
    monthDashboard(deps.db, member, month, { today: todayIn(household.timeZone, now) }),
    deps.engine.pendingDrafts(member),
    deps.dashboardLink?.(member),
  ]);
  await client.views.publish({
    user_id: userId,
    view: homeView({
      householdName: household.name,
      monthLabel: periodLabel(month),
      totals: summary.totals,
      comparison: summary.comparison,
      byCategory: summary.byCategory,
      drafts: pending.drafts,
      ...(dashboardUrl && { dashboardUrl }),
    }),
  });
}
