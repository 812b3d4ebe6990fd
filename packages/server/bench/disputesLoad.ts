// Load generator for bench/disputes.ts, run in its own process so it does not share the server's event loop.
// Input (argv[2], a JSON file): { url, connections, duration, method, headers, paths: string[], bodies?: string[] }
// Each request takes the next path (and body) in turn. Output: autocannon's result as JSON on stdout.
import autocannon from 'autocannon';

import { readFileSync } from 'node:fs';

const cfg = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  url: string; connections: number; duration: number; method: string; headers: Record<string, string>; paths: string[]; bodies?: string[];
};
let i = 0;
autocannon({
  url: cfg.url, connections: cfg.connections, duration: cfg.duration,
  requests: [{
    method: cfg.method, path: cfg.paths[0], headers: cfg.headers,
    setupRequest: (req) => {
      const k = i++;
      return { ...req, path: cfg.paths[k % cfg.paths.length], ...(cfg.bodies ? { body: cfg.bodies[k % cfg.bodies.length] } : {}) };
    },
  }],
}, (err, result) => {
  if (err) { process.stderr.write(String(err)); process.exit(1); }
  process.stdout.write(JSON.stringify({ latency: result.latency, requests: result.requests, non2xx: result.non2xx, errors: result.errors, sent: i }));
  process.exit(0);
});
