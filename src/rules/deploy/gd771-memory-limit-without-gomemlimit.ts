import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { bytesText, goMemLimitText } from '../../knowledge/quantities.js';
import { at, envVar, goEvidence, sites, where } from './shared.js';

/** A Go container with a memory limit and no GOMEMLIMIT: the GC paces by GOGC alone. */
export const gd771 = defineRule({
  id: 'GD771',
  name: 'memory-limit-without-gomemlimit',
  category: 'deploy',
  severity: 'info',
  title: 'A Go container has a memory limit but no GOMEMLIMIT',
  requires: ['files'],
  messages: {
    missing: '{where} runs a Go program ({evidence}) with a memory limit of {memRaw} ({memText}) and no GOMEMLIMIT: the Go GC does not know the limit (the runtime does not read cgroup memory limits) and lets the heap grow to twice its live size by GOGC, so a spike ends in an OOM kill. About 90 % of the limit is usual: GOMEMLIMIT={suggest}.',
  },
  fixTitles: {
    tellTheGoGc: 'Tell the Go GC the limit',
  },
  sources: ['https://go.dev/doc/gc-guide#Memory_limit', 'https://pkg.go.dev/runtime/debug#SetMemoryLimit', 'https://go.dev/doc/go1.19#runtime', 'src/runtime/mgcpacer.go'],
  fixable: true,
  docs: {
    what: 'Reports a container of a Kubernetes workload (a Helm chart template too, rendered with its chart\'s values.yaml where the values are plain), Helm values entry or compose service that has a memory limit, runs a Go program (it sets a Go runtime variable, or its image is named after the repository\'s Go module) and sets no GOMEMLIMIT.',
    why: 'Since Go 1.19 the GC can pace itself against a memory limit, but only one given by GOMEMLIMIT or debug.SetMemoryLimit: the runtime reads no cgroup memory limit. Without it, GOGC=100 lets the heap reach twice the live heap before a collection, so a container sized close to its steady state is OOM-killed on a burst that a GC cycle would have absorbed. The Go GC guide suggests leaving 5-10 % headroom for memory the runtime does not manage.',
    fix: 'Add GOMEMLIMIT at about 90 % of the limit (e.g. 460MiB for 512Mi), or from the downward API with a divisor-free resourceFieldRef and a lower GOMEMLIMIT computed in the entrypoint; keep GOGC as it is unless memory is the only concern.',
  },
  check({ files }) {
    const out: Report<'missing'>[] = [];
    for (const s of sites(files)) {
      const mem = s.container.memoryLimit;
      if (!mem || envVar(s.container, 'GOMEMLIMIT')) continue;
      const evidence = goEvidence(files, s);
      if (!evidence) continue;
      const suggest = goMemLimitText(Math.floor((mem.bytes * 0.9) / 2 ** 20) * 2 ** 20);
      out.push({
        messageId: 'missing',
        data: { where: where(s), evidence, memRaw: mem.raw, memText: bytesText(mem.bytes), suggest },
        location: at(s, mem.line),
        fixes: [{ kind: 'manual', title: fixTitle('tellTheGoGc'), steps: [`env: GOMEMLIMIT=${suggest}  (about 90 % of ${mem.raw})`] }],
      });
    }
    return out;
  },
});
