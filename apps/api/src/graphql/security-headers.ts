import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * helmet on every response. The CSP fits the Jalin app (apps/web at /): its own module scripts and
 * stylesheets from /assets, its service worker and manifest, fetch and graphql-ws to /graphql and
 * /exports on the same origin, the Dinas charts
 * on canvas (no inline script or style element needed; style attributes set from script are
 * allowed by CSP). Outside production Apollo's landing page at /graphql brings its own nonce-based
 * CSP in a meta tag and loads its CDN, so only that HTML answer goes without our CSP.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
        // Behind TLS in production; on a plain-http developer machine it would break the page.
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  });
  if (production) return strict;
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  return (request: Request, response: Response, next: NextFunction) => {
    const landingPage = request.method === 'GET' && request.path === '/graphql' && request.accepts(['application/json', 'text/html']) === 'text/html';
    (landingPage ? withoutCsp : strict)(request, response, next);
  };
}
