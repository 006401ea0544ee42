import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** No session needed; without the SAML (Enterprise) interface Mattermost answers 501. */
export const getSamlMetadata: Handler<'GetSamlMetadata'> = async (ctx) => refuse(ctx, fail(LicenceErrors.saml));
