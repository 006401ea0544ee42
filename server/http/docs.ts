/**
 * The API documentation page: GET /api/v4/docs renders /api/v4/openapi.json with Swagger UI,
 * whose static files we serve ourselves from the swagger-ui-dist package (no CDN, no request
 * to any other origin: the page's Content-Security-Policy forbids it). These routes are not
 * API operations and are not in the spec.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Context, Hono } from 'hono';

const require = createRequire(import.meta.url);

export const DOCS_PATH = '/api/v4/docs';
export const DOCS_ASSETS_PATH = `${DOCS_PATH}/assets`;

/** The only files served from swagger-ui-dist, with their Content-Type. */
const PACKAGE_ASSETS: Record<string, string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

let distDir: string | undefined;
let distVersion: string | undefined;

/** swagger-ui-dist's folder, found from this module (sources or dist/main.js) through node_modules. */
function swaggerUiDist(): { dir: string; version: string } {
  if (!distDir) {
    const pkgPath = require.resolve('swagger-ui-dist/package.json');
    distVersion = (require(pkgPath) as { version: string }).version;
    distDir = dirname(pkgPath);
  }
  return { dir: distDir, version: distVersion! };
}

// Relative URLs: the page is /api/v4/docs, so "docs/assets/x" is /api/v4/docs/assets/x and
// "openapi.json" is /api/v4/openapi.json, under whatever prefix a proxy serves us.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'list',
  defaultModelsExpandDepth: -1,
  displayOperationId: true,
  filter: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

// Our own small asset; its URL carries the package version like the others.
const GENERATED_ASSETS: Record<string, { type: string; body: string }> = {
  'docs-init.js': { type: 'text/javascript; charset=utf-8', body: INIT_SCRIPT },
};

function page(version: string): string {
  const asset = (file: string) => `docs/assets/${file}?v=${version}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Mattermost API v4</title>
  <link rel="stylesheet" href="${asset('swagger-ui.css')}">
  <link rel="icon" type="image/png" href="${asset('favicon-32x32.png')}" sizes="32x32">
  <link rel="icon" type="image/png" href="${asset('favicon-16x16.png')}" sizes="16x16">
  <style>body { margin: 0; }</style>
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${asset('swagger-ui-bundle.js')}"></script>
  <script src="${asset('docs-init.js')}"></script>
</body>
</html>
`;
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const fileCache = new Map<string, Promise<Buffer>>();

function readAsset(file: string): Promise<Buffer> {
  let cached = fileCache.get(file);
  if (!cached) {
    cached = readFile(join(swaggerUiDist().dir, file));
    cached.catch(() => fileCache.delete(file));
    fileCache.set(file, cached);
  }
  return cached;
}

/**
 * Adds the documentation routes. Register before the catch-all dispatcher: an unknown asset
 * falls through to it (and so gets its usual 404 AppError).
 */
export function registerDocsRoutes(app: Hono): void {
  app.get(DOCS_PATH, (c) => {
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(page(swaggerUiDist().version));
  });
  app.get(`${DOCS_PATH}/`, (c) => c.redirect('../docs', 301));

  app.get(`${DOCS_ASSETS_PATH}/:file`, async (c, next) => {
    const file = c.req.param('file');
    const generated = Object.hasOwn(GENERATED_ASSETS, file) ? GENERATED_ASSETS[file] : undefined;
    if (generated) return asset(c, generated.type, generated.body);
    // Only whitelisted names: no path from the request ever reaches the file system.
    if (!Object.hasOwn(PACKAGE_ASSETS, file)) return next();
    return asset(c, PACKAGE_ASSETS[file], new Uint8Array(await readAsset(file)));
  });
}

function asset(c: Context, type: string, body: string | Uint8Array): Response {
  c.header('Content-Type', type);
  c.header('Cache-Control', IMMUTABLE);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(body as never);
}
