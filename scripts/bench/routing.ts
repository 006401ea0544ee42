/**
 * Cost of routing and request validation per request, in process (no HTTP):
 *   npx tsx scripts/bench/routing.ts
 * Compares our prebuilt router with openapi-backend's own matchOperation on the same paths.
 */
import { OpenAPIBackend } from 'openapi-backend';
import { operations, type OperationId } from '../../generated/operations';
import { loadSpec } from '../../server/createServer';
import { OperationRouter } from '../../server/http/router';
import { RequestValidator } from '../../server/http/validation';

const samples: Array<[string, string, Record<string, string>, unknown]> = [
  ['GET', '/api/v4/users/me', {}, undefined],
  ['GET', '/api/v4/channels/abcdefghijklmnopqrstuvwxyz/posts', { page: '0', per_page: '60' }, undefined],
  ['POST', '/api/v4/posts', {}, { channel_id: 'abcdefghijklmnopqrstuvwxyz', message: 'hello' }],
  ['GET', '/api/v4/users/autocomplete', { name: 'jo', in_team: 'abcdefghijklmnopqrstuvwxyz' }, undefined],
  ['PUT', '/api/v4/users/abcdefghijklmnopqrstuvwxyz/patch', {}, { nickname: 'n' }],
  ['GET', '/api/v4/teams/abcdefghijklmnopqrstuvwxyz/channels/name/town-square', {}, undefined],
];

function time(label: string, iterations: number, fn: () => void): number {
  for (let i = 0; i < 1000; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const perCallUs = Number(process.hrtime.bigint() - start) / 1000 / iterations;
  console.log(`${label.padEnd(48)} ${perCallUs.toFixed(2)} µs per request`);
  return perCallUs;
}

const spec = loadSpec();
const router = new OperationRouter();
const validator = await RequestValidator.create(spec);
const backend = new OpenAPIBackend({ definition: spec as never, quick: true, validate: false });
await backend.init();

let i = 0;
const next = () => samples[i++ % samples.length];
time('our router (match)', 200_000, () => {
  const [m, p] = next();
  router.match(m, p);
});
time("openapi-backend matchOperation", 2_000, () => {
  const [m, p] = next();
  backend.router.matchOperation({ method: m, path: p, headers: {} });
});
time('our router + openapi-backend validation', 50_000, () => {
  const [method, path, query, body] = next();
  const match = router.match(method, path);
  if (typeof match !== 'object') throw new Error(`no route for ${method} ${path}`);
  try {
    validator.validate(match.operationId, { method, path, query: { ...query }, headers: { 'content-type': 'application/json' }, body });
  } catch {
    /* an invalid sample still costs a validation */
  }
});

// Validators compile lazily: what the first request of each operation pays, once.
const cold = await RequestValidator.create(spec);
const ids = Object.keys(operations) as OperationId[];
const started = performance.now();
for (const id of ids) {
  try {
    cold.validate(id, { method: operations[id].method, path: operations[id].path, query: {}, headers: {}, body: undefined });
  } catch {
    /* missing required input still compiles the validator */
  }
}
const totalMs = performance.now() - started;
console.log(`first request of an operation (lazy compile)      ${((totalMs * 1000) / ids.length).toFixed(0)} µs on average, ${Math.round(totalMs)} ms for all ${ids.length}`);
