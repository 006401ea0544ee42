import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { DEFAULT_BUSY_SECONDS, MAX_BUSY_SECONDS, setBusy } from '../../app/system/busy';
import { STATUS_OK } from './ok';

export const setServerBusy: Handler<'SetServerBusy'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const raw = ctx.hono.req.query('seconds');
  const text = raw === undefined || raw === '' ? String(DEFAULT_BUSY_SECONDS) : raw;
  const seconds = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0 || seconds > MAX_BUSY_SECONDS) {
    throw Errors.invalidUrlParam(`seconds must be 1 - ${MAX_BUSY_SECONDS}`);
  }
  setBusy(seconds);
  return ctx.json(200, STATUS_OK as never);
};
