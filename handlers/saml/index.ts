import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getSamlCertificateStatus } from './getSamlCertificateStatus';
import { getSamlMetadata } from './getSamlMetadata';
import { resetSamlAuthDataToEmail } from './resetSamlAuthDataToEmail';

export const samlHandlers: TagHandlers<'saml'> = {
  UploadSamlIdpCertificate: notImplemented,
  DeleteSamlIdpCertificate: notImplemented,
  UploadSamlPrivateCertificate: notImplemented,
  DeleteSamlPrivateCertificate: notImplemented,
  UploadSamlPublicCertificate: notImplemented,
  DeleteSamlPublicCertificate: notImplemented,
  GetSamlCertificateStatus: getSamlCertificateStatus,
  GetSamlMetadata: getSamlMetadata,
  GetSamlMetadataFromIdp: notImplemented,
  ResetSamlAuthDataToEmail: resetSamlAuthDataToEmail,
};
