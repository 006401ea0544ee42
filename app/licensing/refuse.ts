/**
 * How an unlicensed (Team Edition) Mattermost answers the operations of its Enterprise
 * features: a sequence of checks run in Mattermost's order, each either a system permission
 * (403 when missing) or the licence/feature refusal that ends the request.
 */
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';

export type Step =
  | { permission: string }
  | { restrictedAdmin: true }
  | { error: () => AppError };

export const perm = (permission: string): Step => ({ permission });
export const notRestricted: Step = { restrictedAdmin: true };
export const fail = (error: () => AppError): Step => ({ error });

/** Runs the steps in order and throws the first refusal; the last step is always a refusal. */
export function refuse(ctx: { server: ServerContext; session: Session | null }, ...steps: Step[]): never {
  for (const step of steps) {
    if ('permission' in step) {
      if (!hasSystemPermission(ctx.server, ctx.session, step.permission)) throw Errors.permission(step.permission);
    } else if ('restrictedAdmin' in step) {
      if (ctx.server.config.get().ExperimentalSettings.RestrictSystemAdmin) throw restrictedSystemAdmin();
    } else {
      throw step.error();
    }
  }
  throw Errors.internal('no refusal step');
}

export const restrictedSystemAdmin = () =>
  new AppError('api.restricted_system_admin', 'This action is forbidden to a restricted system admin.', 403);
