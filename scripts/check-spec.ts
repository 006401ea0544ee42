/**
 * `npm run check:spec`: the spec must load in openapi-backend with `strict: true` and every
 * request and response validator compiled (not the lazy mode the server uses), and must
 * go through openapi-typescript's Node API. (`npm run lint:spec` runs Redocly's linter.)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createSpecBackend } from '../server/http/specBackend';
import openapiTS, { astToString } from 'openapi-typescript';
import { projectRoot } from '../server/paths';

const spec = parse(readFileSync(`${projectRoot}api/v4/openapi.yaml`, 'utf8'));
const started = performance.now();
const api = await createSpecBackend(spec, { quick: false });
const operations = api.getOperations();
const declared = Object.values(spec.paths as Record<string, Record<string, unknown>>).reduce(
  (n, item) => n + ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].filter((m) => m in item).length,
  0,
);
if (operations.length !== declared) {
  console.error(`openapi-backend registered ${operations.length} operations, the spec declares ${declared}`);
  process.exit(1);
}
console.log(`openapi-backend (strict, all validators compiled): ${operations.length} operations in ${Math.round(performance.now() - started)} ms`);
const types = astToString(await openapiTS(spec));
console.log(`openapi-typescript: ${types.length} characters of types`);
