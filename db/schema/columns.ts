import { bigint } from 'drizzle-orm/pg-core';

/** A millisecond timestamp column, as Mattermost stores every time. */
export const millis = (name: string) => bigint(name, { mode: 'number' });
