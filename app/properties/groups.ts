/**
 * Property groups. Mattermost registers its groups at start-up; here a known group is
 * registered on first use. The generic property API exists only while one of the feature
 * flags that need it is on (all off by default): otherwise its routes are not registered and
 * Mattermost answers 404 for them.
 */
import { getPropertyGroupByName, insertPropertyGroup } from '../../db/queries/properties';
import type { PropertyGroupRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { MattermostConfig } from '../../server/config';
import { AppError, Errors } from '../../server/http/appError';
import { newId } from '../../server/ids';

/** The CPA ("User attributes") group; every field and value in it needs an Enterprise licence. */
export const ACCESS_CONTROL_GROUP = 'access_control';
export const SESSION_ATTRIBUTES_GROUP = 'session_attributes';
export const BOARDS_GROUP = 'boards';

const BUILT_IN: Record<string, number> = { [ACCESS_CONTROL_GROUP]: 2, [SESSION_ATTRIBUTES_GROUP]: 2, [BOARDS_GROUP]: 2 };

export function propertiesApiEnabled(config: MattermostConfig): boolean {
  const f = config.FeatureFlags;
  return Boolean(f.IntegratedBoards || f.ManagedChannelCategories || f.ClassificationMarkings || f.SessionAttributes);
}

/** Route not registered: Mattermost's 404 for an unknown API path. */
export function requirePropertiesApi(server: ServerContext): void {
  if (!propertiesApiEnabled(server.config.get())) throw Errors.notFound();
}

export const groupNotFound = () => new AppError('app.property_group.get.app_error', 'Unable to get the property group.', 404);

/** Registers a group (idempotent) and returns it; for Mattermost features and plugins. */
export async function registerPropertyGroup(server: ServerContext, name: string, version = 1): Promise<PropertyGroupRow> {
  await insertPropertyGroup(server.db, { id: newId(), name, version, schemaVersion: 0 });
  return (await getPropertyGroupByName(server.db, name))!;
}

/** App.GetPropertyGroup: a registered (or built-in) group by name, else 404. */
export async function getPropertyGroup(server: ServerContext, name: string): Promise<PropertyGroupRow> {
  const found = await getPropertyGroupByName(server.db, name);
  if (found) return found;
  const version = BUILT_IN[name];
  if (version === undefined) throw groupNotFound();
  return registerPropertyGroup(server, name, version);
}

/** The API's getV2Group: the group must exist and be a PSAv2 group. */
export async function getV2Group(server: ServerContext, name: string): Promise<PropertyGroupRow> {
  const group = await getPropertyGroup(server, name);
  if (group.version !== 2) throw new AppError('api.property.v2_group_not_found.app_error', 'Property group not found.', 404);
  if (group.name === SESSION_ATTRIBUTES_GROUP) {
    throw new AppError('api.property.session_attributes.license.app_error', 'Session attributes need an Enterprise Advanced license.', 501);
  }
  return group;
}

/** The licence hook over the access_control group (Team Edition has no licence). */
export const propertyLicenceError = () =>
  new AppError('app.property.license_error', 'Your license does not support properties.', 403, 'an Enterprise license is required');

export function isLicenceManaged(group: PropertyGroupRow): boolean {
  return group.name === ACCESS_CONTROL_GROUP;
}
