import type { Handler } from '../../server/http/handler';
import { routeGone } from './routeGone';

/** Mattermost removed GET /license/renewal (it no longer registers the route): a 404. */
export const requestLicenseRenewalLink: Handler<'RequestLicenseRenewalLink'> = routeGone;
