/**
 * What the drafts and ledger routes share: reading a posted form without trusting it, the
 * redirect that carries a flash, and a page for a typed error with the status that fits it.
 */
import type { Context } from 'hono';
import { isKittyError, type KittyError } from '../../domain/errors.ts';
import { setFlash, type Flash } from '../flash.ts';
import type { NavSection } from '../views/layout.ts';
import { problemPage } from '../views/problem-page.ts';
import type { WebDeps, WebEnv } from '../web-deps.ts';

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The posted fields, or undefined when the body is not a form that can be read. */
export async function readForm(c: Context<WebEnv>): Promise<FormBody | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return undefined;
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    return undefined;
  }
}

/** Every value of a repeated field that is text. */
export function textValues(body: FormBody, name: string): string[] {
  const value = body[name];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((item): item is string => typeof item === 'string');
}

/** A 303 after a POST, so reloading the next page does not post again. */
export async function redirectWithFlash(c: Context<WebEnv>, deps: WebDeps, to: string, flash: Flash): Promise<Response> {
  await setFlash(c, deps.sessionSecret, flash, deps.publicUrl.startsWith('https://'));
  return c.redirect(to, 303);
}

/** A typed error as a page: another household's id is simply not found here (404), a settled draft a conflict (409). */
export function errorPage(c: Context<WebEnv>, error: KittyError, section: NavSection, back: { href: string; label: string }) {
  const status = error.code === 'not_found' ? 404 : error.code === 'conflict' ? 409 : error.code === 'forbidden' ? 403 : 400;
  const title = status === 404 ? 'Not found' : status === 409 ? 'Already settled' : 'Check the request';
  return c.html(problemPage({ session: c.var.session, active: section, title, message: error.message, back }), status);
}

export function badForm(c: Context<WebEnv>, section: NavSection, back: { href: string; label: string }) {
  return c.html(
    problemPage({ session: c.var.session, active: section, title: 'Check the form', message: 'This form could not be read. Reload the page and try again.', back }),
    400,
  );
}

/** Runs a service call; its typed errors come back as a value for the route to answer, anything else is thrown on. */
export async function attempt<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: KittyError }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (isKittyError(error)) return { ok: false, error };
    throw error;
  }
}
