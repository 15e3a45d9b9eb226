import type { MiddlewareHandler } from 'hono';
import type { WebEnv } from './web-deps.ts';

/**
 * Headers on every web response: a CSP that allows no inline script (only our own files, or a
 * script tag carrying this response's nonce), no framing except by Telegram for the Mini App,
 * no MIME sniffing, no referrer leaving the site (sign-in links carry a token in the URL), and
 * HSTS when served over https.
 */
const TELEGRAM_FRAMERS = 'https://web.telegram.org https://*.telegram.org';

export function securityHeaders(options: { https: boolean; miniAppPaths?: readonly string[] }): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
    c.set('nonce', nonce);
    await next();
    const framable = (options.miniAppPaths ?? []).some((path) => c.req.path === path || c.req.path.startsWith(`${path}/`));
    c.header(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        `frame-ancestors ${framable ? TELEGRAM_FRAMERS : "'none'"}`,
      ].join('; '),
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!framable) c.header('X-Frame-Options', 'DENY');
    if (options.https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
