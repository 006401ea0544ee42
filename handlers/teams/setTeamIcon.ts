import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { getTeamById } from '../../db/queries/teams';
import { requireTeamId } from '../../app/teams/access';
import { setTeamIcon as setIcon } from '../../app/images/profile';
import { FormTooLarge, hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../../app/files/multipart';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';
import { contentLength } from '../files/shared';

const tooLarge = () => new AppError('api.team.set_team_icon.too_large.app_error', 'Unable to upload team icon. File is too large.', 400);
const parseError = (detail: string) => new AppError('api.team.set_team_icon.parse.app_error', 'Could not parse multipart form.', 400, detail);

export const setTeamIcon: Handler<'SetTeamIcon'> = async (ctx) => {
  const { server } = ctx;
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(server, ctx.session, teamId, MANAGE_TEAM);
  const limit = server.config.get().FileSettings.MaxFileSize;
  const length = contentLength(ctx.hono);
  if (length !== undefined && length > limit) throw tooLarge();
  const contentType = ctx.hono.req.header('content-type') ?? '';
  if (!isMultipart(contentType) || !hasBoundary(contentType)) throw parseError('request Content-Type is not multipart/form-data');
  let form: SmallForm;
  try {
    form = await readSmallForm(ctx.hono.req.raw.body, contentType, limit);
  } catch (err) {
    if (err instanceof FormTooLarge) throw tooLarge();
    throw parseError(String((err as Error)?.message ?? err));
  }
  const image = form.files.image?.[0];
  if (!image) throw new AppError('api.team.set_team_icon.no_file.app_error', 'No file under \'image\' in request.', 400);
  const team = await getTeamById(server.db, teamId);
  if (!team) throw new AppError('api.team.set_team_icon.get_team.app_error', 'An error occurred getting the team.', 400);
  await setIcon(server, team, image.data);
  return ctx.json(200, { status: 'OK' } as never);
};
