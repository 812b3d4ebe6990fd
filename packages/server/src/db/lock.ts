// PGlite does not stop a second process from opening the same data folder, and two writers would corrupt it.
// The server therefore holds a lock file naming its process; a second server on the same folder refuses to start.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../platform/errors.ts';

export interface DataDirLock { file: string; release(): void }

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'renshe.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try { rmSync(file, { force: true }); } catch { /* already gone */ }
      };
      process.once('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid?: number; host?: string; since?: string } = {};
      try { holder = JSON.parse(readFileSync(file, 'utf8')); } catch { /* unreadable: treat as stale */ }
      const sameHost = !holder.host || holder.host === os.hostname();
      if (holder.pid && sameHost && processAlive(holder.pid)) {
        throw new AppError('DATA_DIR_IN_USE', {
          params: { dir: path.resolve(dataDir), pid: holder.pid, since: holder.since ?? '?' },
        });
      }
      // The process that held it is gone: the lock is stale.
      rmSync(file, { force: true });
    }
  }
  throw new AppError('DATA_DIR_IN_USE', { params: { dir: path.resolve(dataDir), pid: '?', since: '?' } });
}
