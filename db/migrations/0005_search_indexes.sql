-- Full-text indexes for post search; the expressions match db/queries/search.ts exactly.
CREATE INDEX IF NOT EXISTS "idx_posts_message_txt" ON "posts" USING gin (to_tsvector('english', "message"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_posts_hashtags_txt" ON "posts" USING gin (to_tsvector('english', "hashtags"));
