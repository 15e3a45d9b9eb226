import { describe, expect, it } from 'vitest';
import { signInLink, verifySignInToken } from '../../src/web/auth/sign-in-link.ts';

const secret = 'a-session-secret-of-at-least-32-chars!!';
const scope = { householdId: '0b7d6a52-3c49-4d1c-9a43-5d0b1f1e2a01', memberId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f' };
const now = new Date('2026-03-18T15:00:00Z');

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token')!;
}

describe('sign-in links', () => {
  it('carry the member for 15 minutes, each with its own id', async () => {
    const link = await signInLink({ secret, publicUrl: 'https://kitty.example.com', now }, scope);
    expect(link).toMatch(/^https:\/\/kitty\.example\.com\/auth\/link\?token=/);
    const claims = await verifySignInToken({ secret, now: new Date(now.getTime() + 14 * 60_000) }, tokenOf(link));
    expect(claims.scope).toEqual(scope);
    expect(claims.expiresAt).toEqual(new Date(now.getTime() + 15 * 60_000));
    const other = await verifySignInToken({ secret, now }, tokenOf(await signInLink({ secret, publicUrl: 'https://k', now }, scope)));
    expect(other.tokenId).not.toBe(claims.tokenId);
  });

  it('refuse an expired token, another secret, and a tampered one', async () => {
    const token = tokenOf(await signInLink({ secret, publicUrl: 'https://k', now }, scope));
    await expect(verifySignInToken({ secret, now: new Date(now.getTime() + 16 * 60_000) }, token)).rejects.toThrow(/exp/);
    await expect(verifySignInToken({ secret: `${secret}x`, now }, token)).rejects.toThrow(/signature/);
    const [header, payload, signature] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    forged.hid = '11111111-1111-4111-8111-111111111111';
    await expect(verifySignInToken({ secret, now }, `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`)).rejects.toThrow(/signature/);
  });
});
