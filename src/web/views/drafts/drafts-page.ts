import { html } from 'hono/html';
import type { DraftCard, Reply } from '../../../engine/reply.ts';
import type { Flash } from '../../flash.ts';
import type { WebSession } from '../../web-deps.ts';
import { csrfField, page, type Fragment } from '../layout.ts';

/** Drafts waiting for a decision, each with its buttons, and one button for all of them. */
export function draftsPage(options: { session: WebSession; pending: Reply; flash: Flash | undefined }): Fragment {
  const { session, pending, flash } = options;
  return page({
    title: 'Drafts',
    session,
    active: 'drafts',
    ...(flash && { flash: flash.text }),
    body: html`${flash?.undo ? undoForm(session, '/drafts/undo') : ''}
<section class="card">
  <h1>Drafts</h1>
  <p class="muted">${pending.text}</p>
  ${pending.confirmAll
    ? html`<form method="post" action="/drafts/confirm-all">
    ${csrfField(session)}
    ${pending.confirmAll.expenseIds.map((id) => html`<input type="hidden" name="ids" value="${id}">`)}
    <button>Confirm all ${pending.confirmAll.expenseIds.length}</button>
  </form>`
    : ''}
</section>
${pending.drafts.map((card) => draftCard(session, card))}`,
  });
}

function draftCard(session: WebSession, card: DraftCard): Fragment {
  return html`<article class="card draft" aria-label="${card.description || card.category.label}">
  <p class="figure">${card.amount}</p>
  <p><strong>${card.description || card.category.label}</strong></p>
  <p class="muted">${card.category.label} · ${card.date} · paid by ${card.paidBy.name}${card.split ? html` · ${card.split}` : ''}</p>
  <div class="actions">
    ${card.actions.includes('confirm')
      ? html`<form class="inline" method="post" action="/drafts/${card.expenseId}/confirm">${csrfField(session)}<button>Confirm</button></form>`
      : ''}
    ${card.actions.includes('edit') ? html`<a class="button secondary" href="/drafts/${card.expenseId}/edit">Edit</a>` : ''}
    ${card.actions.includes('discard')
      ? html`<form class="inline" method="post" action="/drafts/${card.expenseId}/discard">${csrfField(session)}<button class="danger">Discard</button></form>`
      : ''}
  </div>
</article>`;
}

/** The button that takes back the member's latest confirm, discard, edit or delete. */
export function undoForm(session: WebSession, action: string): Fragment {
  return html`<form class="undo" method="post" action="${action}">${csrfField(session)}<button class="secondary">Undo</button></form>`;
}
