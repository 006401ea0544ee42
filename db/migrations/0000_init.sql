CREATE TABLE "users" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"username" varchar(64) NOT NULL,
	"password" text DEFAULT '' NOT NULL,
	"auth_data" varchar(128),
	"auth_service" varchar(32) DEFAULT '' NOT NULL,
	"email" varchar(128) NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"nickname" varchar(64) DEFAULT '' NOT NULL,
	"first_name" varchar(64) DEFAULT '' NOT NULL,
	"last_name" varchar(64) DEFAULT '' NOT NULL,
	"position" varchar(128) DEFAULT '' NOT NULL,
	"roles" varchar(256) DEFAULT '' NOT NULL,
	"allow_marketing" boolean DEFAULT false NOT NULL,
	"props" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notify_props" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_password_update" bigint DEFAULT 0 NOT NULL,
	"last_picture_update" bigint DEFAULT 0 NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locale" varchar(5) DEFAULT 'en' NOT NULL,
	"timezone" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"mfa_active" boolean DEFAULT false NOT NULL,
	"mfa_secret" varchar(128) DEFAULT '' NOT NULL,
	"remote_id" varchar(26),
	"last_activity_at" bigint DEFAULT 0 NOT NULL,
	"is_bot" boolean DEFAULT false NOT NULL,
	"bot_description" text DEFAULT '' NOT NULL,
	"last_login" bigint DEFAULT 0 NOT NULL,
	"disable_welcome_email" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"token" varchar(26) NOT NULL,
	"create_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL,
	"last_activity_at" bigint NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"device_id" text DEFAULT '' NOT NULL,
	"roles" varchar(256) DEFAULT '' NOT NULL,
	"is_oauth" boolean DEFAULT false NOT NULL,
	"expired_notify" boolean DEFAULT false NOT NULL,
	"props" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "configurations" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"create_at" bigint NOT NULL,
	"active" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"name" varchar(64) PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"name" varchar(64) NOT NULL,
	"display_name" varchar(128) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"permissions" text[] NOT NULL,
	"scheme_managed" boolean DEFAULT false NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_create_at_idx" ON "users" USING btree ("create_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions" USING btree ("token");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "roles_name_key" ON "roles" USING btree ("name");