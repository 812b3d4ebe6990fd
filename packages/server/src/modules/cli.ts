// Modules add their own subcommands here (plans, indicators, export …).
import type { Command, Option } from 'commander';
import type { Database } from '../db/client.ts';
import type { Progress } from '../demo/index.ts';
import { registerPlansCli } from './plans/cli.ts';
import { registerDisputesCli } from './disputes/cli.ts';

export interface CliHelpers {
  openFromOptions(o: { dataDir?: string; lock?: boolean }): Promise<Database>;
  dataDirOption(): Option;
  fail(err: unknown): never;
  terminalProgress(): Progress;
}

export function registerCliCommands(_program: Command, _helpers: CliHelpers): void {
  // Filled in by the modules' own cli.ts files.
  registerPlansCli(_program, _helpers);
  registerDisputesCli(_program, _helpers);
}
