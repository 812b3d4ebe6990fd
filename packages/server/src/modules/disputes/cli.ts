// `renshe export disputes --format csv [--out FILE] [--under CODE]`: every case with its dates, org unit, path and outcome.
// `renshe disputes setup-network --district 310112`: the district's arbitration commission, joint mediation centre and
// 街镇 mediation centres (idempotent; each new organisation audited).
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { CliHelpers } from '../cli.ts';
import { systemCtx } from '../../platform/context.ts';
import { exportCsv } from './service.ts';
import { setupNetwork } from './usecases/setupNetwork.ts';

export function registerDisputesCli(program: Command, h: CliHelpers): void {
  const exportCmd = program.commands.find((c) => c.name() === 'export') ?? program.command('export').description('export business data');
  exportCmd.command('disputes')
    .description('every dispute case with its dates, org unit, path and outcome (no personal identifiers)')
    .option('--format <format>', 'output format (csv)', 'csv')
    .option('--under <code>', 'only cases of this org unit and below', '')
    .option('--out <file>', 'write to a file instead of standard output')
    .addOption(h.dataDirOption())
    .action(async (o) => {
      try {
        if (o.format !== 'csv') throw new Error(`unsupported format ${o.format}: only csv`);
        const database = await h.openFromOptions({ dataDir: o.dataDir, lock: false });
        const out: NodeJS.WritableStream = o.out ? createWriteStream(o.out) : process.stdout;
        let n = 0;
        for await (const chunk of exportCsv(database.db, { orgCode: o.under ?? '' })) {
          n += (chunk.match(/\n/g)?.length ?? 0);
          if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
        }
        if (o.out) await new Promise<void>((r) => out.end(() => r()));
        await database.close();
        process.stderr.write(`导出 exported ${Math.max(0, n - 1)} cases\n`);
      } catch (err) { h.fail(err); }
    });

  const disputesCmd = program.commands.find((c) => c.name() === 'disputes') ?? program.command('disputes').description('labour dispute mediation and arbitration');
  disputesCmd.command('setup-network')
    .description("set up a district's mediation/arbitration network: commission, joint mediation centre, a centre per 街镇 (idempotent)")
    .requiredOption('--district <code>', 'the district (6-digit division code), e.g. 310112')
    .addOption(h.dataDirOption())
    .action(async (o) => {
      try {
        const database = await h.openFromOptions({ dataDir: o.dataDir });
        try {
          const r = await setupNetwork(systemCtx(database.db, 'renshe disputes setup-network'), { district: o.district });
          process.stdout.write(`${r.districtName} (${r.district}): 新建 created ${r.created.length} organisations; `
            + `仲裁委员会 ${r.commission.name}; 联合调解中心 ${r.districtCentre.name}; 街镇调解中心 ${r.townCentres}\n`);
          for (const c of r.created) process.stdout.write(`  + ${c.name} (${c.orgCode})\n`);
        } finally { await database.close(); }
      } catch (err) { h.fail(err); }
    });
}
