import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { contentFlaggingLicence } from '../../app/licensing/errors';

/** GET /content_flagging/team/{team_id}/reviewers/search: the Enterprise Advanced licence check comes first, for every caller. */
export const searchContentReviewers: Handler<'SearchContentReviewers'> = async (ctx) => refuse(ctx, fail(contentFlaggingLicence));
