import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const termsOfServiceHandlers: TagHandlers<'terms_of_service'> = {
  GetTermsOfService: notImplemented,
  CreateTermsOfService: notImplemented,
};
