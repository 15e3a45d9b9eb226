/**
 * Sign-in links handed out in chat (/dashboard): a short-lived token bound to one member, signed
 * with SESSION_SECRET (HS256, jose; runs on Node and Workers alike). The web view's
 * GET /auth/link checks it, refuses it a second time (by its jti) and sets the session cookie.
 */
import { jwtVerify, SignJWT } from 'jose';
import type { HouseholdScope } from '../../db/scope.ts';

export const SIGN_IN_LINK_TTL_SECONDS = 15 * 60;
const AUDIENCE = 'kitty:sign-in-link';

export interface SignInClaims {
  readonly scope: HouseholdScope;
  /** The token's id: a link works once. */
  readonly tokenId: string;
  readonly expiresAt: Date;
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signInLink(
  options: { secret: string; publicUrl: string; now?: Date },
  scope: HouseholdScope,
): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const token = await new SignJWT({ hid: scope.householdId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(scope.memberId)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + SIGN_IN_LINK_TTL_SECONDS)
    .setJti(crypto.randomUUID())
    .sign(keyOf(options.secret));
  return `${options.publicUrl}/auth/link?token=${encodeURIComponent(token)}`;
}

/** The claims of a valid, unexpired token; throws for anything else (bad signature, expired, malformed). */
export async function verifySignInToken(options: { secret: string; now?: Date }, token: string): Promise<SignInClaims> {
  const { payload } = await jwtVerify(token, keyOf(options.secret), {
    audience: AUDIENCE,
    algorithms: ['HS256'],
    ...(options.now && { currentDate: options.now }),
  });
  if (typeof payload.sub !== 'string' || typeof payload.hid !== 'string' || typeof payload.jti !== 'string' || typeof payload.exp !== 'number') {
    throw new Error('The sign-in token is missing its claims.');
  }
  return { scope: { householdId: payload.hid, memberId: payload.sub }, tokenId: payload.jti, expiresAt: new Date(payload.exp * 1000) };
}
