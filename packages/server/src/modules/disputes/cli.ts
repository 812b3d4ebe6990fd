// `renshe export disputes --format csv [--out FILE] [--under CODE]`: every case with its dates, org unit, path and outcome.
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { CliHelpers } from '../cli.ts';
import { exportCsv } from './service.ts';

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
}
