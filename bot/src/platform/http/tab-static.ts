import express, { type Router } from 'express';
import { existsSync } from 'node:fs';

/**
 * The built tab. Teams shows it in an iframe, so only Microsoft 365 hosts may frame it;
 * Fluent UI injects its styles at runtime, hence 'unsafe-inline' for styles (never for scripts).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com",
].join('; ');

export function tabRouter(directory: string): Router {
  if (!existsSync(directory))
    throw new Error(`The tab is not built (${directory} is missing): run npm run build:tab`);
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  });
  router.use(express.static(directory, { index: 'index.html', fallthrough: true, maxAge: 0 }));
  return router;
}
