import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getCloudCustomer } from './getCloudCustomer';
import { getCloudLimits } from './getCloudLimits';
import { getCloudProducts } from './getCloudProducts';
import { getEndpointForInstallationInformation } from './getEndpointForInstallationInformation';
import { getInvoiceForSubscriptionAsPdf } from './getInvoiceForSubscriptionAsPdf';
import { getInvoicesForSubscription } from './getInvoicesForSubscription';
import { updateCloudCustomer } from './updateCloudCustomer';
import { updateCloudCustomerAddress } from './updateCloudCustomerAddress';
import { validateBusinessEmail } from './validateBusinessEmail';
import { validateWorkspaceBusinessEmail } from './validateWorkspaceBusinessEmail';

export const cloudHandlers: TagHandlers<'cloud'> = {
  CheckCwsConnection: notImplemented,
  GetCloudCustomer: getCloudCustomer,
  UpdateCloudCustomer: updateCloudCustomer,
  UpdateCloudCustomerAddress: updateCloudCustomerAddress,
  GetEndpointForInstallationInformation: getEndpointForInstallationInformation,
  GetCloudLimits: getCloudLimits,
  CreateCustomerPayment: notImplemented,
  ConfirmCustomerPayment: notImplemented,
  GetPreviewModalData: notImplemented,
  GetCloudProducts: getCloudProducts,
  GetSubscription: notImplemented,
  GetInvoicesForSubscription: getInvoicesForSubscription,
  GetInvoiceForSubscriptionAsPdf: getInvoiceForSubscriptionAsPdf,
  ValidateBusinessEmail: validateBusinessEmail,
  ValidateWorkspaceBusinessEmail: validateWorkspaceBusinessEmail,
  PostEndpointForCwsWebhooks: notImplemented,
};
