import { defineCollector } from './collector.js';

/**
 * Shell startup analysis. Static by default: reads startup files through the Host and executes
 * nothing. With --run-shells it also starts each installed shell in each mode (dynamic.ts).
 */
export const shellsCollector = defineCollector({
  area: 'shells',
  after: [],
  async collect(host, opts) {
    // Loaded lazily: the parser brings a WASM module that doctor should not pay for up front.
    const { analyzeShells } = await import('./shell/analyze.js');
    const facts = await analyzeShells(host);
    if (!opts.runShells) return { ...facts, dynamic: null };
    const { runShells } = await import('./shell/dynamic.js');
    return { ...facts, dynamic: await runShells(host, facts, opts.timeoutMs, opts.progress) };
  },
});
