/**
 * Jobs as Mattermost's job server keeps them: a client creates a pending job of a type Team
 * Edition runs, reads jobs by type, cancels them and moves them between statuses. This server
 * runs no job workers, so a created job stays pending until it is cancelled; the checks, the
 * stored rows and the status rules are Mattermost's.
 */
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/check';
import { getJobById, insertJob, setJobStatus, updateJobStatusIf, type JobRow } from '../../db/queries/jobs';
import type { Session } from '../sessions/types';
import { createJobPermission, isValidJobStatus, manageJobPermission, readJobPermission, TEAM_EDITION_CREATABLE } from './jobTypes';

export interface ApiJob {
  id: string;
  type: string;
  priority: number;
  create_at: number;
  start_at: number;
  last_activity_at: number;
  status: string;
  progress: number;
  data: Record<string, string> | null;
}

export function toApiJob(row: JobRow): ApiJob {
  return {
    id: row.id,
    type: row.type,
    priority: row.priority,
    create_at: row.createAt,
    start_at: row.startAt,
    last_activity_at: row.lastActivityAt,
    status: row.status,
    progress: row.progress,
    data: row.data ?? null,
  };
}

export const jobNotFound = () => new AppError('app.job.get.app_error', "We couldn't get the job.", 404);
const badType = (id: string) => new AppError(id, 'The job has a type this operation does not accept.', 400);

/** The body of POST /jobs as Mattermost's Job decodes it: a string type and string data values. */
export function parseJobBody(body: unknown): { type: string; data: Record<string, string> | null } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw Errors.invalidBodyParam('job');
  const b = body as Record<string, unknown>;
  const type = b.type ?? '';
  const data = b.data ?? null;
  if (typeof type !== 'string') throw Errors.invalidBodyParam('job');
  if (data !== null) {
    if (typeof data !== 'object' || Array.isArray(data)) throw Errors.invalidBodyParam('job');
    if (Object.values(data as object).some((v) => typeof v !== 'string')) throw Errors.invalidBodyParam('job');
  }
  return { type, data: data as Record<string, string> | null };
}

function requireJobPermission(server: ServerContext, session: Session, permission: string | undefined, errorId: string): void {
  if (!permission) throw badType(errorId);
  if (!hasSystemPermission(server, session, permission)) throw Errors.permission(permission);
}

export async function createJob(server: ServerContext, session: Session, body: unknown): Promise<ApiJob> {
  const { type, data } = parseJobBody(body);
  requireJobPermission(server, session, createJobPermission(type), 'api.job.unable_to_create_job.incorrect_job_type');
  if (!TEAM_EDITION_CREATABLE.has(type)) {
    throw new AppError('model.job.is_valid.type.app_error', 'Invalid job type.', 400);
  }
  const row: JobRow = { id: newId(), type, priority: 0, createAt: nowMillis(), startAt: 0, lastActivityAt: 0, status: 'pending', progress: 0, data };
  await insertJob(server.db, row);
  return toApiJob(row);
}

export async function loadJob(server: ServerContext, id: string): Promise<JobRow> {
  const row = await getJobById(server.db, id);
  if (!row) throw jobNotFound();
  return row;
}

export async function readJob(server: ServerContext, session: Session, id: string): Promise<ApiJob> {
  const row = await loadJob(server, id);
  requireJobPermission(server, session, readJobPermission(row.type), 'api.job.retrieve.nopermissions');
  return toApiJob(row);
}

/** Mattermost's RequestCancellation: a pending job is cancelled, a running one asked to stop. */
async function requestCancellation(server: ServerContext, id: string): Promise<void> {
  const now = nowMillis();
  if (await updateJobStatusIf(server.db, id, ['pending'], 'canceled', now)) return;
  if (await updateJobStatusIf(server.db, id, ['in_progress'], 'cancel_requested', now)) return;
  // Mattermost answers 500; the job's state makes the request wrong, so 400 here.
  throw new AppError('jobs.request_cancellation.status.error', 'Could not request cancellation for job that is not in a cancelable state.', 400);
}

export async function cancelJob(server: ServerContext, session: Session, id: string): Promise<void> {
  const row = await loadJob(server, id);
  requireJobPermission(server, session, createJobPermission(row.type), 'api.job.unable_to_create_job.incorrect_job_type');
  await requestCancellation(server, id);
}

/** Status changes Mattermost allows without `force`. */
function isValidStatusChange(from: string, to: string): boolean {
  switch (from) {
    case 'in_progress':
      return to === 'pending' || to === 'cancel_requested';
    case 'pending':
      return to === 'cancel_requested';
    case 'cancel_requested':
      return to === 'canceled';
    default:
      return false;
  }
}

export async function updateJobStatus(server: ServerContext, session: Session, id: string, status: string, force: boolean): Promise<void> {
  const row = await loadJob(server, id);
  requireJobPermission(server, session, manageJobPermission(row.type), 'api.job.unable_to_manage_job.incorrect_job_type');
  if (!force && !isValidStatusChange(row.status, status)) {
    throw new AppError('api.job.status.invalid', 'Invalid job status.', 400);
  }
  const now = nowMillis();
  switch (status) {
    case 'pending':
      await setJobStatus(server.db, id, 'pending', now);
      return;
    case 'cancel_requested':
      await requestCancellation(server, id);
      return;
    case 'canceled':
      await setJobStatus(server.db, id, 'canceled', now);
      return;
    default:
      // Mattermost answers 500 to any other target status; a client mistake here (400).
      throw new AppError('app.job.update_status.app_error', 'Unable to update the job status.', 400, isValidJobStatus(status) ? '' : 'unknown status');
  }
}
