import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { deleteSamlIdpCertificate } from './deleteSamlIdpCertificate';
import { deleteSamlPrivateCertificate } from './deleteSamlPrivateCertificate';
import { deleteSamlPublicCertificate } from './deleteSamlPublicCertificate';
import { getSamlCertificateStatus } from './getSamlCertificateStatus';
import { getSamlMetadata } from './getSamlMetadata';
import { getSamlMetadataFromIdp } from './getSamlMetadataFromIdp';
import { resetSamlAuthDataToEmail } from './resetSamlAuthDataToEmail';
import { uploadSamlIdpCertificate } from './uploadSamlIdpCertificate';
import { uploadSamlPrivateCertificate } from './uploadSamlPrivateCertificate';
import { uploadSamlPublicCertificate } from './uploadSamlPublicCertificate';

export const samlHandlers: TagHandlers<'saml'> = {
  UploadSamlIdpCertificate: uploadSamlIdpCertificate,
  DeleteSamlIdpCertificate: deleteSamlIdpCertificate,
  UploadSamlPrivateCertificate: uploadSamlPrivateCertificate,
  DeleteSamlPrivateCertificate: deleteSamlPrivateCertificate,
  UploadSamlPublicCertificate: uploadSamlPublicCertificate,
  DeleteSamlPublicCertificate: deleteSamlPublicCertificate,
  GetSamlCertificateStatus: getSamlCertificateStatus,
  GetSamlMetadata: getSamlMetadata,
  GetSamlMetadataFromIdp: getSamlMetadataFromIdp,
  ResetSamlAuthDataToEmail: resetSamlAuthDataToEmail,
};
