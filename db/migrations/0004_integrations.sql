CREATE TABLE "bots" (
	"user_id" varchar(26) PRIMARY KEY NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" varchar(190) NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"last_icon_update" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "command_webhooks" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"command_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"root_id" varchar(26) DEFAULT '' NOT NULL,
	"use_count" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commands" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"token" varchar(26) NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"creator_id" varchar(26) NOT NULL,
	"team_id" varchar(26) NOT NULL,
	"trigger" varchar(128) NOT NULL,
	"method" varchar(1) DEFAULT 'P' NOT NULL,
	"username" varchar(64) DEFAULT '' NOT NULL,
	"icon_url" text DEFAULT '' NOT NULL,
	"auto_complete" boolean DEFAULT false NOT NULL,
	"auto_complete_desc" text DEFAULT '' NOT NULL,
	"auto_complete_hint" text DEFAULT '' NOT NULL,
	"display_name" varchar(64) DEFAULT '' NOT NULL,
	"description" varchar(128) DEFAULT '' NOT NULL,
	"url" text NOT NULL,
	"plugin_id" varchar(190) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incoming_webhooks" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"team_id" varchar(26) NOT NULL,
	"display_name" varchar(64) DEFAULT '' NOT NULL,
	"description" varchar(500) DEFAULT '' NOT NULL,
	"username" varchar(255) DEFAULT '' NOT NULL,
	"icon_url" text DEFAULT '' NOT NULL,
	"channel_locked" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oauth_access_data" (
	"token" varchar(26) PRIMARY KEY NOT NULL,
	"refresh_token" varchar(26) NOT NULL,
	"client_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"redirect_uri" text NOT NULL,
	"expires_at" bigint NOT NULL,
	"scope" varchar(128) DEFAULT 'user' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oauth_apps" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"creator_id" varchar(26) NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"client_secret" varchar(128) NOT NULL,
	"name" varchar(64) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"icon_url" text DEFAULT '' NOT NULL,
	"callback_urls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"homepage" text DEFAULT '' NOT NULL,
	"is_trusted" boolean DEFAULT false NOT NULL,
	"mattermost_app_id" varchar(32) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oauth_auth_data" (
	"code" varchar(128) PRIMARY KEY NOT NULL,
	"client_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"expires_in" bigint NOT NULL,
	"create_at" bigint NOT NULL,
	"redirect_uri" text NOT NULL,
	"state" text DEFAULT '' NOT NULL,
	"scope" varchar(128) DEFAULT 'user' NOT NULL,
	"code_challenge" text DEFAULT '' NOT NULL,
	"code_challenge_method" varchar(16) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing_webhooks" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"token" varchar(26) NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"creator_id" varchar(26) NOT NULL,
	"channel_id" varchar(26) DEFAULT '' NOT NULL,
	"team_id" varchar(26) NOT NULL,
	"trigger_words" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"trigger_when" varchar(8) DEFAULT '0' NOT NULL,
	"callback_urls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"display_name" varchar(64) DEFAULT '' NOT NULL,
	"description" varchar(500) DEFAULT '' NOT NULL,
	"content_type" varchar(128) DEFAULT 'application/x-www-form-urlencoded' NOT NULL,
	"username" varchar(64) DEFAULT '' NOT NULL,
	"icon_url" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "bots_owner_idx" ON "bots" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "commands_team_idx" ON "commands" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "incoming_webhooks_team_idx" ON "incoming_webhooks" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "oauth_access_data_client_user_idx" ON "oauth_access_data" USING btree ("client_id","user_id");--> statement-breakpoint
CREATE INDEX "oauth_access_data_refresh_idx" ON "oauth_access_data" USING btree ("refresh_token");--> statement-breakpoint
CREATE INDEX "oauth_apps_creator_idx" ON "oauth_apps" USING btree ("creator_id");--> statement-breakpoint
CREATE INDEX "outgoing_webhooks_team_idx" ON "outgoing_webhooks" USING btree ("team_id");