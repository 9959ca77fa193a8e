import { defineCollector } from '../collector.js';

/** The verify area, only with doctor --verify-toolchain: its code is loaded only then. */
export const verifyCollector = defineCollector({
  area: 'verify',
  after: ['toolchains', 'goenv'],
  enabled: (opts) => !!opts.verifyToolchain,
  collect: async (host, opts, earlier) => (await import('./toolchain.js')).collectVerify(host, opts, earlier),
});
