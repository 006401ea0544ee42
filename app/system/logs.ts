/** The server log file as Mattermost locates it: LogSettings.FileLocation (a directory or file), else ./logs. */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MattermostConfig } from '../../server/config';

export const LOG_FILENAME = 'mattermost.log';

export function logFilePath(config: MattermostConfig): string {
  const location = config.LogSettings.FileLocation?.trim() ?? '';
  if (location === '') return path.resolve('logs', LOG_FILENAME);
  try {
    if (statSync(location).isDirectory()) return path.resolve(location, LOG_FILENAME);
  } catch {
    /* a missing location is taken as a directory */
  }
  if (location.endsWith('.log')) return path.resolve(location);
  return path.resolve(location, LOG_FILENAME);
}

/** The file's contents, or undefined when it cannot be read. */
export async function readLogFile(config: MattermostConfig): Promise<Buffer | undefined> {
  try {
    return await readFile(logFilePath(config));
  } catch {
    return undefined;
  }
}

/** Lines of the file, newest last, paged from the end as Mattermost pages them. */
export function pageLogLines(text: string, page: number, perPage: number): string[] {
  const all = text.replace(/\n$/, '').split('\n');
  const end = all.length - page * perPage;
  if (end <= 0) return [];
  return all.slice(Math.max(0, end - perPage), end);
}
