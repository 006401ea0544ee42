CREATE TABLE "audits" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"create_at" bigint NOT NULL,
	"user_id" varchar(26) DEFAULT '' NOT NULL,
	"action" varchar(512) DEFAULT '' NOT NULL,
	"extra_info" varchar(1024) DEFAULT '' NOT NULL,
	"ip_address" varchar(64) DEFAULT '' NOT NULL,
	"session_id" varchar(26) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notify_admin" (
	"user_id" varchar(26) NOT NULL,
	"create_at" bigint NOT NULL,
	"required_plan" varchar(100) NOT NULL,
	"required_feature" varchar(255) NOT NULL,
	"trial" boolean NOT NULL,
	"sent_at" bigint,
	CONSTRAINT "notify_admin_user_id_required_feature_required_plan_pk" PRIMARY KEY("user_id","required_feature","required_plan")
);
--> statement-breakpoint
ALTER TABLE "user_access_tokens" ADD COLUMN "expires_at" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "audits_user_id_create_at_idx" ON "audits" USING btree ("user_id","create_at");--> statement-breakpoint
CREATE INDEX "audits_create_at_idx" ON "audits" USING btree ("create_at");