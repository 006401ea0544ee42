CREATE TABLE "preferences" (
	"user_id" varchar(26) NOT NULL,
	"category" varchar(32) NOT NULL,
	"name" varchar(32) NOT NULL,
	"value" text DEFAULT '' NOT NULL,
	CONSTRAINT "preferences_user_id_category_name_pk" PRIMARY KEY("user_id","category","name")
);
--> statement-breakpoint
CREATE TABLE "status" (
	"user_id" varchar(26) PRIMARY KEY NOT NULL,
	"status" varchar(32) NOT NULL,
	"manual" boolean DEFAULT false NOT NULL,
	"last_activity_at" bigint DEFAULT 0 NOT NULL,
	"dnd_end_time" bigint DEFAULT 0 NOT NULL,
	"prev_status" varchar(32) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"token" varchar(64) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"type" varchar(64) NOT NULL,
	"extra" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_access_tokens" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"token" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX "preferences_category_name_idx" ON "preferences" USING btree ("category","name");--> statement-breakpoint
CREATE INDEX "tokens_type_idx" ON "tokens" USING btree ("type");--> statement-breakpoint
CREATE UNIQUE INDEX "user_access_tokens_token_key" ON "user_access_tokens" USING btree ("token");--> statement-breakpoint
CREATE INDEX "user_access_tokens_user_id_idx" ON "user_access_tokens" USING btree ("user_id");