CREATE TABLE "property_fields" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"group_id" varchar(26) NOT NULL,
	"name" varchar(255) NOT NULL,
	"type" varchar(32) NOT NULL,
	"attrs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"target_id" varchar(255) DEFAULT '' NOT NULL,
	"target_type" varchar(255) DEFAULT '' NOT NULL,
	"object_type" varchar(255) DEFAULT '' NOT NULL,
	"protected" boolean DEFAULT false NOT NULL,
	"permission_field" varchar(32),
	"permission_values" varchar(32),
	"permission_options" varchar(32),
	"linked_field_id" varchar(26),
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"created_by" varchar(26) DEFAULT '' NOT NULL,
	"updated_by" varchar(26) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "property_groups" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"name" varchar(64) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"schema_version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "property_values" (
	"id" varchar(26) PRIMARY KEY NOT NULL,
	"target_id" varchar(255) NOT NULL,
	"target_type" varchar(255) NOT NULL,
	"group_id" varchar(26) NOT NULL,
	"field_id" varchar(26) NOT NULL,
	"value" jsonb NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL,
	"delete_at" bigint DEFAULT 0 NOT NULL,
	"created_by" varchar(26) DEFAULT '' NOT NULL,
	"updated_by" varchar(26) DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "property_fields_group_object_idx" ON "property_fields" USING btree ("group_id","object_type","target_type","target_id");--> statement-breakpoint
CREATE INDEX "property_fields_create_at_id_idx" ON "property_fields" USING btree ("create_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "property_groups_name_key" ON "property_groups" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "property_values_live_key" ON "property_values" USING btree ("group_id","target_id","field_id") WHERE delete_at = 0;--> statement-breakpoint
CREATE INDEX "property_values_target_idx" ON "property_values" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "property_values_field_idx" ON "property_values" USING btree ("field_id");