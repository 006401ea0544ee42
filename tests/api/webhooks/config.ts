import type { TestServer } from '../../helpers/testServer';
import type { MattermostConfig } from '../../../server/config/types';

/** Changes ServiceSettings (or another section) for the rest of a test file, through the config service. */
export async function setConfig(t: TestServer, section: keyof MattermostConfig, values: Record<string, unknown>): Promise<void> {
  const service = t.running.context.config;
  const current = structuredClone(service.storedConfig());
  Object.assign(current[section] as object, values);
  await service.save(current);
}
