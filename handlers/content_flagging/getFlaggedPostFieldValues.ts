import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { contentFlaggingLicence } from '../../app/licensing/errors';

/** GET /content_flagging/post/{post_id}/field_values: the Enterprise Advanced licence check comes first, for every caller. */
export const getFlaggedPostFieldValues: Handler<'GetFlaggedPostFieldValues'> = async (ctx) => refuse(ctx, fail(contentFlaggingLicence));
