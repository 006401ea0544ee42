CREATE TABLE "post_reminders" (
	"post_id" varchar(26) NOT NULL,
	"user_id" varchar(26) NOT NULL,
	"target_time" bigint NOT NULL,
	CONSTRAINT "post_reminders_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "posts_priority" (
	"post_id" varchar(26) PRIMARY KEY NOT NULL,
	"channel_id" varchar(26) NOT NULL,
	"priority" varchar(32) DEFAULT '' NOT NULL,
	"requested_ack" boolean DEFAULT false NOT NULL,
	"persistent_notifications" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "post_reminders_target_idx" ON "post_reminders" USING btree ("target_time");--> statement-breakpoint
CREATE INDEX "posts_priority_channel_idx" ON "posts_priority" USING btree ("channel_id");