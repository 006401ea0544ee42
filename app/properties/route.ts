/** Path checks shared by the property handlers (Mattermost's route patterns and Require*). */
import type { PropertyGroupRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { getV2Group, requirePropertiesApi } from './groups';

/** The feature gate and the route patterns: a mismatch is an unknown route. */
export function checkPropertyRoute(server: ServerContext, p: { group_name: string; object_type?: string }): void {
  requirePropertiesApi(server);
  if (!/^[a-z][a-z0-9_]*$/.test(p.group_name)) throw Errors.notFound();
  if (p.object_type !== undefined && !/^[a-z]+$/.test(p.object_type)) throw Errors.notFound();
}

/** The route checks, then the PSAv2 group it names. */
export async function propertyRoute(server: ServerContext, p: { group_name: string; object_type?: string }): Promise<PropertyGroupRow> {
  checkPropertyRoute(server, p);
  return getV2Group(server, p.group_name);
}

export function requireFieldId(raw: string): string {
  if (!/^[A-Za-z0-9]+$/.test(raw)) throw Errors.notFound();
  if (!isValidId(raw)) throw Errors.invalidUrlParam('field_id');
  return raw;
}

export function requireTargetId(raw: string): string {
  if (!/^[A-Za-z0-9]+$/.test(raw)) throw Errors.notFound();
  if (!isValidId(raw)) throw Errors.invalidUrlParam('target_id');
  return raw;
}
