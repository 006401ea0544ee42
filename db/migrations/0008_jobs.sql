CREATE TABLE "jobs" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"type" varchar(32) NOT NULL,
	"priority" bigint DEFAULT 0 NOT NULL,
	"create_at" bigint NOT NULL,
	"start_at" bigint DEFAULT 0 NOT NULL,
	"last_activity_at" bigint DEFAULT 0 NOT NULL,
	"status" varchar(32) NOT NULL,
	"progress" bigint DEFAULT 0 NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE INDEX "idx_jobs_type_create_at" ON "jobs" USING btree ("type","create_at");--> statement-breakpoint
CREATE INDEX "idx_jobs_status_type" ON "jobs" USING btree ("status","type");