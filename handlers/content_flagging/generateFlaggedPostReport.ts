import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { contentFlaggingLicence } from '../../app/licensing/errors';

/** POST /content_flagging/post/{post_id}/report: the Enterprise Advanced licence check comes first, for every caller. */
export const generateFlaggedPostReport: Handler<'GenerateFlaggedPostReport'> = async (ctx) => refuse(ctx, fail(contentFlaggingLicence));
