// Minimal types for autocannon 8 (it ships none), only what bench/disputes.ts uses.
declare module 'autocannon' {
  interface Req { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  export interface Options {
    url: string; connections?: number; duration?: number;
    requests?: (Req & { setupRequest?: (req: Req) => Req })[];
  }
  export interface Result {
    latency: { p50: number; p99: number; average: number };
    requests: { average: number; total: number };
    non2xx: number; errors: number;
  }
  function autocannon(opts: Options, cb: (err: Error | null, result: Result) => void): unknown;
  export default autocannon;
}
