/**
 * The server log, as Mattermost's LogSettings describe it: to the console when EnableConsole
 * (from ConsoleLevel up) and to the log file when EnableFile (from FileLevel up) — JSON lines
 * `{"timestamp":"2026-11-26 10:44:15.123 Z","level":"info","msg":"…",…fields}` in
 * LogSettings.FileLocation (default ./logs/mattermost.log), which GET /logs and POST /logs/query
 * read. Settings are read at each entry, so config changes apply at once.
 */
import { createWriteStream, mkdirSync, openSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { MattermostConfig } from '../config';
import { logFilePath } from '../../app/system/logs';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  close(): Promise<void>;
}

const RANK: Record<string, number> = { debug: 0, info: 1, warn: 2, error: 3 };

function atLeast(level: LogLevel, threshold: string | undefined): boolean {
  return RANK[level] >= (RANK[(threshold ?? 'info').toLowerCase()] ?? RANK.info);
}

/** Mattermost's timestamp form: `2026-11-26 10:44:15.123 Z`. */
function timestamp(at = new Date()): string {
  return `${at.toISOString().replace('T', ' ').replace('Z', '')} Z`;
}

/** An error as log fields: its message (the stack stays out of the file). */
export function errorFields(err: unknown): LogFields {
  if (err === undefined || err === null || err === '') return {};
  return { error: err instanceof Error ? err.message : String(err) };
}

export function createLogger(config: () => MattermostConfig, opts: { console: boolean } = { console: true }): Logger {
  let file: { path: string; stream: WriteStream } | null = null;

  /** The file the current settings name (reopened when they name another); null when it cannot be opened. */
  function fileFor(settings: MattermostConfig): WriteStream | null {
    const target = logFilePath(settings);
    if (file?.path === target) return file.stream;
    file?.stream.end();
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      // Opened at once, so the file exists as soon as the first entry is logged.
      const stream = createWriteStream('', { fd: openSync(target, 'a') });
      stream.on('error', () => {
        if (file?.stream === stream) file = null;
      });
      file = { path: target, stream };
      return stream;
    } catch {
      file = null;
      return null;
    }
  }

  function write(level: LogLevel, msg: string, fields: LogFields = {}): void {
    const settings = config();
    const log = settings.LogSettings;
    if (opts.console && log.EnableConsole && atLeast(level, log.ConsoleLevel)) {
      const rest = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
      (level === 'error' || level === 'warn' ? console.error : console.log)(`${level} ${msg}${rest}`);
    }
    if (log.EnableFile && atLeast(level, log.FileLevel)) {
      const line = `${JSON.stringify({ timestamp: timestamp(), level, msg, ...fields })}\n`;
      fileFor(settings)?.write(line);
    }
  }

  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    close: () =>
      new Promise<void>((resolve) => {
        if (!file) return resolve();
        file.stream.end(() => resolve());
        file = null;
      }),
  };
}
