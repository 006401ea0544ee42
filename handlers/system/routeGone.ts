import { Errors } from '../../server/http/appError';

/**
 * For operations Mattermost no longer routes over HTTP (removed, or registered on its
 * local-mode socket only): the path is unknown to it, so it answers its 404.
 */
export const routeGone = async (): Promise<never> => {
  throw Errors.notFound();
};
