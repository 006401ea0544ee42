import type { Db } from '../../db/client';
import { getActiveConfig, saveActiveConfig } from '../../db/queries/system';
import { applyEnvOverrides, defaultConfig, mergeWithDefaults, validateConfig, type MattermostConfig } from '../../server/config';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';

/**
 * The configuration: stored in the database (one active row), completed with Mattermost's
 * defaults, then overridden by MM_<SECTION>_<KEY> environment variables, which are never
 * written back.
 */
export class ConfigService {
  private stored: MattermostConfig = defaultConfig();
  private effective: MattermostConfig = defaultConfig();
  private overridden: string[] = [];
  private readonly listeners: Array<(config: MattermostConfig) => void> = [];

  constructor(
    private readonly db: Db,
    private readonly env: Record<string, string | undefined>,
  ) {}

  async load(): Promise<void> {
    const raw = await getActiveConfig(this.db);
    if (!raw) await saveActiveConfig(this.db, newId(), defaultConfig() as unknown as Record<string, unknown>, nowMillis());
    this.apply(mergeWithDefaults(raw ?? {}));
  }

  /** The configuration in force (environment overrides included). */
  get(): MattermostConfig {
    return this.effective;
  }

  /** Dotted paths of the settings fixed by environment variables. */
  overriddenPaths(): readonly string[] {
    return this.overridden;
  }

  async save(next: MattermostConfig): Promise<MattermostConfig> {
    const merged = mergeWithDefaults(next);
    const invalid = validateConfig(merged);
    if (invalid) throw new AppError(invalid.id, `Invalid configuration: ${invalid.field}.`, 400, invalid.field);
    await saveActiveConfig(this.db, newId(), merged as unknown as Record<string, unknown>, nowMillis());
    this.apply(merged);
    return this.effective;
  }

  /** The stored configuration, without environment overrides (what an admin edits). */
  storedConfig(): MattermostConfig {
    return this.stored;
  }

  onChange(listener: (config: MattermostConfig) => void): void {
    this.listeners.push(listener);
  }

  private apply(stored: MattermostConfig): void {
    this.stored = stored;
    const { config, overridden } = applyEnvOverrides(stored, this.env);
    this.effective = config;
    this.overridden = overridden;
    for (const listener of this.listeners) listener(config);
  }
}
