#!/usr/bin/env node
// The `renshe` command. The server is written in TypeScript and run through tsx's loader, so there is no separate
// build step for it: `npm install` is enough.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
