/**
 * Mattermost's property model (model.PropertyField / PropertyValue, the PSAv2 generation):
 * field types, object and target types, permission levels, validation with its error ids,
 * and the wire shapes.
 */
import type { PropertyFieldRow, PropertyValueRow } from '../../db/schema';
import { AppError } from '../../server/http/appError';
import { isValidId, newId } from '../../server/ids';

export const FIELD_TYPES = ['text', 'select', 'multiselect', 'date', 'user', 'multiuser'] as const;
export const OBJECT_TYPES = ['post', 'channel', 'user', 'template', 'system'] as const;
export const TARGET_TYPES = ['system', 'team', 'channel'] as const;
export const PERMISSION_LEVELS = ['none', 'sysadmin', 'member'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export const NAME_MAX_RUNES = 255;
/** The TargetID of values whose object type is `system`. */
export const SYSTEM_TARGET_ID = 'system';
export const MAX_VALUE_PATCH_ITEMS = 50;

const runes = (s: string) => [...s].length;
const fieldInvalid = (fieldName: string, reason: string) =>
  new AppError('model.property_field.is_valid.app_error', `Invalid property field: ${fieldName} (${reason}).`, 400, '', { FieldName: fieldName, Reason: reason });

export const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);
export const supportsOptions = (type: string) => type === 'select' || type === 'multiselect';

/** PropertyField.IsValid for a PSAv2 field about to be stored. */
export function validateField(f: PropertyFieldRow): void {
  if (!f.name) throw fieldInvalid('name', 'value cannot be empty');
  if (runes(f.name) > NAME_MAX_RUNES) throw fieldInvalid('name', 'value exceeds maximum length');
  if (runes(f.targetType) > 255) throw fieldInvalid('target_type', 'value exceeds maximum length');
  if (runes(f.targetId) > 255) throw fieldInvalid('target_id', 'value exceeds maximum length');
  if (!isOneOf(OBJECT_TYPES, f.objectType)) throw fieldInvalid('object_type', 'unknown value');
  if (!isOneOf(TARGET_TYPES, f.targetType)) throw fieldInvalid('target_type', 'unknown value');
  if (f.targetType === 'system' && f.targetId !== '') throw fieldInvalid('target_id', 'must be empty for system target type');
  if (f.targetType !== 'system' && !isValidId(f.targetId)) throw fieldInvalid('target_id', 'must be a valid ID for team or channel target type');
  if (!isOneOf(FIELD_TYPES, f.type)) throw fieldInvalid('type', 'unknown value');
  for (const [name, level] of [['permission_field', f.permissionField], ['permission_values', f.permissionValues], ['permission_options', f.permissionOptions]] as const) {
    if (level !== null && !isOneOf(PERMISSION_LEVELS, level)) throw fieldInvalid(name, 'invalid permission level');
  }
  if (!f.protected && f.permissionField === 'none') throw fieldInvalid('permission_field', 'non-protected fields cannot have field permission set to none');
  validateOptions(f);
}

/** Select options: a list of objects with unique, non-empty names; each gets an id. */
function validateOptions(f: PropertyFieldRow): void {
  if (!supportsOptions(f.type) || f.attrs.options === undefined) return;
  const options = f.attrs.options;
  if (!Array.isArray(options) || options.some((o) => !o || typeof o !== 'object' || Array.isArray(o))) {
    throw fieldInvalid('attrs', 'invalid options');
  }
  const seen = new Set<string>();
  const normalized = (options as Array<Record<string, unknown>>).map((o) => {
    if (typeof o.name !== 'string' || o.name.trim() === '') throw fieldInvalid('attrs', 'option name cannot be empty');
    if (seen.has(o.name)) throw fieldInvalid('attrs', 'duplicate option name');
    seen.add(o.name);
    return { ...o, id: typeof o.id === 'string' && o.id !== '' ? o.id : newId() };
  });
  f.attrs = { ...f.attrs, options: normalized };
}

/** PropertyFieldPatch.IsValid. */
export function validatePatch(p: { name?: unknown; type?: unknown; attrs?: unknown }): void {
  if (p.name !== undefined && p.name !== null) {
    if (typeof p.name !== 'string') throw fieldInvalid('name', 'invalid value');
    if (p.name === '') throw fieldInvalid('name', 'value cannot be empty');
    if (runes(p.name) > NAME_MAX_RUNES) throw fieldInvalid('name', 'value exceeds maximum length');
  }
  if (p.type !== undefined && p.type !== null && !isOneOf(FIELD_TYPES, p.type)) throw fieldInvalid('type', 'unknown value');
  if (p.attrs !== undefined && p.attrs !== null && (typeof p.attrs !== 'object' || Array.isArray(p.attrs))) throw fieldInvalid('attrs', 'invalid value');
}

export type ApiPropertyField = Record<string, unknown>;

export function toApiField(f: PropertyFieldRow): ApiPropertyField {
  const out: ApiPropertyField = {
    id: f.id,
    group_id: f.groupId,
    name: f.name,
    type: f.type,
    attrs: f.attrs,
    target_id: f.targetId,
    target_type: f.targetType,
    object_type: f.objectType,
    protected: f.protected,
  };
  if (f.permissionField !== null) out.permission_field = f.permissionField;
  if (f.permissionValues !== null) out.permission_values = f.permissionValues;
  if (f.permissionOptions !== null) out.permission_options = f.permissionOptions;
  if (f.linkedFieldId !== null) out.linked_field_id = f.linkedFieldId;
  return { ...out, create_at: f.createAt, update_at: f.updateAt, delete_at: f.deleteAt, created_by: f.createdBy, updated_by: f.updatedBy };
}

export function toApiValue(v: PropertyValueRow): Record<string, unknown> {
  return {
    id: v.id,
    target_id: v.targetId,
    target_type: v.targetType,
    group_id: v.groupId,
    field_id: v.fieldId,
    value: v.value,
    create_at: v.createAt,
    update_at: v.updateAt,
    delete_at: v.deleteAt,
    created_by: v.createdBy,
    updated_by: v.updatedBy,
  };
}

/** SanitizePropertyValue: strings trimmed; string arrays trimmed with empty entries dropped. */
export function sanitizeValue(raw: unknown): unknown {
  if (typeof raw === 'string') return raw.trim();
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) {
    return (raw as string[]).map((x) => x.trim()).filter((x) => x !== '');
  }
  return raw;
}
