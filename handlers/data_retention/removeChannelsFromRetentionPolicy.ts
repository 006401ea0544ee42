import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission sysconsole_write_compliance_data_retention_policy, then licence refusal. */
export const removeChannelsFromRetentionPolicy: Handler<'RemoveChannelsFromRetentionPolicy'> = async (ctx) => refuse(ctx, perm('sysconsole_write_compliance_data_retention_policy'), fail(LicenceErrors.dataRetention));
