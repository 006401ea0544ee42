/**
 * Mattermost's permission ids (server/public/model/permission.go). Each constant is named after
 * Mattermost's Go variable without its `Permission` prefix; the value is the id stored in roles.
 *
 * Left out: the wiki/page permissions (create_page, read_wiki, ...) that only exist on
 * Mattermost's development branch and are not part of a released 11.x server.
 */

export type PermissionScope =
  | 'system_scope'
  | 'team_scope'
  | 'channel_scope'
  | 'group_scope'
  | 'playbook_scope'
  | 'run_scope';

// --- system scope -------------------------------------------------------------------------------
export const ASSIGN_SYSTEM_ADMIN_ROLE = 'assign_system_admin_role';
export const MANAGE_ROLES = 'manage_roles';
export const MANAGE_SYSTEM = 'manage_system';
export const CREATE_DIRECT_CHANNEL = 'create_direct_channel';
export const CREATE_GROUP_CHANNEL = 'create_group_channel';
export const LIST_PUBLIC_TEAMS = 'list_public_teams';
export const JOIN_PUBLIC_TEAMS = 'join_public_teams';
export const LIST_PRIVATE_TEAMS = 'list_private_teams';
export const JOIN_PRIVATE_TEAMS = 'join_private_teams';
export const EDIT_OTHER_USERS = 'edit_other_users';
export const READ_OTHER_USERS_TEAMS = 'read_other_users_teams';
export const GET_PUBLIC_LINK = 'get_public_link';
export const MANAGE_SYSTEM_WIDE_OAUTH = 'manage_system_wide_oauth';
export const MANAGE_OAUTH = 'manage_oauth';
export const CREATE_TEAM = 'create_team';
export const LIST_USERS_WITHOUT_TEAM = 'list_users_without_team';
export const CREATE_USER_ACCESS_TOKEN = 'create_user_access_token';
export const READ_USER_ACCESS_TOKEN = 'read_user_access_token';
export const REVOKE_USER_ACCESS_TOKEN = 'revoke_user_access_token';
export const CREATE_BOT = 'create_bot';
export const ASSIGN_BOT = 'assign_bot';
export const READ_BOTS = 'read_bots';
export const READ_OTHERS_BOTS = 'read_others_bots';
export const MANAGE_BOTS = 'manage_bots';
export const MANAGE_OTHERS_BOTS = 'manage_others_bots';
export const READ_JOBS = 'read_jobs';
export const MANAGE_JOBS = 'manage_jobs';
export const PROMOTE_GUEST = 'promote_guest';
export const DEMOTE_TO_GUEST = 'demote_to_guest';
export const EDIT_BRAND = 'edit_brand';
export const MANAGE_SHARED_CHANNELS = 'manage_shared_channels';
export const MANAGE_SECURE_CONNECTIONS = 'manage_secure_connections';
export const DOWNLOAD_COMPLIANCE_EXPORT_RESULT = 'download_compliance_export_result';
export const CREATE_DATA_RETENTION_JOB = 'create_data_retention_job';
export const MANAGE_DATA_RETENTION_JOB = 'manage_data_retention_job';
export const READ_DATA_RETENTION_JOB = 'read_data_retention_job';
export const CREATE_COMPLIANCE_EXPORT_JOB = 'create_compliance_export_job';
export const MANAGE_COMPLIANCE_EXPORT_JOB = 'manage_compliance_export_job';
export const READ_COMPLIANCE_EXPORT_JOB = 'read_compliance_export_job';
export const READ_AUDITS = 'read_audits';
export const TEST_SITE_URL = 'test_site_url';
export const TEST_ELASTICSEARCH = 'test_elasticsearch';
export const TEST_S3 = 'test_s3';
export const RELOAD_CONFIG = 'reload_config';
export const INVALIDATE_CACHES = 'invalidate_caches';
export const RECYCLE_DATABASE_CONNECTIONS = 'recycle_database_connections';
export const PURGE_ELASTICSEARCH_INDEXES = 'purge_elasticsearch_indexes';
export const TEST_EMAIL = 'test_email';
export const CREATE_ELASTICSEARCH_POST_INDEXING_JOB = 'create_elasticsearch_post_indexing_job';
export const MANAGE_ELASTICSEARCH_POST_INDEXING_JOB = 'manage_elasticsearch_post_indexing_job';
export const CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB = 'create_elasticsearch_post_aggregation_job';
export const MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB = 'manage_elasticsearch_post_aggregation_job';
export const READ_ELASTICSEARCH_POST_INDEXING_JOB = 'read_elasticsearch_post_indexing_job';
export const READ_ELASTICSEARCH_POST_AGGREGATION_JOB = 'read_elasticsearch_post_aggregation_job';
export const CREATE_LDAP_SYNC_JOB = 'create_ldap_sync_job';
export const MANAGE_LDAP_SYNC_JOB = 'manage_ldap_sync_job';
export const READ_LDAP_SYNC_JOB = 'read_ldap_sync_job';
export const TEST_LDAP = 'test_ldap';
export const INVALIDATE_EMAIL_INVITE = 'invalidate_email_invite';
export const GET_SAML_METADATA_FROM_IDP = 'get_saml_metadata_from_idp';
export const ADD_SAML_PUBLIC_CERT = 'add_saml_public_cert';
export const ADD_SAML_PRIVATE_CERT = 'add_saml_private_cert';
export const ADD_SAML_IDP_CERT = 'add_saml_idp_cert';
export const REMOVE_SAML_PUBLIC_CERT = 'remove_saml_public_cert';
export const REMOVE_SAML_PRIVATE_CERT = 'remove_saml_private_cert';
export const REMOVE_SAML_IDP_CERT = 'remove_saml_idp_cert';
export const GET_SAML_CERT_STATUS = 'get_saml_cert_status';
export const ADD_LDAP_PUBLIC_CERT = 'add_ldap_public_cert';
export const ADD_LDAP_PRIVATE_CERT = 'add_ldap_private_cert';
export const REMOVE_LDAP_PUBLIC_CERT = 'remove_ldap_public_cert';
export const REMOVE_LDAP_PRIVATE_CERT = 'remove_ldap_private_cert';
export const GET_ANALYTICS = 'get_analytics';
export const GET_LOGS = 'get_logs';
export const READ_LICENSE_INFORMATION = 'read_license_information';
export const MANAGE_LICENSE_INFORMATION = 'manage_license_information';
export const CREATE_CUSTOM_GROUP = 'create_custom_group';
export const MANAGE_OUTGOING_OAUTH_CONNECTIONS = 'manage_outgoing_oauth_connections';
export const MANAGE_OWN_AGENT = 'manage_own_agent';
export const MANAGE_OTHERS_AGENT = 'manage_others_agent';

// --- team scope ---------------------------------------------------------------------------------
export const INVITE_USER = 'invite_user';
export const ADD_USER_TO_TEAM = 'add_user_to_team';
export const MANAGE_OWN_SLASH_COMMANDS = 'manage_own_slash_commands';
export const MANAGE_OTHERS_SLASH_COMMANDS = 'manage_others_slash_commands';
export const CREATE_PUBLIC_CHANNEL = 'create_public_channel';
export const CREATE_PRIVATE_CHANNEL = 'create_private_channel';
export const MANAGE_TEAM_ROLES = 'manage_team_roles';
export const MANAGE_TEAM_ACCESS_RULES = 'manage_team_access_rules';
export const LIST_TEAM_CHANNELS = 'list_team_channels';
export const JOIN_PUBLIC_CHANNELS = 'join_public_channels';
export const READ_PUBLIC_CHANNEL = 'read_public_channel';
export const MANAGE_OWN_INCOMING_WEBHOOKS = 'manage_own_incoming_webhooks';
export const MANAGE_OWN_OUTGOING_WEBHOOKS = 'manage_own_outgoing_webhooks';
export const MANAGE_OTHERS_INCOMING_WEBHOOKS = 'manage_others_incoming_webhooks';
export const MANAGE_OTHERS_OUTGOING_WEBHOOKS = 'manage_others_outgoing_webhooks';
export const BYPASS_INCOMING_WEBHOOK_CHANNEL_LOCK = 'bypass_incoming_webhook_channel_lock';
export const CREATE_EMOJIS = 'create_emojis';
export const DELETE_EMOJIS = 'delete_emojis';
export const DELETE_OTHERS_EMOJIS = 'delete_others_emojis';
export const REMOVE_USER_FROM_TEAM = 'remove_user_from_team';
export const MANAGE_TEAM = 'manage_team';
export const IMPORT_TEAM = 'import_team';
export const VIEW_TEAM = 'view_team';
export const VIEW_MEMBERS = 'view_members';
export const INVITE_GUEST = 'invite_guest';
export const PUBLIC_PLAYBOOK_CREATE = 'playbook_public_create';
export const PRIVATE_PLAYBOOK_CREATE = 'playbook_private_create';

// --- channel scope ------------------------------------------------------------------------------
/** Kept by Mattermost for compatibility only; no longer checked. */
export const USE_SLASH_COMMANDS = 'use_slash_commands';
export const MANAGE_PUBLIC_CHANNEL_MEMBERS = 'manage_public_channel_members';
export const MANAGE_PRIVATE_CHANNEL_MEMBERS = 'manage_private_channel_members';
export const MANAGE_CHANNEL_ROLES = 'manage_channel_roles';
export const MANAGE_PUBLIC_CHANNEL_PROPERTIES = 'manage_public_channel_properties';
export const MANAGE_PRIVATE_CHANNEL_PROPERTIES = 'manage_private_channel_properties';
export const MANAGE_PUBLIC_CHANNEL_AUTO_TRANSLATION = 'manage_public_channel_auto_translation';
export const MANAGE_PRIVATE_CHANNEL_AUTO_TRANSLATION = 'manage_private_channel_auto_translation';
export const CONVERT_PUBLIC_CHANNEL_TO_PRIVATE = 'convert_public_channel_to_private';
export const CONVERT_PRIVATE_CHANNEL_TO_PUBLIC = 'convert_private_channel_to_public';
export const DELETE_PUBLIC_CHANNEL = 'delete_public_channel';
export const DELETE_PRIVATE_CHANNEL = 'delete_private_channel';
export const READ_CHANNEL = 'read_channel';
export const READ_CHANNEL_CONTENT = 'read_channel_content';
export const READ_PUBLIC_CHANNEL_GROUPS = 'read_public_channel_groups';
export const READ_PRIVATE_CHANNEL_GROUPS = 'read_private_channel_groups';
export const ADD_REACTION = 'add_reaction';
export const REMOVE_REACTION = 'remove_reaction';
export const REMOVE_OTHERS_REACTIONS = 'remove_others_reactions';
export const UPLOAD_FILE = 'upload_file';
export const CREATE_POST = 'create_post';
export const CREATE_POST_PUBLIC = 'create_post_public';
export const CREATE_POST_EPHEMERAL = 'create_post_ephemeral';
export const READ_DELETED_POSTS = 'read_deleted_posts';
export const EDIT_POST = 'edit_post';
export const EDIT_OTHERS_POSTS = 'edit_others_posts';
export const DELETE_POST = 'delete_post';
export const DELETE_OTHERS_POSTS = 'delete_others_posts';
export const USE_CHANNEL_MENTIONS = 'use_channel_mentions';
export const USE_GROUP_MENTIONS = 'use_group_mentions';
export const ADD_BOOKMARK_PUBLIC_CHANNEL = 'add_bookmark_public_channel';
export const EDIT_BOOKMARK_PUBLIC_CHANNEL = 'edit_bookmark_public_channel';
export const DELETE_BOOKMARK_PUBLIC_CHANNEL = 'delete_bookmark_public_channel';
export const ORDER_BOOKMARK_PUBLIC_CHANNEL = 'order_bookmark_public_channel';
export const ADD_BOOKMARK_PRIVATE_CHANNEL = 'add_bookmark_private_channel';
export const EDIT_BOOKMARK_PRIVATE_CHANNEL = 'edit_bookmark_private_channel';
export const DELETE_BOOKMARK_PRIVATE_CHANNEL = 'delete_bookmark_private_channel';
export const ORDER_BOOKMARK_PRIVATE_CHANNEL = 'order_bookmark_private_channel';
export const MANAGE_PUBLIC_CHANNEL_BANNER = 'manage_public_channel_banner';
export const MANAGE_PRIVATE_CHANNEL_BANNER = 'manage_private_channel_banner';
export const MANAGE_CHANNEL_ACCESS_RULES = 'manage_channel_access_rules';
export const EDIT_FILE_ATTACHMENT = 'edit_file_attachment';

// --- system console (system scope) --------------------------------------------------------------
export const SYSCONSOLE_READ_ABOUT_EDITION_AND_LICENSE = 'sysconsole_read_about_edition_and_license';
export const SYSCONSOLE_WRITE_ABOUT_EDITION_AND_LICENSE = 'sysconsole_write_about_edition_and_license';
export const SYSCONSOLE_READ_BILLING = 'sysconsole_read_billing';
export const SYSCONSOLE_WRITE_BILLING = 'sysconsole_write_billing';
export const SYSCONSOLE_READ_REPORTING_SITE_STATISTICS = 'sysconsole_read_reporting_site_statistics';
export const SYSCONSOLE_WRITE_REPORTING_SITE_STATISTICS = 'sysconsole_write_reporting_site_statistics';
export const SYSCONSOLE_READ_REPORTING_TEAM_STATISTICS = 'sysconsole_read_reporting_team_statistics';
export const SYSCONSOLE_WRITE_REPORTING_TEAM_STATISTICS = 'sysconsole_write_reporting_team_statistics';
export const SYSCONSOLE_READ_REPORTING_SERVER_LOGS = 'sysconsole_read_reporting_server_logs';
export const SYSCONSOLE_WRITE_REPORTING_SERVER_LOGS = 'sysconsole_write_reporting_server_logs';
export const SYSCONSOLE_READ_USER_MANAGEMENT_USERS = 'sysconsole_read_user_management_users';
export const SYSCONSOLE_WRITE_USER_MANAGEMENT_USERS = 'sysconsole_write_user_management_users';
export const SYSCONSOLE_READ_USER_MANAGEMENT_GROUPS = 'sysconsole_read_user_management_groups';
export const SYSCONSOLE_WRITE_USER_MANAGEMENT_GROUPS = 'sysconsole_write_user_management_groups';
export const SYSCONSOLE_READ_USER_MANAGEMENT_TEAMS = 'sysconsole_read_user_management_teams';
export const SYSCONSOLE_WRITE_USER_MANAGEMENT_TEAMS = 'sysconsole_write_user_management_teams';
export const SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS = 'sysconsole_read_user_management_channels';
export const SYSCONSOLE_WRITE_USER_MANAGEMENT_CHANNELS = 'sysconsole_write_user_management_channels';
export const SYSCONSOLE_READ_USER_MANAGEMENT_PERMISSIONS = 'sysconsole_read_user_management_permissions';
export const SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS = 'sysconsole_write_user_management_permissions';
export const SYSCONSOLE_READ_USER_MANAGEMENT_SYSTEM_ROLES = 'sysconsole_read_user_management_system_roles';
export const SYSCONSOLE_WRITE_USER_MANAGEMENT_SYSTEM_ROLES = 'sysconsole_write_user_management_system_roles';
export const SYSCONSOLE_READ_ENVIRONMENT_WEB_SERVER = 'sysconsole_read_environment_web_server';
export const SYSCONSOLE_WRITE_ENVIRONMENT_WEB_SERVER = 'sysconsole_write_environment_web_server';
export const SYSCONSOLE_READ_ENVIRONMENT_DATABASE = 'sysconsole_read_environment_database';
export const SYSCONSOLE_WRITE_ENVIRONMENT_DATABASE = 'sysconsole_write_environment_database';
export const SYSCONSOLE_READ_ENVIRONMENT_ELASTICSEARCH = 'sysconsole_read_environment_elasticsearch';
export const SYSCONSOLE_WRITE_ENVIRONMENT_ELASTICSEARCH = 'sysconsole_write_environment_elasticsearch';
export const SYSCONSOLE_READ_ENVIRONMENT_FILE_STORAGE = 'sysconsole_read_environment_file_storage';
export const SYSCONSOLE_WRITE_ENVIRONMENT_FILE_STORAGE = 'sysconsole_write_environment_file_storage';
export const SYSCONSOLE_READ_ENVIRONMENT_IMAGE_PROXY = 'sysconsole_read_environment_image_proxy';
export const SYSCONSOLE_WRITE_ENVIRONMENT_IMAGE_PROXY = 'sysconsole_write_environment_image_proxy';
export const SYSCONSOLE_READ_ENVIRONMENT_SMTP = 'sysconsole_read_environment_smtp';
export const SYSCONSOLE_WRITE_ENVIRONMENT_SMTP = 'sysconsole_write_environment_smtp';
export const SYSCONSOLE_READ_ENVIRONMENT_PUSH_NOTIFICATION_SERVER = 'sysconsole_read_environment_push_notification_server';
export const SYSCONSOLE_WRITE_ENVIRONMENT_PUSH_NOTIFICATION_SERVER = 'sysconsole_write_environment_push_notification_server';
export const SYSCONSOLE_READ_ENVIRONMENT_HIGH_AVAILABILITY = 'sysconsole_read_environment_high_availability';
export const SYSCONSOLE_WRITE_ENVIRONMENT_HIGH_AVAILABILITY = 'sysconsole_write_environment_high_availability';
export const SYSCONSOLE_READ_ENVIRONMENT_RATE_LIMITING = 'sysconsole_read_environment_rate_limiting';
export const SYSCONSOLE_WRITE_ENVIRONMENT_RATE_LIMITING = 'sysconsole_write_environment_rate_limiting';
export const SYSCONSOLE_READ_ENVIRONMENT_LOGGING = 'sysconsole_read_environment_logging';
export const SYSCONSOLE_WRITE_ENVIRONMENT_LOGGING = 'sysconsole_write_environment_logging';
export const SYSCONSOLE_READ_ENVIRONMENT_SESSION_LENGTHS = 'sysconsole_read_environment_session_lengths';
export const SYSCONSOLE_WRITE_ENVIRONMENT_SESSION_LENGTHS = 'sysconsole_write_environment_session_lengths';
export const SYSCONSOLE_READ_ENVIRONMENT_PERFORMANCE_MONITORING = 'sysconsole_read_environment_performance_monitoring';
export const SYSCONSOLE_WRITE_ENVIRONMENT_PERFORMANCE_MONITORING = 'sysconsole_write_environment_performance_monitoring';
export const SYSCONSOLE_READ_ENVIRONMENT_DEVELOPER = 'sysconsole_read_environment_developer';
export const SYSCONSOLE_WRITE_ENVIRONMENT_DEVELOPER = 'sysconsole_write_environment_developer';
export const SYSCONSOLE_READ_ENVIRONMENT_MOBILE_SECURITY = 'sysconsole_read_environment_mobile_security';
export const SYSCONSOLE_WRITE_ENVIRONMENT_MOBILE_SECURITY = 'sysconsole_write_environment_mobile_security';
export const SYSCONSOLE_READ_SITE_CUSTOMIZATION = 'sysconsole_read_site_customization';
export const SYSCONSOLE_WRITE_SITE_CUSTOMIZATION = 'sysconsole_write_site_customization';
export const SYSCONSOLE_READ_SITE_LOCALIZATION = 'sysconsole_read_site_localization';
export const SYSCONSOLE_WRITE_SITE_LOCALIZATION = 'sysconsole_write_site_localization';
export const SYSCONSOLE_READ_SITE_USERS_AND_TEAMS = 'sysconsole_read_site_users_and_teams';
export const SYSCONSOLE_WRITE_SITE_USERS_AND_TEAMS = 'sysconsole_write_site_users_and_teams';
export const SYSCONSOLE_READ_SITE_NOTIFICATIONS = 'sysconsole_read_site_notifications';
export const SYSCONSOLE_WRITE_SITE_NOTIFICATIONS = 'sysconsole_write_site_notifications';
export const SYSCONSOLE_READ_SITE_ANNOUNCEMENT_BANNER = 'sysconsole_read_site_announcement_banner';
export const SYSCONSOLE_WRITE_SITE_ANNOUNCEMENT_BANNER = 'sysconsole_write_site_announcement_banner';
export const SYSCONSOLE_READ_SITE_EMOJI = 'sysconsole_read_site_emoji';
export const SYSCONSOLE_WRITE_SITE_EMOJI = 'sysconsole_write_site_emoji';
export const SYSCONSOLE_READ_SITE_POSTS = 'sysconsole_read_site_posts';
export const SYSCONSOLE_WRITE_SITE_POSTS = 'sysconsole_write_site_posts';
export const SYSCONSOLE_READ_SITE_FILE_SHARING_AND_DOWNLOADS = 'sysconsole_read_site_file_sharing_and_downloads';
export const SYSCONSOLE_WRITE_SITE_FILE_SHARING_AND_DOWNLOADS = 'sysconsole_write_site_file_sharing_and_downloads';
export const SYSCONSOLE_READ_SITE_PUBLIC_LINKS = 'sysconsole_read_site_public_links';
export const SYSCONSOLE_WRITE_SITE_PUBLIC_LINKS = 'sysconsole_write_site_public_links';
export const SYSCONSOLE_READ_SITE_NOTICES = 'sysconsole_read_site_notices';
export const SYSCONSOLE_WRITE_SITE_NOTICES = 'sysconsole_write_site_notices';
export const SYSCONSOLE_READ_IP_FILTERS = 'sysconsole_read_site_ip_filters';
export const SYSCONSOLE_WRITE_IP_FILTERS = 'sysconsole_write_site_ip_filters';
export const SYSCONSOLE_READ_AUTHENTICATION_SIGNUP = 'sysconsole_read_authentication_signup';
export const SYSCONSOLE_WRITE_AUTHENTICATION_SIGNUP = 'sysconsole_write_authentication_signup';
export const SYSCONSOLE_READ_AUTHENTICATION_EMAIL = 'sysconsole_read_authentication_email';
export const SYSCONSOLE_WRITE_AUTHENTICATION_EMAIL = 'sysconsole_write_authentication_email';
export const SYSCONSOLE_READ_AUTHENTICATION_PASSWORD = 'sysconsole_read_authentication_password';
export const SYSCONSOLE_WRITE_AUTHENTICATION_PASSWORD = 'sysconsole_write_authentication_password';
export const SYSCONSOLE_READ_AUTHENTICATION_MFA = 'sysconsole_read_authentication_mfa';
export const SYSCONSOLE_WRITE_AUTHENTICATION_MFA = 'sysconsole_write_authentication_mfa';
export const SYSCONSOLE_READ_AUTHENTICATION_LDAP = 'sysconsole_read_authentication_ldap';
export const SYSCONSOLE_WRITE_AUTHENTICATION_LDAP = 'sysconsole_write_authentication_ldap';
export const SYSCONSOLE_READ_AUTHENTICATION_SAML = 'sysconsole_read_authentication_saml';
export const SYSCONSOLE_WRITE_AUTHENTICATION_SAML = 'sysconsole_write_authentication_saml';
export const SYSCONSOLE_READ_AUTHENTICATION_OPENID = 'sysconsole_read_authentication_openid';
export const SYSCONSOLE_WRITE_AUTHENTICATION_OPENID = 'sysconsole_write_authentication_openid';
export const SYSCONSOLE_READ_AUTHENTICATION_GUEST_ACCESS = 'sysconsole_read_authentication_guest_access';
export const SYSCONSOLE_WRITE_AUTHENTICATION_GUEST_ACCESS = 'sysconsole_write_authentication_guest_access';
export const SYSCONSOLE_READ_PLUGINS = 'sysconsole_read_plugins';
export const SYSCONSOLE_WRITE_PLUGINS = 'sysconsole_write_plugins';
export const SYSCONSOLE_READ_INTEGRATIONS_INTEGRATION_MANAGEMENT = 'sysconsole_read_integrations_integration_management';
export const SYSCONSOLE_WRITE_INTEGRATIONS_INTEGRATION_MANAGEMENT = 'sysconsole_write_integrations_integration_management';
export const SYSCONSOLE_READ_INTEGRATIONS_BOT_ACCOUNTS = 'sysconsole_read_integrations_bot_accounts';
export const SYSCONSOLE_WRITE_INTEGRATIONS_BOT_ACCOUNTS = 'sysconsole_write_integrations_bot_accounts';
export const SYSCONSOLE_READ_INTEGRATIONS_GIF = 'sysconsole_read_integrations_gif';
export const SYSCONSOLE_WRITE_INTEGRATIONS_GIF = 'sysconsole_write_integrations_gif';
export const SYSCONSOLE_READ_INTEGRATIONS_CORS = 'sysconsole_read_integrations_cors';
export const SYSCONSOLE_WRITE_INTEGRATIONS_CORS = 'sysconsole_write_integrations_cors';
export const SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY = 'sysconsole_read_compliance_data_retention_policy';
export const SYSCONSOLE_WRITE_COMPLIANCE_DATA_RETENTION_POLICY = 'sysconsole_write_compliance_data_retention_policy';
export const SYSCONSOLE_READ_COMPLIANCE_COMPLIANCE_EXPORT = 'sysconsole_read_compliance_compliance_export';
export const SYSCONSOLE_WRITE_COMPLIANCE_COMPLIANCE_EXPORT = 'sysconsole_write_compliance_compliance_export';
export const SYSCONSOLE_READ_COMPLIANCE_COMPLIANCE_MONITORING = 'sysconsole_read_compliance_compliance_monitoring';
export const SYSCONSOLE_WRITE_COMPLIANCE_COMPLIANCE_MONITORING = 'sysconsole_write_compliance_compliance_monitoring';
export const SYSCONSOLE_READ_COMPLIANCE_CUSTOM_TERMS_OF_SERVICE = 'sysconsole_read_compliance_custom_terms_of_service';
export const SYSCONSOLE_WRITE_COMPLIANCE_CUSTOM_TERMS_OF_SERVICE = 'sysconsole_write_compliance_custom_terms_of_service';
export const SYSCONSOLE_READ_EXPERIMENTAL_FEATURES = 'sysconsole_read_experimental_features';
export const SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURES = 'sysconsole_write_experimental_features';
export const SYSCONSOLE_READ_EXPERIMENTAL_FEATURE_FLAGS = 'sysconsole_read_experimental_feature_flags';
export const SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURE_FLAGS = 'sysconsole_write_experimental_feature_flags';
export const SYSCONSOLE_READ_PRODUCTS_BOARDS = 'sysconsole_read_products_boards';
export const SYSCONSOLE_WRITE_PRODUCTS_BOARDS = 'sysconsole_write_products_boards';

// --- group scope (custom user groups) -----------------------------------------------------------
export const MANAGE_CUSTOM_GROUP_MEMBERS = 'manage_custom_group_members';
export const EDIT_CUSTOM_GROUP = 'edit_custom_group';
export const DELETE_CUSTOM_GROUP = 'delete_custom_group';
export const RESTORE_CUSTOM_GROUP = 'restore_custom_group';

// --- playbook and run scope ---------------------------------------------------------------------
export const PUBLIC_PLAYBOOK_MANAGE_PROPERTIES = 'playbook_public_manage_properties';
export const PUBLIC_PLAYBOOK_MANAGE_MEMBERS = 'playbook_public_manage_members';
export const PUBLIC_PLAYBOOK_MANAGE_ROLES = 'playbook_public_manage_roles';
export const PUBLIC_PLAYBOOK_VIEW = 'playbook_public_view';
export const PUBLIC_PLAYBOOK_MAKE_PRIVATE = 'playbook_public_make_private';
export const PRIVATE_PLAYBOOK_MANAGE_PROPERTIES = 'playbook_private_manage_properties';
export const PRIVATE_PLAYBOOK_MANAGE_MEMBERS = 'playbook_private_manage_members';
export const PRIVATE_PLAYBOOK_MANAGE_ROLES = 'playbook_private_manage_roles';
export const PRIVATE_PLAYBOOK_VIEW = 'playbook_private_view';
export const PRIVATE_PLAYBOOK_MAKE_PUBLIC = 'playbook_private_make_public';
export const RUN_CREATE = 'run_create';
export const RUN_MANAGE_PROPERTIES = 'run_manage_properties';
export const RUN_MANAGE_MEMBERS = 'run_manage_members';
export const RUN_VIEW = 'run_view';

// --- deprecated: still valid in a role, never granted by default --------------------------------
export const PERMANENT_DELETE_USER = 'permanent_delete_user';
export const MANAGE_WEBHOOKS = 'manage_webhooks';
export const MANAGE_OTHERS_WEBHOOKS = 'manage_others_webhooks';
export const MANAGE_INCOMING_WEBHOOKS = 'manage_incoming_webhooks';
export const MANAGE_OUTGOING_WEBHOOKS = 'manage_outgoing_webhooks';
export const MANAGE_SLASH_COMMANDS = 'manage_slash_commands';
export const MANAGE_EMOJIS = 'manage_emojis';
export const MANAGE_OTHERS_EMOJIS = 'manage_others_emojis';
export const SYSCONSOLE_READ_AUTHENTICATION = 'sysconsole_read_authentication';
export const SYSCONSOLE_WRITE_AUTHENTICATION = 'sysconsole_write_authentication';
export const SYSCONSOLE_READ_SITE = 'sysconsole_read_site';
export const SYSCONSOLE_WRITE_SITE = 'sysconsole_write_site';
export const SYSCONSOLE_READ_ENVIRONMENT = 'sysconsole_read_environment';
export const SYSCONSOLE_WRITE_ENVIRONMENT = 'sysconsole_write_environment';
export const SYSCONSOLE_READ_REPORTING = 'sysconsole_read_reporting';
export const SYSCONSOLE_WRITE_REPORTING = 'sysconsole_write_reporting';
export const SYSCONSOLE_READ_ABOUT = 'sysconsole_read_about';
export const SYSCONSOLE_WRITE_ABOUT = 'sysconsole_write_about';
export const SYSCONSOLE_READ_EXPERIMENTAL = 'sysconsole_read_experimental';
export const SYSCONSOLE_WRITE_EXPERIMENTAL = 'sysconsole_write_experimental';
export const SYSCONSOLE_READ_INTEGRATIONS = 'sysconsole_read_integrations';
export const SYSCONSOLE_WRITE_INTEGRATIONS = 'sysconsole_write_integrations';
export const SYSCONSOLE_READ_COMPLIANCE = 'sysconsole_read_compliance';
export const SYSCONSOLE_WRITE_COMPLIANCE = 'sysconsole_write_compliance';
export const PURGE_BLEVE_INDEXES = 'purge_bleve_indexes';
export const CREATE_POST_BLEVE_INDEXES_JOB = 'create_post_bleve_indexes_job';
export const MANAGE_POST_BLEVE_INDEXES_JOB = 'manage_post_bleve_indexes_job';
export const SYSCONSOLE_READ_EXPERIMENTAL_BLEVE = 'sysconsole_read_experimental_bleve';
export const SYSCONSOLE_WRITE_EXPERIMENTAL_BLEVE = 'sysconsole_write_experimental_bleve';

// --- groupings, in Mattermost's order -----------------------------------------------------------

export const SYSTEM_SCOPED_PERMISSIONS_MINUS_SYSCONSOLE: readonly string[] = [
  ASSIGN_SYSTEM_ADMIN_ROLE, MANAGE_ROLES, MANAGE_SYSTEM, CREATE_DIRECT_CHANNEL, CREATE_GROUP_CHANNEL,
  LIST_PUBLIC_TEAMS, JOIN_PUBLIC_TEAMS, LIST_PRIVATE_TEAMS, JOIN_PRIVATE_TEAMS, EDIT_OTHER_USERS,
  READ_OTHER_USERS_TEAMS, GET_PUBLIC_LINK, MANAGE_SYSTEM_WIDE_OAUTH, MANAGE_OAUTH, CREATE_TEAM,
  LIST_USERS_WITHOUT_TEAM, CREATE_USER_ACCESS_TOKEN, READ_USER_ACCESS_TOKEN, REVOKE_USER_ACCESS_TOKEN,
  CREATE_BOT, ASSIGN_BOT, READ_BOTS, READ_OTHERS_BOTS, MANAGE_BOTS, MANAGE_OTHERS_BOTS, READ_JOBS,
  MANAGE_JOBS, PROMOTE_GUEST, DEMOTE_TO_GUEST, EDIT_BRAND, MANAGE_SHARED_CHANNELS,
  MANAGE_SECURE_CONNECTIONS, DOWNLOAD_COMPLIANCE_EXPORT_RESULT, CREATE_DATA_RETENTION_JOB,
  MANAGE_DATA_RETENTION_JOB, READ_DATA_RETENTION_JOB, CREATE_COMPLIANCE_EXPORT_JOB,
  MANAGE_COMPLIANCE_EXPORT_JOB, READ_COMPLIANCE_EXPORT_JOB, READ_AUDITS, TEST_SITE_URL,
  TEST_ELASTICSEARCH, TEST_S3, RELOAD_CONFIG, INVALIDATE_CACHES, RECYCLE_DATABASE_CONNECTIONS,
  PURGE_ELASTICSEARCH_INDEXES, TEST_EMAIL, CREATE_ELASTICSEARCH_POST_INDEXING_JOB,
  MANAGE_ELASTICSEARCH_POST_INDEXING_JOB, CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB,
  MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB, READ_ELASTICSEARCH_POST_INDEXING_JOB,
  READ_ELASTICSEARCH_POST_AGGREGATION_JOB, CREATE_LDAP_SYNC_JOB, MANAGE_LDAP_SYNC_JOB,
  READ_LDAP_SYNC_JOB, TEST_LDAP, INVALIDATE_EMAIL_INVITE, GET_SAML_METADATA_FROM_IDP,
  ADD_SAML_PUBLIC_CERT, ADD_SAML_PRIVATE_CERT, ADD_SAML_IDP_CERT, REMOVE_SAML_PUBLIC_CERT,
  REMOVE_SAML_PRIVATE_CERT, REMOVE_SAML_IDP_CERT, GET_SAML_CERT_STATUS, ADD_LDAP_PUBLIC_CERT,
  ADD_LDAP_PRIVATE_CERT, REMOVE_LDAP_PUBLIC_CERT, REMOVE_LDAP_PRIVATE_CERT, GET_ANALYTICS, GET_LOGS,
  READ_LICENSE_INFORMATION, MANAGE_LICENSE_INFORMATION, CREATE_CUSTOM_GROUP,
  MANAGE_OUTGOING_OAUTH_CONNECTIONS, MANAGE_OWN_AGENT, MANAGE_OTHERS_AGENT,
];

export const TEAM_SCOPED_PERMISSIONS: readonly string[] = [
  INVITE_USER, ADD_USER_TO_TEAM, MANAGE_OWN_SLASH_COMMANDS, MANAGE_OTHERS_SLASH_COMMANDS,
  CREATE_PUBLIC_CHANNEL, CREATE_PRIVATE_CHANNEL, MANAGE_TEAM_ROLES, MANAGE_TEAM_ACCESS_RULES,
  LIST_TEAM_CHANNELS, JOIN_PUBLIC_CHANNELS, READ_PUBLIC_CHANNEL, MANAGE_OWN_INCOMING_WEBHOOKS,
  MANAGE_OWN_OUTGOING_WEBHOOKS, MANAGE_OTHERS_INCOMING_WEBHOOKS, MANAGE_OTHERS_OUTGOING_WEBHOOKS,
  BYPASS_INCOMING_WEBHOOK_CHANNEL_LOCK, CREATE_EMOJIS, DELETE_EMOJIS, DELETE_OTHERS_EMOJIS,
  REMOVE_USER_FROM_TEAM, MANAGE_TEAM, IMPORT_TEAM, VIEW_TEAM, VIEW_MEMBERS, INVITE_GUEST,
  PUBLIC_PLAYBOOK_CREATE, PRIVATE_PLAYBOOK_CREATE,
];

export const CHANNEL_SCOPED_PERMISSIONS: readonly string[] = [
  USE_SLASH_COMMANDS, MANAGE_PUBLIC_CHANNEL_MEMBERS, MANAGE_PRIVATE_CHANNEL_MEMBERS,
  MANAGE_CHANNEL_ROLES, MANAGE_PUBLIC_CHANNEL_PROPERTIES, MANAGE_PRIVATE_CHANNEL_PROPERTIES,
  MANAGE_PUBLIC_CHANNEL_AUTO_TRANSLATION, MANAGE_PRIVATE_CHANNEL_AUTO_TRANSLATION,
  CONVERT_PUBLIC_CHANNEL_TO_PRIVATE, CONVERT_PRIVATE_CHANNEL_TO_PUBLIC, DELETE_PUBLIC_CHANNEL,
  DELETE_PRIVATE_CHANNEL, READ_CHANNEL, READ_CHANNEL_CONTENT, READ_PUBLIC_CHANNEL_GROUPS,
  READ_PRIVATE_CHANNEL_GROUPS, ADD_REACTION, REMOVE_REACTION, REMOVE_OTHERS_REACTIONS, UPLOAD_FILE,
  CREATE_POST, CREATE_POST_PUBLIC, CREATE_POST_EPHEMERAL, READ_DELETED_POSTS, EDIT_POST,
  EDIT_OTHERS_POSTS, DELETE_POST, DELETE_OTHERS_POSTS, USE_CHANNEL_MENTIONS, USE_GROUP_MENTIONS,
  ADD_BOOKMARK_PUBLIC_CHANNEL, EDIT_BOOKMARK_PUBLIC_CHANNEL, DELETE_BOOKMARK_PUBLIC_CHANNEL,
  ORDER_BOOKMARK_PUBLIC_CHANNEL, ADD_BOOKMARK_PRIVATE_CHANNEL, EDIT_BOOKMARK_PRIVATE_CHANNEL,
  DELETE_BOOKMARK_PRIVATE_CHANNEL, ORDER_BOOKMARK_PRIVATE_CHANNEL, MANAGE_PUBLIC_CHANNEL_BANNER,
  MANAGE_PRIVATE_CHANNEL_BANNER, MANAGE_CHANNEL_ACCESS_RULES, EDIT_FILE_ATTACHMENT,
];

export const SYSCONSOLE_READ_PERMISSIONS: readonly string[] = [
  SYSCONSOLE_READ_ABOUT_EDITION_AND_LICENSE, SYSCONSOLE_READ_BILLING,
  SYSCONSOLE_READ_REPORTING_SITE_STATISTICS, SYSCONSOLE_READ_REPORTING_TEAM_STATISTICS,
  SYSCONSOLE_READ_REPORTING_SERVER_LOGS, SYSCONSOLE_READ_USER_MANAGEMENT_USERS,
  SYSCONSOLE_READ_USER_MANAGEMENT_GROUPS, SYSCONSOLE_READ_USER_MANAGEMENT_TEAMS,
  SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS, SYSCONSOLE_READ_USER_MANAGEMENT_PERMISSIONS,
  SYSCONSOLE_READ_USER_MANAGEMENT_SYSTEM_ROLES, SYSCONSOLE_READ_ENVIRONMENT_WEB_SERVER,
  SYSCONSOLE_READ_ENVIRONMENT_DATABASE, SYSCONSOLE_READ_ENVIRONMENT_ELASTICSEARCH,
  SYSCONSOLE_READ_ENVIRONMENT_FILE_STORAGE, SYSCONSOLE_READ_ENVIRONMENT_IMAGE_PROXY,
  SYSCONSOLE_READ_ENVIRONMENT_SMTP, SYSCONSOLE_READ_ENVIRONMENT_PUSH_NOTIFICATION_SERVER,
  SYSCONSOLE_READ_ENVIRONMENT_HIGH_AVAILABILITY, SYSCONSOLE_READ_ENVIRONMENT_RATE_LIMITING,
  SYSCONSOLE_READ_ENVIRONMENT_LOGGING, SYSCONSOLE_READ_ENVIRONMENT_SESSION_LENGTHS,
  SYSCONSOLE_READ_ENVIRONMENT_PERFORMANCE_MONITORING, SYSCONSOLE_READ_ENVIRONMENT_DEVELOPER,
  SYSCONSOLE_READ_ENVIRONMENT_MOBILE_SECURITY, SYSCONSOLE_READ_SITE_CUSTOMIZATION,
  SYSCONSOLE_READ_SITE_LOCALIZATION, SYSCONSOLE_READ_SITE_USERS_AND_TEAMS,
  SYSCONSOLE_READ_SITE_NOTIFICATIONS, SYSCONSOLE_READ_SITE_ANNOUNCEMENT_BANNER,
  SYSCONSOLE_READ_SITE_EMOJI, SYSCONSOLE_READ_SITE_POSTS,
  SYSCONSOLE_READ_SITE_FILE_SHARING_AND_DOWNLOADS, SYSCONSOLE_READ_SITE_PUBLIC_LINKS,
  SYSCONSOLE_READ_SITE_NOTICES, SYSCONSOLE_READ_AUTHENTICATION_SIGNUP,
  SYSCONSOLE_READ_AUTHENTICATION_EMAIL, SYSCONSOLE_READ_AUTHENTICATION_PASSWORD,
  SYSCONSOLE_READ_AUTHENTICATION_MFA, SYSCONSOLE_READ_AUTHENTICATION_LDAP,
  SYSCONSOLE_READ_AUTHENTICATION_SAML, SYSCONSOLE_READ_AUTHENTICATION_OPENID,
  SYSCONSOLE_READ_AUTHENTICATION_GUEST_ACCESS, SYSCONSOLE_READ_PLUGINS,
  SYSCONSOLE_READ_INTEGRATIONS_INTEGRATION_MANAGEMENT, SYSCONSOLE_READ_INTEGRATIONS_BOT_ACCOUNTS,
  SYSCONSOLE_READ_INTEGRATIONS_GIF, SYSCONSOLE_READ_INTEGRATIONS_CORS,
  SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY, SYSCONSOLE_READ_COMPLIANCE_COMPLIANCE_EXPORT,
  SYSCONSOLE_READ_COMPLIANCE_COMPLIANCE_MONITORING,
  SYSCONSOLE_READ_COMPLIANCE_CUSTOM_TERMS_OF_SERVICE, SYSCONSOLE_READ_EXPERIMENTAL_FEATURES,
  SYSCONSOLE_READ_EXPERIMENTAL_FEATURE_FLAGS, SYSCONSOLE_READ_PRODUCTS_BOARDS,
  SYSCONSOLE_READ_IP_FILTERS,
];

export const SYSCONSOLE_WRITE_PERMISSIONS: readonly string[] = [
  SYSCONSOLE_WRITE_ABOUT_EDITION_AND_LICENSE, SYSCONSOLE_WRITE_BILLING,
  SYSCONSOLE_WRITE_REPORTING_SITE_STATISTICS, SYSCONSOLE_WRITE_REPORTING_TEAM_STATISTICS,
  SYSCONSOLE_WRITE_REPORTING_SERVER_LOGS, SYSCONSOLE_WRITE_USER_MANAGEMENT_USERS,
  SYSCONSOLE_WRITE_USER_MANAGEMENT_GROUPS, SYSCONSOLE_WRITE_USER_MANAGEMENT_TEAMS,
  SYSCONSOLE_WRITE_USER_MANAGEMENT_CHANNELS, SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS,
  SYSCONSOLE_WRITE_USER_MANAGEMENT_SYSTEM_ROLES, SYSCONSOLE_WRITE_ENVIRONMENT_WEB_SERVER,
  SYSCONSOLE_WRITE_ENVIRONMENT_DATABASE, SYSCONSOLE_WRITE_ENVIRONMENT_ELASTICSEARCH,
  SYSCONSOLE_WRITE_ENVIRONMENT_FILE_STORAGE, SYSCONSOLE_WRITE_ENVIRONMENT_IMAGE_PROXY,
  SYSCONSOLE_WRITE_ENVIRONMENT_SMTP, SYSCONSOLE_WRITE_ENVIRONMENT_PUSH_NOTIFICATION_SERVER,
  SYSCONSOLE_WRITE_ENVIRONMENT_HIGH_AVAILABILITY, SYSCONSOLE_WRITE_ENVIRONMENT_RATE_LIMITING,
  SYSCONSOLE_WRITE_ENVIRONMENT_LOGGING, SYSCONSOLE_WRITE_ENVIRONMENT_SESSION_LENGTHS,
  SYSCONSOLE_WRITE_ENVIRONMENT_PERFORMANCE_MONITORING, SYSCONSOLE_WRITE_ENVIRONMENT_DEVELOPER,
  SYSCONSOLE_WRITE_ENVIRONMENT_MOBILE_SECURITY, SYSCONSOLE_WRITE_SITE_CUSTOMIZATION,
  SYSCONSOLE_WRITE_SITE_LOCALIZATION, SYSCONSOLE_WRITE_SITE_USERS_AND_TEAMS,
  SYSCONSOLE_WRITE_SITE_NOTIFICATIONS, SYSCONSOLE_WRITE_SITE_ANNOUNCEMENT_BANNER,
  SYSCONSOLE_WRITE_SITE_EMOJI, SYSCONSOLE_WRITE_SITE_POSTS,
  SYSCONSOLE_WRITE_SITE_FILE_SHARING_AND_DOWNLOADS, SYSCONSOLE_WRITE_SITE_PUBLIC_LINKS,
  SYSCONSOLE_WRITE_SITE_NOTICES, SYSCONSOLE_WRITE_AUTHENTICATION_SIGNUP,
  SYSCONSOLE_WRITE_AUTHENTICATION_EMAIL, SYSCONSOLE_WRITE_AUTHENTICATION_PASSWORD,
  SYSCONSOLE_WRITE_AUTHENTICATION_MFA, SYSCONSOLE_WRITE_AUTHENTICATION_LDAP,
  SYSCONSOLE_WRITE_AUTHENTICATION_SAML, SYSCONSOLE_WRITE_AUTHENTICATION_OPENID,
  SYSCONSOLE_WRITE_AUTHENTICATION_GUEST_ACCESS, SYSCONSOLE_WRITE_PLUGINS,
  SYSCONSOLE_WRITE_INTEGRATIONS_INTEGRATION_MANAGEMENT, SYSCONSOLE_WRITE_INTEGRATIONS_BOT_ACCOUNTS,
  SYSCONSOLE_WRITE_INTEGRATIONS_GIF, SYSCONSOLE_WRITE_INTEGRATIONS_CORS,
  SYSCONSOLE_WRITE_COMPLIANCE_DATA_RETENTION_POLICY, SYSCONSOLE_WRITE_COMPLIANCE_COMPLIANCE_EXPORT,
  SYSCONSOLE_WRITE_COMPLIANCE_COMPLIANCE_MONITORING,
  SYSCONSOLE_WRITE_COMPLIANCE_CUSTOM_TERMS_OF_SERVICE, SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURES,
  SYSCONSOLE_WRITE_EXPERIMENTAL_FEATURE_FLAGS, SYSCONSOLE_WRITE_PRODUCTS_BOARDS,
  SYSCONSOLE_WRITE_IP_FILTERS,
];

export const GROUP_SCOPED_PERMISSIONS: readonly string[] = [
  MANAGE_CUSTOM_GROUP_MEMBERS, EDIT_CUSTOM_GROUP, DELETE_CUSTOM_GROUP, RESTORE_CUSTOM_GROUP,
];

export const PLAYBOOK_SCOPED_PERMISSIONS: readonly string[] = [
  PUBLIC_PLAYBOOK_MANAGE_PROPERTIES, PUBLIC_PLAYBOOK_MANAGE_MEMBERS, PUBLIC_PLAYBOOK_MANAGE_ROLES,
  PUBLIC_PLAYBOOK_VIEW, PUBLIC_PLAYBOOK_MAKE_PRIVATE, PRIVATE_PLAYBOOK_MANAGE_PROPERTIES,
  PRIVATE_PLAYBOOK_MANAGE_MEMBERS, PRIVATE_PLAYBOOK_MANAGE_ROLES, PRIVATE_PLAYBOOK_VIEW,
  PRIVATE_PLAYBOOK_MAKE_PUBLIC, RUN_CREATE,
];

export const RUN_SCOPED_PERMISSIONS: readonly string[] = [
  RUN_MANAGE_PROPERTIES, RUN_MANAGE_MEMBERS, RUN_VIEW,
];

/** Every current permission, the list system_admin is seeded with (Mattermost's AllPermissions). */
export const ALL_PERMISSIONS: readonly string[] = [
  ...SYSTEM_SCOPED_PERMISSIONS_MINUS_SYSCONSOLE,
  ...TEAM_SCOPED_PERMISSIONS,
  ...CHANNEL_SCOPED_PERMISSIONS,
  ...SYSCONSOLE_READ_PERMISSIONS,
  ...SYSCONSOLE_WRITE_PERMISSIONS,
  ...GROUP_SCOPED_PERMISSIONS,
  ...PLAYBOOK_SCOPED_PERMISSIONS,
  ...RUN_SCOPED_PERMISSIONS,
];

/** Retired permissions: a role may still carry them, but no built-in role is given them. */
export const DEPRECATED_PERMISSIONS: readonly string[] = [
  PERMANENT_DELETE_USER, MANAGE_WEBHOOKS, MANAGE_OTHERS_WEBHOOKS, MANAGE_INCOMING_WEBHOOKS,
  MANAGE_OUTGOING_WEBHOOKS, MANAGE_SLASH_COMMANDS, MANAGE_EMOJIS, MANAGE_OTHERS_EMOJIS,
  SYSCONSOLE_READ_AUTHENTICATION, SYSCONSOLE_WRITE_AUTHENTICATION, SYSCONSOLE_READ_SITE,
  SYSCONSOLE_WRITE_SITE, SYSCONSOLE_READ_ENVIRONMENT, SYSCONSOLE_WRITE_ENVIRONMENT,
  SYSCONSOLE_READ_REPORTING, SYSCONSOLE_WRITE_REPORTING, SYSCONSOLE_READ_ABOUT, SYSCONSOLE_WRITE_ABOUT,
  SYSCONSOLE_READ_EXPERIMENTAL, SYSCONSOLE_WRITE_EXPERIMENTAL, SYSCONSOLE_READ_INTEGRATIONS,
  SYSCONSOLE_WRITE_INTEGRATIONS, SYSCONSOLE_READ_COMPLIANCE, SYSCONSOLE_WRITE_COMPLIANCE,
  PURGE_BLEVE_INDEXES, CREATE_POST_BLEVE_INDEXES_JOB, MANAGE_POST_BLEVE_INDEXES_JOB,
  SYSCONSOLE_READ_EXPERIMENTAL_BLEVE, SYSCONSOLE_WRITE_EXPERIMENTAL_BLEVE,
];

const DEPRECATED_TEAM_SCOPED: readonly string[] = [
  MANAGE_WEBHOOKS, MANAGE_OTHERS_WEBHOOKS, MANAGE_INCOMING_WEBHOOKS, MANAGE_OUTGOING_WEBHOOKS,
  MANAGE_SLASH_COMMANDS, MANAGE_EMOJIS, MANAGE_OTHERS_EMOJIS,
];

function scopeEntries(scope: PermissionScope, ids: readonly string[]): [string, PermissionScope][] {
  return ids.map((id) => [id, scope]);
}

/** Scope of each permission id (current and deprecated), as Mattermost declares it. */
export const PERMISSION_SCOPES: Readonly<Record<string, PermissionScope>> = Object.fromEntries([
  ...scopeEntries('system_scope', SYSTEM_SCOPED_PERMISSIONS_MINUS_SYSCONSOLE),
  ...scopeEntries('system_scope', SYSCONSOLE_READ_PERMISSIONS),
  ...scopeEntries('system_scope', SYSCONSOLE_WRITE_PERMISSIONS),
  ...scopeEntries('team_scope', TEAM_SCOPED_PERMISSIONS),
  ...scopeEntries('channel_scope', CHANNEL_SCOPED_PERMISSIONS),
  ...scopeEntries('group_scope', GROUP_SCOPED_PERMISSIONS),
  ...scopeEntries('playbook_scope', PLAYBOOK_SCOPED_PERMISSIONS),
  ...scopeEntries('run_scope', RUN_SCOPED_PERMISSIONS),
  ...scopeEntries('system_scope', DEPRECATED_PERMISSIONS.filter((id) => !DEPRECATED_TEAM_SCOPED.includes(id))),
  ...scopeEntries('team_scope', DEPRECATED_TEAM_SCOPED),
]);
