import { html } from 'hono/html';
import type { Balances } from '../../../services/balances.ts';
import { settlementFingerprint } from '../../../services/settlements.ts';
import type { WebSession } from '../../web-deps.ts';
import { csrfField, type Fragment } from '../layout.ts';
import { money } from './format.ts';

/**
 * Who owes whom over all shared expenses and settlements so far (not just this month: a debt
 * does not reset on the 1st). "Settle up" records the suggested transfers in the household
 * currency; the form carries what was shown, so a press after the balances moved changes nothing.
 */
export function balancesSection(options: {
  balances: Balances;
  currency: string;
  names: ReadonlyMap<string, string>;
  session: WebSession;
  month: string;
}): Fragment {
  const { currency, names } = options;
  const name = (id: string) => names.get(id) ?? 'A former member';
  const due = options.balances.settlements.filter((settlement) => settlement.currency === currency);
  const others = options.balances.settlements.filter((settlement) => settlement.currency !== currency);
  const nets = options.balances.nets.filter((net) => net.currency === currency);
  return html`<section class="card" aria-labelledby="balances-heading" data-section="balances">
  <h2 id="balances-heading">Who owes whom</h2>
  ${due.length === 0
    ? html`<p data-figure="balances">Everyone is square in ${currency}.</p>`
    : html`<ul class="owes" data-figure="balances">${due.map(
        (settlement) => html`<li><strong>${name(settlement.from)}</strong> owes <strong>${name(settlement.to)}</strong> ${money(settlement.amountMinor, currency)}</li>`,
      )}</ul>
  <details><summary>Each person's position</summary><table><tbody>${nets.map(
    (net) => html`<tr><td>${name(net.memberId)}</td><td class="amount ${net.netMinor > 0 ? 'down' : 'up'}">${net.netMinor > 0 ? 'is owed' : 'owes'} ${money(Math.abs(net.netMinor), currency)}</td></tr>`,
  )}</tbody></table></details>
  <form method="post" action="/settle" class="actions">
    ${csrfField(options.session)}
    <input type="hidden" name="month" value="${options.month}">
    <input type="hidden" name="expect" value="${settlementFingerprint(due)}">
    <button>Settle up</button>
    <span class="muted">Press once the money has changed hands.</span>
  </form>`}
  ${others.length > 0
    ? html`<p class="muted" data-figure="other-balances">In other currencies: ${others
        .map((settlement) => `${name(settlement.from)} owes ${name(settlement.to)} ${money(settlement.amountMinor, settlement.currency)}`)
        .join('; ')}.</p>`
    : ''}
</section>`;
}
