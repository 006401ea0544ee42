/** The server configuration: Mattermost's config.json model, defaults, overrides and views. */
export type * from './types';
export { defaultConfig } from './defaults';
export { mergeWithDefaults, patchConfig } from './merge';
export { applyEnvOverrides, type EnvOverrides } from './env';
export { FAKE_SETTING, SECRET_PATHS, restoreFakeSettings, sanitizeConfig } from './sanitize';
export { validateConfig, type ConfigProblem } from './validate';
export { clientConfig, clientLicense, type ClientConfigOptions } from './clientConfig';
