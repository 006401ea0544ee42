import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { checkCwsConnection } from './checkCwsConnection';
import { confirmCustomerPayment } from './confirmCustomerPayment';
import { createCustomerPayment } from './createCustomerPayment';
import { getCloudCustomer } from './getCloudCustomer';
import { getCloudLimits } from './getCloudLimits';
import { getCloudProducts } from './getCloudProducts';
import { getEndpointForInstallationInformation } from './getEndpointForInstallationInformation';
import { getInvoiceForSubscriptionAsPdf } from './getInvoiceForSubscriptionAsPdf';
import { getInvoicesForSubscription } from './getInvoicesForSubscription';
import { getPreviewModalData } from './getPreviewModalData';
import { getSubscription } from './getSubscription';
import { postEndpointForCwsWebhooks } from './postEndpointForCwsWebhooks';
import { updateCloudCustomer } from './updateCloudCustomer';
import { updateCloudCustomerAddress } from './updateCloudCustomerAddress';
import { validateBusinessEmail } from './validateBusinessEmail';
import { validateWorkspaceBusinessEmail } from './validateWorkspaceBusinessEmail';

export const cloudHandlers: TagHandlers<'cloud'> = {
  CheckCwsConnection: checkCwsConnection,
  GetCloudCustomer: getCloudCustomer,
  UpdateCloudCustomer: updateCloudCustomer,
  UpdateCloudCustomerAddress: updateCloudCustomerAddress,
  GetEndpointForInstallationInformation: getEndpointForInstallationInformation,
  GetCloudLimits: getCloudLimits,
  CreateCustomerPayment: createCustomerPayment,
  ConfirmCustomerPayment: confirmCustomerPayment,
  GetPreviewModalData: getPreviewModalData,
  GetCloudProducts: getCloudProducts,
  GetSubscription: getSubscription,
  GetInvoicesForSubscription: getInvoicesForSubscription,
  GetInvoiceForSubscriptionAsPdf: getInvoiceForSubscriptionAsPdf,
  ValidateBusinessEmail: validateBusinessEmail,
  ValidateWorkspaceBusinessEmail: validateWorkspaceBusinessEmail,
  PostEndpointForCwsWebhooks: postEndpointForCwsWebhooks,
};
