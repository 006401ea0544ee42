import type { Handler } from '../../server/http/handler';
import { routeGone } from './routeGone';

/** Mattermost removed the warn metrics routes (/warn_metrics/*): a 404. */
export const getWarnMetricsStatus: Handler<'GetWarnMetricsStatus'> = routeGone;
