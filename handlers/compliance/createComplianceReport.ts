import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: permission create_compliance_export_job, then licence refusal. */
export const createComplianceReport: Handler<'CreateComplianceReport'> = async (ctx) => refuse(ctx, perm('create_compliance_export_job'), fail(LicenceErrors.compliance));
