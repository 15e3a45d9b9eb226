import { html } from 'hono/html';
import type { Category } from '../../../services/categories.ts';
import { csrfField, type Fragment } from '../layout.ts';
import { fieldError, formError, inputField, invalidAttrs, stateOf, valueOf, type SettingsView } from './settings-view.ts';

/** The household's categories: rename, hide or show each one, and add new ones (admins). */
export function categoriesSection(view: SettingsView): Fragment {
  return html`<section class="card" id="categories" aria-labelledby="categories-title">
  <h2 id="categories-title">Categories</h2>
  <p class="muted">Hidden categories stay on past expenses but are not offered for new ones.</p>
  <table>
    <thead><tr><th scope="col">Name</th><th scope="col">${view.isAdmin ? 'Shown' : 'Status'}</th></tr></thead>
    <tbody>${view.categories.map((category) => (view.isAdmin ? editableRow(view, category) : readOnlyRow(category)))}</tbody>
  </table>
  ${view.isAdmin ? addForm(view) : ''}
</section>`;
}

function readOnlyRow(category: Category): Fragment {
  return html`<tr><td>${category.label}</td><td>${category.hidden ? html`<span class="pill">hidden</span>` : 'shown'}</td></tr>`;
}

function editableRow(view: SettingsView, category: Category): Fragment {
  const state = stateOf(view, `category:${category.id}`);
  const id = `category-${category.id}-label`;
  const action = `/settings/categories/${category.id}`;
  return html`<tr>
  <td>
    <form method="post" action="${action}" class="row-form">
      ${csrfField(view.session)}
      <input type="hidden" name="action" value="rename">
      <label for="${id}" class="visually-hidden">New name for ${category.label}</label>
      <input id="${id}" name="label" value="${valueOf(state, 'label', category.label)}" maxlength="40" required${invalidAttrs(id, state?.errors.label)}>
      <button class="secondary">Rename</button>
    </form>
    ${fieldError(id, state?.errors.label)}${fieldError(`${id}-hidden`, state?.errors.hidden)}${formError(state)}
  </td>
  <td>
    <form method="post" action="${action}" class="inline">
      ${csrfField(view.session)}
      <input type="hidden" name="action" value="${category.hidden ? 'show' : 'hide'}">
      ${category.hidden ? html`<span class="pill">hidden</span> <button class="secondary">Show</button>` : html`<button class="secondary">Hide</button>`}
    </form>
  </td>
</tr>`;
}

function addForm(view: SettingsView): Fragment {
  const state = stateOf(view, 'category-add');
  return html`<form method="post" action="/settings/categories">
    ${csrfField(view.session)}
    ${formError(state)}
    ${inputField({ id: 'category-new-label', name: 'label', label: 'New category', value: valueOf(state, 'label', ''), error: state?.errors.label, attrs: html` maxlength="40" required` })}
    <div class="actions"><button>Add category</button></div>
  </form>`;
}
