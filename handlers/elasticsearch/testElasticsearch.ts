import type { Handler } from '../../server/http/handler';
import { refuse, perm, notRestricted, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission test_elasticsearch, then restricted admin check, then licence refusal. */
export const testElasticsearch: Handler<'TestElasticsearch'> = async (ctx) => refuse(ctx, perm('test_elasticsearch'), notRestricted, fail(LicenceErrors.elasticsearch));
