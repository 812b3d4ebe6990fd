// `renshe demo`: the demo organisation — org units, one account per role, residents on record, and each module's
// demo business data. Deterministic for a given seed; running it twice adds nothing twice.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { settings } from '../db/schema.ts';
import { systemCtx } from '../platform/context.ts';
import { hashPassword } from '../platform/passwords.ts';
import { accountRepository } from '../modules/accounts/repository.ts';
import { orgService } from '../modules/orgs/service.ts';
import { personRepository } from '../modules/registry/repository.ts';
import { writeAudit } from '../platform/audit.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { chineseName, createRng, intBetween, mobile, pick, residentId, weighted } from './random.ts';

export interface Progress { step(label: string, total: number): { tick(n?: number): void; done(): void } }

export const silentProgress: Progress = { step: () => ({ tick() {}, done() {} }) };

export interface DemoStep {
  name: string;
  run(database: Database, opts: { seed: number; progress: Progress }): Promise<void>;
}


export async function isDemoLoaded(database: Database): Promise<boolean> {
  const rows = await database.query<{ value: unknown }>(`select value from settings where key = 'demo'`);
  return rows.length > 0;
}

export async function loadDemo(database: Database, opts: { seed?: number; progress?: Progress } = {}): Promise<void> {
  const seed = opts.seed ?? 20210101;
  const progress = opts.progress ?? silentProgress;
  const { db } = database;

  const orgStep = progress.step('组织机构 org units', 1);
  const total = await orgService.loadFromSource(db, { onProgress: () => orgStep.tick(0) });
  orgStep.tick(1);
  orgStep.done();

  const accStep = progress.step(`演示账号 demo accounts`, DEMO_ACCOUNTS.length);
  const hash = await hashPassword(DEMO_PASSWORD);
  const ctx = systemCtx(db, 'renshe demo');
  for (const a of DEMO_ACCOUNTS) {
    await db.transaction(async (tx) => {
      if (await accountRepository.findByUsername(tx, a.username)) return;
      const row = await accountRepository.insert(tx, {
        ...a, passwordHash: hash, enterpriseCode: a.role === 'enterprise' ? '91310112MA1GBXXX0X' : null,
      });
      await writeAudit(tx, ctx, { action: 'account.create', entity: 'account', entityId: row.id, orgCode: row.orgCode, after: { ...a } });
    });
    accStep.tick();
  }
  accStep.done();

  await loadDemoPersons(database, seed, progress);
  const { moduleDemoSteps } = await import('../modules/demoSteps.ts');
  for (const step of moduleDemoSteps) await step.run(database, { seed, progress });

  await db.insert(settings).values({ key: 'demo', value: { seed, loadedAt: new Date().toISOString(), orgUnits: total } })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: new Date() } });
}

/** Residents on record in every 街镇 of 闵行区 (the demo district), with key-group tags in realistic shares. */
async function loadDemoPersons(database: Database, seed: number, progress: Progress): Promise<void> {
  const { db } = database;
  const towns = await orgService.listAll(systemCtx(db), { under: '310112', levels: ['township'] });
  const perTown = 40;
  const step = progress.step('实名制人员 residents', towns.length * perTown);
  const rng = createRng(seed ^ 0x5eed);
  for (const town of towns) {
    const rows = [];
    for (let i = 0; i < perTown; i++) {
      const sex = rng() < 0.5 ? 'M' : 'F';
      const id = residentId(rng, '310112', 1965, 2004, sex);
      const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      const status = weighted(rng, [['employed', 70], ['unemployed', 8], ['flexible', 10], ['retired', 5], ['student', 4], ['other', 3]] as const);
      const groups: string[] = [];
      if (Number(id.slice(6, 10)) >= 1999 && rng() < 0.5) groups.push('graduate');
      if (status === 'unemployed' && rng() < 0.4) groups.push('hard_to_employ');
      if (rng() < 0.03) groups.push('zero_employment_family');
      if (rng() < 0.04) groups.push('veteran');
      if (rng() < 0.03) groups.push('disabled');
      rows.push({
        orgCode: town.code, name: chineseName(rng), residentId: id, sex, birthDate, mobile: mobile(rng),
        address: `${town.name}${pick(rng, ['莘朱路', '七莘路', '虹井路', '都市路', '沪闵路', '顾戴路', '银都路', '春申路'])}${intBetween(rng, 1, 999)}号`,
        localHukou: rng() < 0.8, employmentStatus: status, keyGroups: groups,
      });
    }
    await personRepository.insertMany(db, rows);
    step.tick(perTown);
  }
  step.done();
}
