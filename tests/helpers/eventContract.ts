/**
 * Checks WebSocket frames against api/v4/websocket.yaml. The WebSocket test clients feed every
 * frame they receive through `checkFrame`; tests assert `contractViolations()` is empty.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv, type ValidateFunction } from 'ajv';
import { projectRoot } from '../../server/paths';

const doc = parse(readFileSync(`${projectRoot}api/v4/websocket.yaml`, 'utf8')) as {
  components: { messages: Record<string, unknown> };
};
const ajv = new Ajv({ strict: false, allErrors: false });
ajv.addSchema(doc, 'ws');

const validators = new Map<string, ValidateFunction>();
function validatorFor(path: string): ValidateFunction {
  let v = validators.get(path);
  if (!v) validators.set(path, (v = ajv.compile({ $ref: `ws#${path}` })));
  return v;
}

export const CONTRACT_EVENTS = Object.keys(doc.components.messages);
const violations: string[] = [];

export function checkFrame(frame: Record<string, unknown>): void {
  if ('seq_reply' in frame) {
    const v = validatorFor('/components/schemas/ActionReply');
    if (!v(frame)) violations.push(`reply ${JSON.stringify(frame).slice(0, 120)}: ${ajv.errorsText(v.errors)}`);
    return;
  }
  const name = String(frame.event);
  if (!CONTRACT_EVENTS.includes(name)) {
    violations.push(`event "${name}" is not in api/v4/websocket.yaml`);
    return;
  }
  const v = validatorFor(`/components/messages/${name}/payload`);
  if (!v(frame)) violations.push(`${name}: ${ajv.errorsText(v.errors)} in ${JSON.stringify(frame).slice(0, 200)}`);
}

export function contractViolations(): string[] {
  return [...violations];
}
