CREATE TABLE "drafts" (
	"user_id" varchar(26) NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"root_id" varchar(26) DEFAULT '' NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"props" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"priority" jsonb,
	CONSTRAINT "drafts_user_id_channel_id_root_id_pk" PRIMARY KEY("user_id","channel_id","root_id")
);
--> statement-breakpoint
CREATE TABLE "post_acknowledgements" (
	"post_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"acknowledged_at" bigint NOT NULL,
	CONSTRAINT "post_acknowledgements_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"edit_at" bigint DEFAULT 0 NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"root_id" varchar(26) DEFAULT '' NOT NULL,
	"original_id" varchar(26) DEFAULT '' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"type" varchar(26) DEFAULT '' NOT NULL,
	"props" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"hashtags" text DEFAULT '' NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"has_reactions" boolean DEFAULT false NOT NULL,
	"pending_post_id" varchar(64) DEFAULT '' NOT NULL,
	"remote_id" varchar(26)
);
--> statement-breakpoint
CREATE TABLE "reactions" (
	"user_id" varchar(26) NOT NULL,
	"post_id" varchar(26) NOT NULL,
	"emoji_name" varchar(64) NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"remote_id" varchar(26) DEFAULT '' NOT NULL,
	CONSTRAINT "reactions_post_id_user_id_emoji_name_pk" PRIMARY KEY("post_id","user_id","emoji_name")
);
--> statement-breakpoint
CREATE TABLE "thread_memberships" (
	"post_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"following" boolean DEFAULT true NOT NULL,
	"last_viewed" bigint DEFAULT 0 NOT NULL,
	"last_updated" bigint DEFAULT 0 NOT NULL,
	"unread_mentions" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "thread_memberships_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"post_id" varchar(26) PRIMARY KEY NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"team_id" varchar(26) DEFAULT '' NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"last_reply_at" bigint DEFAULT 0 NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"thread_delete_at" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emoji" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"creator_id" varchar(26) NOT NULL,
	"name" varchar(64) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_info" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"creator_id" varchar(26) NOT NULL,
	"post_id" varchar(26) DEFAULT '' NOT NULL,
	"channel_id" varchar(26) DEFAULT '' NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"path" text NOT NULL,
	"thumbnail_path" text DEFAULT '' NOT NULL,
	"preview_path" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"extension" varchar(64) DEFAULT '' NOT NULL,
	"size" integer NOT NULL,
	"mime_type" text DEFAULT '' NOT NULL,
	"width" integer DEFAULT 0 NOT NULL,
	"height" integer DEFAULT 0 NOT NULL,
	"has_preview_image" boolean DEFAULT false NOT NULL,
	"mini_preview" text,
	"content" text DEFAULT '' NOT NULL,
	"remote_id" varchar(26),
	"archived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upload_sessions" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"type" varchar(32) NOT NULL,
	"create_at" bigint NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"channel_id" varchar(26) DEFAULT '' NOT NULL,
	"filename" text NOT NULL,
	"path" text NOT NULL,
	"file_size" bigint NOT NULL,
	"file_offset" bigint DEFAULT 0 NOT NULL,
	"remote_id" varchar(26) DEFAULT '' NOT NULL,
	"req_file_id" varchar(26) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "posts_channel_create_idx" ON "posts" USING btree ("channel_id","create_at");--> statement-breakpoint
CREATE INDEX "posts_channel_update_idx" ON "posts" USING btree ("channel_id","update_at","id");--> statement-breakpoint
CREATE INDEX "posts_root_idx" ON "posts" USING btree ("root_id","create_at");--> statement-breakpoint
CREATE INDEX "posts_user_pending_idx" ON "posts" USING btree ("user_id","pending_post_id");--> statement-breakpoint
CREATE INDEX "posts_original_idx" ON "posts" USING btree ("original_id");--> statement-breakpoint
CREATE INDEX "reactions_channel_idx" ON "reactions" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "thread_memberships_user_idx" ON "thread_memberships" USING btree ("user_id","last_updated");--> statement-breakpoint
CREATE INDEX "threads_channel_idx" ON "threads" USING btree ("channel_id","last_reply_at");--> statement-breakpoint
CREATE INDEX "emoji_name_idx" ON "emoji" USING btree ("name","delete_at");--> statement-breakpoint
CREATE INDEX "file_info_post_idx" ON "file_info" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "file_info_channel_idx" ON "file_info" USING btree ("channel_id","create_at");--> statement-breakpoint
CREATE INDEX "file_info_creator_idx" ON "file_info" USING btree ("creator_id");--> statement-breakpoint
CREATE INDEX "upload_sessions_user_idx" ON "upload_sessions" USING btree ("user_id");