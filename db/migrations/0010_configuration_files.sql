CREATE TABLE "configuration_files" (
	"name" varchar(64) PRIMARY KEY NOT NULL,
	"data" text NOT NULL,
	"create_at" bigint NOT NULL,
	"update_at" bigint NOT NULL
);
