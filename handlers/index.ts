import type { AllHandlers } from '../server/http/handler';
import { accessControlHandlers } from './access_control';
import { agentsHandlers } from './agents';
import { auditLogsHandlers } from './audit_logs';
import { bleveHandlers } from './bleve';
import { bookmarksHandlers } from './bookmarks';
import { botsHandlers } from './bots';
import { brandHandlers } from './brand';
import { channelsHandlers } from './channels';
import { cloudHandlers } from './cloud';
import { clusterHandlers } from './cluster';
import { commandsHandlers } from './commands';
import { complianceHandlers } from './compliance';
import { contentFlaggingHandlers } from './content_flagging';
import { customProfileAttributesHandlers } from './custom_profile_attributes';
import { dataRetentionHandlers } from './data_retention';
import { draftsHandlers } from './drafts';
import { elasticsearchHandlers } from './elasticsearch';
import { emojiHandlers } from './emoji';
import { exportsHandlers } from './exports';
import { filesHandlers } from './files';
import { groupsHandlers } from './groups';
import { importsHandlers } from './imports';
import { insightsHandlers } from './insights';
import { integrationActionsHandlers } from './integration_actions';
import { ipHandlers } from './ip';
import { jobsHandlers } from './jobs';
import { ldapHandlers } from './ldap';
import { logsHandlers } from './logs';
import { metricsHandlers } from './metrics';
import { oauthHandlers } from './oauth';
import { opengraphHandlers } from './opengraph';
import { permissionsHandlers } from './permissions';
import { pluginsHandlers } from './plugins';
import { postsHandlers } from './posts';
import { preferencesHandlers } from './preferences';
import { propertiesHandlers } from './properties';
import { reactionsHandlers } from './reactions';
import { recapsHandlers } from './recaps';
import { remoteClustersHandlers } from './remote_clusters';
import { reportsHandlers } from './reports';
import { rolesHandlers } from './roles';
import { samlHandlers } from './saml';
import { scheduledPostHandlers } from './scheduled_post';
import { schemesHandlers } from './schemes';
import { sharedChannelsHandlers } from './shared_channels';
import { statusHandlers } from './status';
import { systemHandlers } from './system';
import { teamsHandlers } from './teams';
import { termsOfServiceHandlers } from './terms_of_service';
import { threadsHandlers } from './threads';
import { uploadsHandlers } from './uploads';
import { usageHandlers } from './usage';
import { usersHandlers } from './users';
import { webhooksHandlers } from './webhooks';
import { websocketHandlers } from './websocket';

/** Every operation of the spec, bound to its handler (or to notImplemented). */
export const handlers: AllHandlers = {
  ...accessControlHandlers,
  ...agentsHandlers,
  ...auditLogsHandlers,
  ...bleveHandlers,
  ...bookmarksHandlers,
  ...botsHandlers,
  ...brandHandlers,
  ...channelsHandlers,
  ...cloudHandlers,
  ...clusterHandlers,
  ...commandsHandlers,
  ...complianceHandlers,
  ...contentFlaggingHandlers,
  ...customProfileAttributesHandlers,
  ...dataRetentionHandlers,
  ...draftsHandlers,
  ...elasticsearchHandlers,
  ...emojiHandlers,
  ...exportsHandlers,
  ...filesHandlers,
  ...groupsHandlers,
  ...importsHandlers,
  ...insightsHandlers,
  ...integrationActionsHandlers,
  ...ipHandlers,
  ...jobsHandlers,
  ...ldapHandlers,
  ...logsHandlers,
  ...metricsHandlers,
  ...oauthHandlers,
  ...opengraphHandlers,
  ...permissionsHandlers,
  ...pluginsHandlers,
  ...postsHandlers,
  ...preferencesHandlers,
  ...propertiesHandlers,
  ...reactionsHandlers,
  ...recapsHandlers,
  ...remoteClustersHandlers,
  ...reportsHandlers,
  ...rolesHandlers,
  ...samlHandlers,
  ...scheduledPostHandlers,
  ...schemesHandlers,
  ...sharedChannelsHandlers,
  ...statusHandlers,
  ...systemHandlers,
  ...teamsHandlers,
  ...termsOfServiceHandlers,
  ...threadsHandlers,
  ...uploadsHandlers,
  ...usageHandlers,
  ...usersHandlers,
  ...webhooksHandlers,
  ...websocketHandlers,
};
