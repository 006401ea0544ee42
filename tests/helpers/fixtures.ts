import { expect } from 'vitest';
import type { TestServer } from './testServer';

let counter = 0;

export function uniqueUser(prefix = 'user') {
  counter += 1;
  const name = `${prefix}${counter}${Math.random().toString(36).slice(2, 7)}`;
  return { username: name, email: `${name}@example.com`, password: 'Passw0rd!x', first_name: 'First', last_name: 'Last' };
}

/** Creates a user through the API (as `token`'s user when given) and returns the API body. */
export async function createUser(t: TestServer, user = uniqueUser(), token?: string) {
  const res = await t.request('POST', '/api/v4/users', { body: user, token });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...res.body, password: user.password } as { id: string; username: string; email: string; roles: string; password: string };
}

export async function login(t: TestServer, loginId: string, password: string): Promise<string> {
  const res = await t.request('POST', '/api/v4/users/login', { body: { login_id: loginId, password } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const token = res.headers.get('Token');
  expect(token).toMatch(/^[a-z0-9]{26}$/);
  return token!;
}

/** The first user of a fresh server (a system admin), logged in. */
export async function bootstrapAdmin(t: TestServer) {
  const admin = await createUser(t, uniqueUser('admin'));
  return { admin, token: await login(t, admin.username, admin.password) };
}

export function expectAppError(res: { status: number; body: any }, status: number, id: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.id).toBe(id);
  expect(res.body.status_code).toBe(status);
}

export function expectNoViolations(t: TestServer) {
  expect(t.checker.violations).toEqual([]);
}
