import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const cloudHandlers: TagHandlers<'cloud'> = {
  CheckCwsConnection: notImplemented,
  GetCloudCustomer: notImplemented,
  UpdateCloudCustomer: notImplemented,
  UpdateCloudCustomerAddress: notImplemented,
  GetEndpointForInstallationInformation: notImplemented,
  GetCloudLimits: notImplemented,
  CreateCustomerPayment: notImplemented,
  ConfirmCustomerPayment: notImplemented,
  GetPreviewModalData: notImplemented,
  GetCloudProducts: notImplemented,
  GetSubscription: notImplemented,
  GetInvoicesForSubscription: notImplemented,
  GetInvoiceForSubscriptionAsPdf: notImplemented,
  ValidateBusinessEmail: notImplemented,
  ValidateWorkspaceBusinessEmail: notImplemented,
  PostEndpointForCwsWebhooks: notImplemented,
};
