import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';

/** Mattermost 9 removed the insights routes: an unregistered path answers 404. */
export const getTopReactionsForTeam: Handler<'GetTopReactionsForTeam'> = async () => {
  throw Errors.notFound();
};
