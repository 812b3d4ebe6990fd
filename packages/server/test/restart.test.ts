// A server killed outright (SIGKILL, no shutdown) right after acknowledging a change loses nothing of it: every
// acknowledged write was committed, and PGlite's committed WAL is on disk. The next server on the same data folder
// takes over the dead one's lock and serves the change.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeResidentIdCheckChar } from '@renshe/shared';
import { openDatabase } from '../src/db/client.ts';
import { orgService } from '../src/modules/orgs/service.ts';
import { ensureNetwork } from '../src/modules/disputes/network.ts';

const renshe = path.resolve(import.meta.dirname, '../bin/renshe.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'renshe-restart-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function startServer(port: number): Promise<ChildProcess> {
  const { DATABASE_URL: _omit, ...env } = process.env;
  const child = spawn(process.execPath, [renshe, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dir, '--no-web'], {
    env: { ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start: ${stderr}`);
}

describe('server restart', () => {
  it('keeps an acknowledged change when the server is killed right after answering', async () => {
    // The district's mediation network must exist before citizens can apply online.
    const setup = await openDatabase({ dataDir: dir, lock: true });
    await orgService.loadFromSource(setup.db, { villages: false });
    await ensureNetwork(setup.db, '310112');
    await setup.close();

    const port = 41000 + Math.floor(Math.random() * 2000);
    const first = await startServer(port);
    const residentId = '31011219900307123' + computeResidentIdCheckChar('31011219900307123');
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/disputes/applications`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        orgCode: '310112102', entryPath: 'mediation', applicantName: '钱多多', applicantResidentId: residentId,
        applicantMobile: '13812345678', respondentName: '上海某某精密机械有限公司', respondentUscc: '91350100M000100Y43',
        workerCount: 1, claims: [{ type: 'wages', amount: 12000 }], facts: '被申请人拖欠申请人三个月工资。',
        disputeAroseOn: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { trackingCode } = await res.json() as { trackingCode: string };
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    await startServer(port);
    const found = await fetch(`http://127.0.0.1:${port}/api/v1/disputes/track`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ trackingCode, residentId }),
    });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ trackingCode, state: 'med_received' });
  });
});
