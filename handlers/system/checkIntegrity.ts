import type { Handler } from '../../server/http/handler';
import { routeGone } from './routeGone';

/** POST /integrity exists on Mattermost's local-mode socket only: over HTTP it is a 404. */
export const checkIntegrity: Handler<'CheckIntegrity'> = routeGone;
