import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { contentFlaggingLicence } from '../../app/licensing/errors';

/** GET /content_flagging/config: the Enterprise Advanced licence check comes first, for every caller. */
export const getContentFlaggingConfig: Handler<'GetContentFlaggingConfig'> = async (ctx) => refuse(ctx, fail(contentFlaggingLicence));
