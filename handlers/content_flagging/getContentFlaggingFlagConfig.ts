import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { contentFlaggingLicence } from '../../app/licensing/errors';

/** GET /content_flagging/flag/config: the Enterprise Advanced licence check comes first, for every caller. */
export const getContentFlaggingFlagConfig: Handler<'GetContentFlaggingFlagConfig'> = async (ctx) => refuse(ctx, fail(contentFlaggingLicence));
