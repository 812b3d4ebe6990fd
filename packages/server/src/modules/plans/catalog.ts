// The plans as loaded: every `data/*.json` validated at first use (after the modules have registered their
// measures), each compiled once. A bad file refuses to load, naming the file, indicator and field.
import { fileURLToPath } from 'node:url';
import { isRegisteredMeasure } from '../../platform/measures.ts';
import { compilePlan, type CompiledPlan } from './engine/compute.ts';
import { loadPlanFiles, validatePlan, type Plan } from './engine/planFile.ts';

export const PLAN_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

export const knownMeasures = (name: string): boolean => name.startsWith('manual.') || isRegisteredMeasure(name);

let plans: Map<string, Plan> | null = null;
const compiled = new Map<string, CompiledPlan>();

function load(): Map<string, Plan> {
  if (!plans) {
    plans = new Map(loadPlanFiles(PLAN_DATA_DIR, knownMeasures).map((p) => [p.id, p]));
  }
  return plans;
}

export const planCatalog = {
  all(): Plan[] {
    return [...load().values()];
  },
  get(id: string): Plan | undefined {
    return load().get(id);
  },
  compiled(id: string): CompiledPlan | undefined {
    const plan = load().get(id);
    if (!plan) return undefined;
    let c = compiled.get(id);
    if (!c || c.plan !== plan) {
      c = compilePlan(plan);
      compiled.set(id, c);
    }
    return c;
  },
  /** Tests and benchmarks: add a plan (validated like a file) to the loaded set. */
  addForTest(json: unknown): Plan {
    const id = (json as { id: string }).id;
    const plan = validatePlan(json, `${id}.json`, knownMeasures);
    load().set(plan.id, plan);
    compiled.delete(plan.id);
    return plan;
  },
  /** Reload the files (after a module registered measures late). */
  reload(): void {
    plans = null;
    compiled.clear();
  },
};
