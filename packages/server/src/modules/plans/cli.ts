// `renshe plans list`, `renshe plans export <id>`, `renshe indicators --plan <id> --org <code> --year <y>`.
import { Option, type Command } from 'commander';
import type { Db } from '../../db/client.ts';
import { systemCtx } from '../../platform/context.ts';
import type { CliHelpers } from '../cli.ts';
import { plansService } from './service.ts';
import { formatNumber } from './engine/judge.ts';
import { orgService } from '../orgs/service.ts';
import type { Database } from '../../db/client.ts';

async function ensureOrgs(database: Database): Promise<void> {
  if (await orgService.count(database.db) === 0) await orgService.loadFromSource(database.db);
}

/** The data behind the CLI (also used by tests): plain JSON-ready objects. */
export const plansCli = {
  list(db: Db) {
    return plansService.list(systemCtx(db)).map((p) => ({ id: p.id, region: p.region, title: p.title, period: p.period, status: p.status }));
  },
  export(db: Db, id: string) {
    const p = plansService.definition(systemCtx(db), id);
    return {
      ...p,
      indicators: p.indicators.map((i) => ({
        id: i.id, no: i.no, category: i.category, name: i.name, attribute: i.attribute, unit: i.unit, baseline: i.baseline,
        targetKind: i.target.kind, targetValue: i.target.value, targetText: i.target.text,
        definition: i.definition, method: i.method, formula: i.formula, actuals: i.actuals,
      })),
    };
  },
  indicators(db: Db, o: { plan: string; org?: string; year?: number }) {
    return plansService.indicatorsReport(systemCtx(db), o.plan, { org: o.org, year: o.year });
  },
};

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

export function registerPlansCli(program: Command, h: CliHelpers): void {
  const plans = program.command('plans').description('规划 plans monitored by the cockpit');
  plans.command('list').description('list the plans (id, region, title, period)')
    .addOption(formatOption()).addOption(h.dataDirOption())
    .action(async (o) => {
      try {
        const database = await h.openFromOptions({ dataDir: o.dataDir, lock: false });
        const rows = plansCli.list(database.db);
        await database.close();
        if (o.format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        else for (const r of rows) process.stdout.write(`${r.id.padEnd(12)} ${r.region.code.padEnd(7)} ${r.region.name.padEnd(4, '　')} ${r.period.start}–${r.period.end} ${r.status.padEnd(6)} ${r.title}\n`);
      } catch (err) { h.fail(err); }
    });
  plans.command('export <id>').description('the plan as loaded, every indicator with its target')
    .addOption(formatOption()).addOption(h.dataDirOption())
    .action(async (id: string, o) => {
      try {
        const database = await h.openFromOptions({ dataDir: o.dataDir, lock: false });
        const p = plansCli.export(database.db, id);
        await database.close();
        if (o.format === 'json') process.stdout.write(JSON.stringify(p, null, 2) + '\n');
        else {
          process.stdout.write(`${p.title}（${p.region.name} ${p.period.start}–${p.period.end}，${p.status}）\n`);
          for (const i of p.indicators) process.stdout.write(`${String(i.no).padStart(3)} ${i.category ?? ''} ${i.name} [${i.attribute ?? '—'}] ${i.targetKind} ${i.targetText}\n`);
        }
      } catch (err) { h.fail(err); }
    });
  program.command('indicators').description('each indicator of a plan for one unit and year: value, measures, judgement')
    .requiredOption('--plan <id>', 'plan id, e.g. minhang-14')
    .option('--org <code>', 'division code of the unit (default: the plan\'s region)')
    .option('--year <year>', 'evaluation year (default: today)', (v) => Number.parseInt(v, 10))
    .addOption(formatOption()).addOption(h.dataDirOption())
    .action(async (o) => {
      try {
        const database = await h.openFromOptions({ dataDir: o.dataDir, lock: false });
        await ensureOrgs(database);
        const r = await plansCli.indicators(database.db, { plan: o.plan, org: o.org, year: o.year });
        await database.close();
        if (o.format === 'json') process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        else {
          process.stdout.write(`${r.plan} ${r.org.name}（${r.org.code}）${r.year} 年\n`);
          for (const i of r.indicators) process.stdout.write(`${i.name.padEnd(20, '　')} ${(i.current === null || i.current === undefined ? '—' : formatNumber(i.current)).padStart(10)} ${i.judgement.label}  ${i.judgement.basis}\n`);
        }
      } catch (err) { h.fail(err); }
    });
}
