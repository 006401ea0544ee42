CREATE TABLE "team_members" (
	"team_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"roles" varchar(256) DEFAULT '' NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"scheme_user" boolean DEFAULT false NOT NULL,
	"scheme_admin" boolean DEFAULT false NOT NULL,
	"scheme_guest" boolean DEFAULT false NOT NULL,
	"create_at" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"display_name" varchar(64) NOT NULL,
	"name" varchar(64) NOT NULL,
	"description" varchar(255) DEFAULT '' NOT NULL,
	"email" varchar(128) DEFAULT '' NOT NULL,
	"type" varchar(1) NOT NULL,
	"company_name" varchar(64) DEFAULT '' NOT NULL,
	"allowed_domains" varchar(1000) DEFAULT '' NOT NULL,
	"invite_id" varchar(32) NOT NULL,
	"allow_open_invite" boolean DEFAULT false NOT NULL,
	"last_team_icon_update" bigint DEFAULT 0 NOT NULL,
	"scheme_id" varchar(26),
	"group_constrained" boolean,
	"cloud_limits_archived" boolean DEFAULT false NOT NULL,
	CONSTRAINT "teams_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "channel_members" (
	"channel_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"roles" varchar(256) DEFAULT '' NOT NULL,
	"last_viewed_at" bigint DEFAULT 0 NOT NULL,
	"msg_count" integer DEFAULT 0 NOT NULL,
	"mention_count" integer DEFAULT 0 NOT NULL,
	"mention_count_root" integer DEFAULT 0 NOT NULL,
	"urgent_mention_count" integer DEFAULT 0 NOT NULL,
	"msg_count_root" integer DEFAULT 0 NOT NULL,
	"notify_props" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_update_at" bigint DEFAULT 0 NOT NULL,
	"scheme_user" boolean DEFAULT false NOT NULL,
	"scheme_admin" boolean DEFAULT false NOT NULL,
	"scheme_guest" boolean DEFAULT false NOT NULL,
	CONSTRAINT "channel_members_channel_id_user_id_pk" PRIMARY KEY("channel_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "channels" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"team_id" varchar(26) DEFAULT '' NOT NULL,
	"type" varchar(1) NOT NULL,
	"display_name" varchar(64) DEFAULT '' NOT NULL,
	"name" varchar(64) NOT NULL,
	"header" varchar(1024) DEFAULT '' NOT NULL,
	"purpose" varchar(250) DEFAULT '' NOT NULL,
	"last_post_at" bigint DEFAULT 0 NOT NULL,
	"total_msg_count" integer DEFAULT 0 NOT NULL,
	"extra_update_at" bigint DEFAULT 0 NOT NULL,
	"creator_id" varchar(26) DEFAULT '' NOT NULL,
	"scheme_id" varchar(26),
	"props" jsonb,
	"group_constrained" boolean,
	"shared" boolean,
	"total_msg_count_root" integer DEFAULT 0 NOT NULL,
	"last_root_post_at" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sidebar_categories" (
	"id" varchar(128) PRIMARY KEY NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"team_id" varchar(26) NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"sorting" varchar(64) DEFAULT '' NOT NULL,
	"type" varchar(64) NOT NULL,
	"display_name" varchar(64) NOT NULL,
	"muted" boolean DEFAULT false NOT NULL,
	"collapsed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sidebar_channels" (
	"channel_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"category_id" varchar(128) NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sidebar_channels_channel_id_category_id_pk" PRIMARY KEY("channel_id","category_id")
);
--> statement-breakpoint
CREATE INDEX "team_members_user_id_idx" ON "team_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "teams_invite_id_idx" ON "teams" USING btree ("invite_id");--> statement-breakpoint
CREATE INDEX "teams_update_at_idx" ON "teams" USING btree ("update_at");--> statement-breakpoint
CREATE INDEX "channel_members_user_id_idx" ON "channel_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "channels_name_team_id_key" ON "channels" USING btree ("name","team_id");--> statement-breakpoint
CREATE INDEX "channels_team_id_idx" ON "channels" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "channels_update_at_idx" ON "channels" USING btree ("update_at");--> statement-breakpoint
CREATE INDEX "sidebar_categories_user_team_idx" ON "sidebar_categories" USING btree ("user_id","team_id");--> statement-breakpoint
CREATE INDEX "sidebar_channels_category_idx" ON "sidebar_channels" USING btree ("category_id");