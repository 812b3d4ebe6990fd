// Each module's demo-data generator, run by `renshe demo` after org units, accounts and residents are in place.
// Modules add one line here.
import type { DemoStep } from '../demo/index.ts';

export const moduleDemoSteps: DemoStep[] = [];
