import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const samlHandlers: TagHandlers<'saml'> = {
  UploadSamlIdpCertificate: notImplemented,
  DeleteSamlIdpCertificate: notImplemented,
  UploadSamlPrivateCertificate: notImplemented,
  DeleteSamlPrivateCertificate: notImplemented,
  UploadSamlPublicCertificate: notImplemented,
  DeleteSamlPublicCertificate: notImplemented,
  GetSamlCertificateStatus: notImplemented,
  GetSamlMetadata: notImplemented,
  GetSamlMetadataFromIdp: notImplemented,
  ResetSamlAuthDataToEmail: notImplemented,
};
