import type { MattermostConfig } from './types';
import {
  complianceRules,
  crossSectionRules,
  directoryRules,
  emailRules,
  passwordAndRateRules,
  searchRules,
  serviceRules,
  siteRules,
  storageRules,
  teamRules,
  type ConfigRule,
} from './validationRules';

export interface ConfigProblem {
  /** Mattermost's error id, e.g. `model.config.is_valid.max_file_size.app_error`. */
  id: string;
  /** Dotted path of the offending setting, e.g. `FileSettings.MaxFileSize`. */
  field: string;
}

/** The rules in the order Mattermost's Config.IsValid runs them. */
const RULES: readonly ConfigRule[] = [
  ...crossSectionRules,
  ...teamRules,
  ...storageRules,
  ...emailRules,
  ...directoryRules,
  ...passwordAndRateRules,
  ...serviceRules,
  ...searchRules,
  ...complianceRules,
  ...siteRules,
];

/** The first rule a complete configuration breaks, or null when it is valid. */
export function validateConfig(config: MattermostConfig): ConfigProblem | null {
  const broken = RULES.find((rule) => rule.invalid(config));
  return broken ? { id: broken.id, field: broken.field } : null;
}
