import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission download_compliance_export_result, then licence refusal. */
export const downloadComplianceReport: Handler<'DownloadComplianceReport'> = async (ctx) => refuse(ctx, perm('download_compliance_export_result'), fail(LicenceErrors.compliance));
