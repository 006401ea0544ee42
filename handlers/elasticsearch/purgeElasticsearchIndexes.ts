import type { Handler } from '../../server/http/handler';
import { refuse, perm, notRestricted, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission purge_elasticsearch_indexes, then restricted admin check, then licence refusal. */
export const purgeElasticsearchIndexes: Handler<'PurgeElasticsearchIndexes'> = async (ctx) => refuse(ctx, perm('purge_elasticsearch_indexes'), notRestricted, fail(LicenceErrors.elasticsearch));
