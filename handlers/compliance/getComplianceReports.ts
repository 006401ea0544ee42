import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission read_compliance_export_job, then licence refusal. */
export const getComplianceReports: Handler<'GetComplianceReports'> = async (ctx) => refuse(ctx, perm('read_compliance_export_job'), fail(LicenceErrors.compliance));
