import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createTermsOfService } from './createTermsOfService';
import { getTermsOfService } from './getTermsOfService';

export const termsOfServiceHandlers: TagHandlers<'terms_of_service'> = {
  GetTermsOfService: getTermsOfService,
  CreateTermsOfService: createTermsOfService,
};
