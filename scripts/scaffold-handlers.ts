/**
 * Keeps handlers/<tag>/index.ts in step with the spec: every operation of the tag gets an
 * entry. An existing binding is kept; a new operation is bound to `notImplemented`, unless a
 * file handlers/<tag>/<operationId in camelCase>.ts exists, which is then imported. Operations
 * gone from the spec are dropped. Also writes handlers/index.ts, which joins the tags.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations } from '../generated/operations';
import { projectRoot } from '../server/paths';

const handlersDir = join(projectRoot, 'handlers');
const camel = (id: string) => id.charAt(0).toLowerCase() + id.slice(1);
const tagVar = (tag: string) => `${tag.replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase())}Handlers`;

function existingBindings(file: string): Map<string, string> {
  const bindings = new Map<string, string>();
  if (!existsSync(file)) return bindings;
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s+(\w+): (\w+),$/gm)) bindings.set(m[1], m[2]);
  return bindings;
}

function tagIndex(tag: string, ids: string[]): string {
  const file = join(handlersDir, tag, 'index.ts');
  const previous = existingBindings(file);
  const entries = ids.map((id) => {
    const bound = previous.get(id);
    if (bound && bound !== 'notImplemented') return [id, bound];
    return [id, existsSync(join(handlersDir, tag, `${camel(id)}.ts`)) ? camel(id) : 'notImplemented'];
  });
  const imported = [...new Set(entries.map(([, fn]) => fn).filter((fn) => fn !== 'notImplemented'))].sort();
  return [
    "import type { TagHandlers } from '../../server/http/handler';",
    "import { notImplemented } from '../notImplemented';",
    ...imported.map((fn) => `import { ${fn} } from './${fn}';`),
    '',
    `export const ${tagVar(tag)}: TagHandlers<'${tag}'> = {`,
    ...entries.map(([id, fn]) => `  ${id}: ${fn},`),
    '};',
    '',
  ].join('\n');
}

const byTag = new Map<string, string[]>();
for (const [id, op] of Object.entries(operations)) {
  byTag.set(op.tag, [...(byTag.get(op.tag) ?? []), id]);
}
const tags = [...byTag.keys()].sort();
for (const tag of tags) {
  mkdirSync(join(handlersDir, tag), { recursive: true });
  writeFileSync(join(handlersDir, tag, 'index.ts'), tagIndex(tag, byTag.get(tag)!));
}
writeFileSync(
  join(handlersDir, 'index.ts'),
  [
    "import type { AllHandlers } from '../server/http/handler';",
    ...tags.map((tag) => `import { ${tagVar(tag)} } from './${tag}';`),
    '',
    '/** Every operation of the spec, bound to its handler (or to notImplemented). */',
    'export const handlers: AllHandlers = {',
    ...tags.map((tag) => `  ...${tagVar(tag)},`),
    '};',
    '',
  ].join('\n'),
);
console.log(`handlers/: ${tags.length} tags, ${Object.keys(operations).length} operations`);
