// Each module's demo-data generator, run by `renshe demo` after org units, accounts and residents are in place.
// Modules add one line here.
import type { DemoStep } from '../demo/index.ts';
import { plansDemoStep } from './plans/demo.ts';
import { disputesDemoStep } from './disputes/demo.ts';

export const moduleDemoSteps: DemoStep[] = [
  disputesDemoStep,
  plansDemoStep,
];
