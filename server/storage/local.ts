/**
 * Files in a local directory. A write goes to a temporary file beside its target and is renamed
 * into place only once complete, so a failed or interrupted write leaves nothing behind (not
 * even the directories it created).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkDir, checkKey, FileNotFoundError, type AppendResult, type ByteRange, type FileStore, type StoredObject } from './types';

export class LocalFileStore implements FileStore {
  readonly driver = 'local' as const;
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private full(path: string): string {
    return join(this.root, checkKey(path));
  }

  async write(path: string, data: Readable | Uint8Array): Promise<number> {
    const target = this.full(path);
    const created = await fs.mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      if (data instanceof Uint8Array) await fs.writeFile(temp, data, { flag: 'wx' });
      else await pipeline(data, createWriteStream(temp, { flags: 'wx' }));
      const { size } = await fs.stat(temp);
      await fs.rename(temp, target);
      return size;
    } catch (err) {
      await fs.rm(temp, { force: true }).catch(() => {});
      if (created) await this.pruneEmptyDirs(dirname(target), created);
      throw err;
    }
  }

  async append(path: string, data: Readable | Uint8Array): Promise<AppendResult> {
    const target = this.full(path);
    await fs.mkdir(dirname(target), { recursive: true });
    const handle = await fs.open(target, 'a');
    let written = 0;
    try {
      if (data instanceof Uint8Array) {
        await handle.write(data);
        return { written: data.byteLength };
      }
      try {
        for await (const chunk of data) {
          const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
          let offset = 0;
          while (offset < buf.byteLength) {
            const { bytesWritten } = await handle.write(buf, offset, buf.byteLength - offset);
            offset += bytesWritten;
            written += bytesWritten;
          }
        }
      } catch (error) {
        return { written, error };
      }
      return { written };
    } finally {
      await handle.close();
    }
  }

  async read(path: string, range?: ByteRange): Promise<Readable> {
    const target = this.full(path);
    await this.statOrThrow(path, target);
    return createReadStream(target, range ? { start: range.start, end: range.end } : {});
  }

  async readBuffer(path: string): Promise<Buffer> {
    const target = this.full(path);
    try {
      return await fs.readFile(target);
    } catch (err) {
      if (isMissing(err)) throw new FileNotFoundError(path);
      throw err;
    }
  }

  async stat(path: string): Promise<StoredObject | null> {
    try {
      const st = await fs.stat(this.full(path));
      return st.isFile() ? { size: st.size, modified: st.mtime } : null;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async remove(path: string): Promise<void> {
    const target = this.full(path);
    await fs.rm(target, { force: true });
    await this.pruneEmptyDirs(dirname(target));
  }

  async move(from: string, to: string): Promise<void> {
    const source = this.full(from);
    const target = this.full(to);
    await this.statOrThrow(from, source);
    await fs.mkdir(dirname(target), { recursive: true });
    try {
      await fs.rename(source, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      await fs.copyFile(source, target);
      await fs.rm(source, { force: true });
    }
    await this.pruneEmptyDirs(dirname(source));
  }

  async removeDirectory(dir: string): Promise<void> {
    const key = checkDir(dir);
    if (key === '') throw new Error('refusing to remove the storage root');
    await fs.rm(join(this.root, key), { recursive: true, force: true });
  }

  async list(dir: string): Promise<string[]> {
    const base = join(this.root, checkDir(dir));
    try {
      const entries = await fs.readdir(base, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile())
        .map((e) => relative(this.root, join(e.parentPath, e.name)).split(sep).join('/'))
        .sort();
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
  }

  localPath(path: string): string {
    return this.full(path);
  }

  async testConnection(): Promise<void> {
    const probe = `.probe-${randomBytes(4).toString('hex')}`;
    await this.write(probe, Buffer.from('ok'));
    await this.remove(probe);
  }

  private async statOrThrow(path: string, full: string): Promise<void> {
    try {
      const st = await fs.stat(full);
      if (!st.isFile()) throw new FileNotFoundError(path);
    } catch (err) {
      if (isMissing(err)) throw new FileNotFoundError(path);
      throw err;
    }
  }

  /**
   * Removes empty directories from `dir` upwards, never the root; with `stopAt` (the first
   * directory a failed write created), not above it either.
   */
  private async pruneEmptyDirs(dir: string, stopAt?: string): Promise<void> {
    let current = dir;
    while (current.startsWith(this.root + sep) && current !== this.root) {
      try {
        await fs.rmdir(current);
      } catch {
        return; // not empty, or gone
      }
      if (stopAt !== undefined && current === stopAt) return;
      current = dirname(current);
    }
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
