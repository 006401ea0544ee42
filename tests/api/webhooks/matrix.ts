import { expect } from 'vitest';
import { PERSONAS, type Persona, type World } from '../../helpers/world';

export type Expect = Record<Persona, number>;

/** Only `allowed` personas get `ok`; the other signed-in personas get `denied`; anonymous 401. */
export function only(allowed: Persona[], ok: number, denied = 403): Expect {
  const out = {} as Expect;
  for (const p of PERSONAS) out[p] = p === 'anonymous' ? 401 : allowed.includes(p) ? ok : denied;
  return out;
}

export async function matrix(w: World, label: string, expected: Expect, call: (token: string | undefined, who: Persona) => Promise<{ status: number; body: any }>) {
  const got: Record<string, number> = {};
  for (const who of PERSONAS) got[who] = (await call(w.tokens[who], who)).status;
  expect(got, label).toEqual(expected);
}
