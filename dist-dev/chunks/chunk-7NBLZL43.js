import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/facts/collect.ts
async function collect(body) {
  const start = performance.now();
  try {
    const value = await body();
    return { ok: true, value, ms: Math.round(performance.now() - start) };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return { ok: false, error, ms: Math.round(performance.now() - start) };
  }
}
__name(collect, "collect");

// src/collectors/collector.ts
function defineCollector(c) {
  return c;
}
__name(defineCollector, "defineCollector");
function earlierValue(earlier, area) {
  const c = earlier[area];
  return c && c.ok ? c.value : null;
}
__name(earlierValue, "earlierValue");
async function runCollectors(collectors, host, opts) {
  const facts = {};
  const timings = {};
  const enabled = new Map(collectors.filter((c) => !c.enabled || c.enabled(opts)).map((c) => [c.area, c]));
  const started = /* @__PURE__ */ new Map();
  const visiting = [];
  const active = /* @__PURE__ */ new Map();
  const report = /* @__PURE__ */ __name(() => opts.progress?.([...active].map(([area, step]) => step ? `${area}: ${step}` : area).join(", ")), "report");
  const optsFor = /* @__PURE__ */ __name((area) => opts.progress ? { ...opts, progress: /* @__PURE__ */ __name((step) => {
    active.set(area, step);
    report();
  }, "progress") } : opts, "optsFor");
  const start = /* @__PURE__ */ __name((c) => {
    const running = started.get(c.area);
    if (running) return running;
    if (visiting.includes(c.area)) throw new Error(`collector dependency cycle among ${[...visiting, c.area].join(", ")}`);
    visiting.push(c.area);
    const needs = c.after.flatMap((a) => enabled.has(a) ? [start(enabled.get(a))] : []);
    visiting.pop();
    const t0 = performance.now();
    const areaOpts = optsFor(c.area);
    const earlyWork = c.early?.(host, areaOpts);
    earlyWork?.catch(() => void 0);
    const done = Promise.all(needs).then(async () => {
      active.set(c.area, "");
      report();
      const result = await collect(() => c.collect(host, areaOpts, facts, earlyWork));
      active.delete(c.area);
      report();
      facts[c.area] = result;
      if (earlyWork) result.ms = Math.round(performance.now() - t0);
      timings[c.area] = result.ms ?? 0;
    });
    started.set(c.area, done);
    return done;
  }, "start");
  await Promise.all([...enabled.values()].map(start));
  return { facts, timings };
}
__name(runCollectors, "runCollectors");

export {
  collect,
  defineCollector,
  earlierValue,
  runCollectors
};
