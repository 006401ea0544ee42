import type { Handler } from '../../server/http/handler';

/**
 * The AI agents bridge needs the mattermost-ai plugin, which this server never runs: Mattermost
 * reports it unavailable with the reason's translation id (the plugin environment exists only
 * while PluginSettings.Enable is on).
 */
export const getAgentsStatus: Handler<'GetAgentsStatus'> = async (ctx) => {
  const reason = ctx.server.config.get().PluginSettings.Enable
    ? 'app.agents.bridge.not_available.plugin_not_active'
    : 'app.agents.bridge.not_available.plugin_env_not_initialized';
  return ctx.json(200, { available: false, reason } as never);
};
