import type { Handler } from '../../server/http/handler';

/** Client performance reports feed the licensed metrics service; without it Mattermost answers an empty 200. */
export const submitPerformanceReport: Handler<'SubmitPerformanceReport'> = async () => new Response(null, { status: 200 });
