import type { Handler } from '../../server/http/handler';
import { upgradeNeeded } from './licence';

export const getPrevTrialLicense: Handler<'GetPrevTrialLicense'> = async () => {
  throw upgradeNeeded();
};
