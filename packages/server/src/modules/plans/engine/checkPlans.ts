/**
 * Checks the plan data files: `npx tsx packages/server/src/modules/plans/engine/checkPlans.ts`.
 *
 * Loads every `*.json` in `packages/server/src/modules/plans/data/` (relative to this file, not to the
 * working directory) the way the server does, except that no module registers measures here: only
 * `manual.` names are accepted as measures (and those must be `manual.<planId>.<indicatorId>` of the
 * plan). Prints one line per file — the plan id and its indicator count, or the error — and exits 1
 * when any file is refused.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPlanFiles, loadPlanFile } from './planFile.ts';

const dir = fileURLToPath(new URL('../data/', import.meta.url));
const knownMeasures = (n: string): boolean => n.startsWith('manual.');

if (!existsSync(dir)) {
  console.log(`没有规划数据目录 / no plan data directory: ${dir}`);
  process.exit(0);
}
const files = listPlanFiles(dir);
if (files.length === 0) console.log(`没有规划文件 / no plan files in ${dir}`);
let failed = 0;
for (const path of files) {
  try {
    const plan = loadPlanFile(path, knownMeasures);
    console.log(`ok    ${plan.id}  ${plan.indicators.length} 个指标 / indicators`);
  } catch (e) {
    failed++;
    console.log(`ERROR ${basename(path)}  ${e instanceof Error ? e.message : String(e)}`);
  }
}
if (failed) {
  console.log(`${failed} 个文件被拒绝 / ${failed} file(s) refused`);
  process.exit(1);
}
