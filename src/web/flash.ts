/**
 * The one-line message a page shows after a redirect ("Confirmed: milk, ₹60.00."), carried in a
 * short-lived signed cookie rather than the URL, so nobody can link someone to a page that
 * "says" whatever they typed. Read once, then cleared. Views escape the text like any other.
 */
import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';

const FLASH_COOKIE = 'kitty_flash';
const MAX_TEXT = 300;

export interface Flash {
  readonly text: string;
  /** Offer the Undo button (after an edit or delete the member may regret). */
  readonly undo?: boolean;
}

/** A key of its own, so a flash signature can never stand in for a CSRF token or a sign-in link. */
function flashKey(secret: string): string {
  return createHmac('sha256', secret).update('flash-cookie').digest('base64url');
}

export async function setFlash(c: Context, secret: string, flash: Flash, https: boolean): Promise<void> {
  const value = Buffer.from(JSON.stringify({ text: flash.text.slice(0, MAX_TEXT), undo: flash.undo === true })).toString('base64url');
  await setSignedCookie(c, FLASH_COOKIE, value, flashKey(secret), { httpOnly: true, sameSite: 'Lax', secure: https, path: '/', maxAge: 60 });
}

/** The waiting message, if any, and clears it so a reload does not show it again. */
export async function takeFlash(c: Context, secret: string): Promise<Flash | undefined> {
  const value = await getSignedCookie(c, flashKey(secret), FLASH_COOKIE);
  if (value === undefined) return undefined;
  deleteCookie(c, FLASH_COOKIE, { path: '/' });
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { text?: unknown; undo?: unknown };
    return typeof parsed.text === 'string' ? { text: parsed.text.slice(0, MAX_TEXT), undo: parsed.undo === true } : undefined;
  } catch {
    return undefined;
  }
}
