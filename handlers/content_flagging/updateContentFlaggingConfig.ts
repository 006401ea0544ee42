import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { contentFlaggingLicence } from '../../app/licensing/errors';

/** PUT /content_flagging/config: the Enterprise Advanced licence check comes first, for every caller. */
export const updateContentFlaggingConfig: Handler<'UpdateContentFlaggingConfig'> = async (ctx) => refuse(ctx, fail(contentFlaggingLicence));
