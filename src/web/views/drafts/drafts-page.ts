import { html } from 'hono/html';
import { displayName, type DraftCard, type Reply } from '../../../engine/reply.ts';
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
  <p class="muted">${card.categoryQuestion ? `${card.category.label}?` : card.category.label} · ${card.date} · paid by ${card.payerQuestion ? `${displayName(card.payerQuestion.name)}?` : card.paidBy.name}${card.split ? html` · ${card.split}` : ''}</p>
  ${questions(session, card)}
  <div class="actions">
    ${card.actions.includes('confirm') && !card.payerQuestion
      ? html`<form class="inline" method="post" action="/drafts/${card.expenseId}/confirm">${csrfField(session)}<button>Confirm</button></form>`
      : ''}
    ${card.actions.includes('edit') ? html`<a class="button secondary" href="/drafts/${card.expenseId}/edit">Edit</a>` : ''}
    ${card.actions.includes('discard')
      ? html`<form class="inline" method="post" action="/drafts/${card.expenseId}/discard">${csrfField(session)}<button class="danger">Discard</button></form>`
      : ''}
  </div>
</article>`;
}

/**
 * What the card asks, answered with small forms: "Kitty guessed" with the likely categories (and
 * the edit form for any other), and "who is Sam?" with a button per member.
 */
function questions(session: WebSession, card: DraftCard): Fragment | string {
  const parts: Fragment[] = [];
  if (card.categoryQuestion) {
    parts.push(html`<div class="question" role="group" aria-label="Which category?">
    <p><strong>Kitty guessed ${card.category.label}.</strong> Which category is it?</p>
    <div class="actions">
      ${card.categoryQuestion.choices.map(
        (choice) =>
          html`<form class="inline" method="post" action="/drafts/${card.expenseId}/category">${csrfField(session)}<input type="hidden" name="category" value="${choice.slug}"><button class="secondary">${choice.label}</button></form>`,
      )}
      <a class="button secondary" href="/drafts/${card.expenseId}/edit">Other…</a>
    </div>
  </div>`);
  }
  if (card.payerQuestion) {
    const name = displayName(card.payerQuestion.name);
    parts.push(html`<div class="question" role="group" aria-label="Who paid?">
    <p><strong>Who is ${name}?</strong> ${name} is not in this household: who paid? (Or invite them from the settings.)</p>
    <div class="actions">
      ${card.payerQuestion.members.map(
        (member) =>
          html`<form class="inline" method="post" action="/drafts/${card.expenseId}/paid-by">${csrfField(session)}<input type="hidden" name="paidBy" value="${member.id}"><button class="secondary">${member.name} paid</button></form>`,
      )}
    </div>
  </div>`);
  }
  return parts.length > 0 ? html`${parts}` : '';
}

/** The button that takes back the member's latest confirm, discard, edit or delete. */
export function undoForm(session: WebSession, action: string): Fragment {
  return html`<form class="undo" method="post" action="${action}">${csrfField(session)}<button class="secondary">Undo</button></form>`;
}
