import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, lineEdit } from '../file-relations.js';
import { downloadsModules } from '../../knowledge/go-command-kinds.js';

/** Settings that change how modules are fetched and verified. */
const FETCH_SETTINGS = new Set(['GOPROXY', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOSUMDB', 'GOFLAGS', 'GOINSECURE', 'GOAUTH', 'GOTOOLCHAIN']);

/** Settings that forbid later fetching: set after the download they are a deliberate lock, not a mistake. */
function locksDown(name: string, value: string): boolean {
  const v = value.trim();
  if (name === 'GOPROXY') return v === 'off';
  if (name === 'GOFLAGS') return /(^|\s)-mod=(vendor|readonly)(\s|$)/.test(v);
  if (name === 'GOTOOLCHAIN') return v === 'local';
  return false;
}

/** ENV GOPROXY after the RUN that already downloaded modules: that RUN never saw it. */
export const gd603 = defineRule({
  id: 'GD603',
  name: 'go-env-after-download',
  category: 'dockerfile',
  severity: 'warning',
  title: 'Module settings set after the RUN that downloads modules',
  requires: ['files'],
  messages: {
    late: '`ENV {name}` (line {envLine}) comes after the RUN at line {runLine} that runs `go {sub}`; that download used the default {name}.',
  },
  fixTitles: {
    setBeforeTheRun: 'Set {name} before the RUN at line {line} (the later ENV then is redundant)',
  },
  sources: ['https://docs.docker.com/reference/dockerfile/#env', 'https://go.dev/ref/mod#environment-variables'],
  fixable: true,
  docs: {
    what: 'Within each build stage, finds ENV instructions setting GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOSUMDB, GOFLAGS, GOINSECURE, GOAUTH or GOTOOLCHAIN after the first RUN that downloads modules (go mod download, go build, go get ...), when the variable was not set before that RUN. Values that forbid fetching (GOPROXY=off, GOFLAGS=-mod=vendor or -mod=readonly, GOTOOLCHAIN=local) are a deliberate lock after the download and are not reported.',
    why: 'ENV applies only to later instructions. The earlier RUN downloaded through the public proxy and checksum database: private modules fail with 404/410 or "verifying module: ... not found", or a corporate proxy is bypassed.',
    fix: 'Move the ENV above the first RUN that runs go, or set the variable inline in that RUN.',
  },
  check({ files }) {
    const out: Report<'late'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const seen = new Set<string>();
        let firstRun: { ins: (typeof s.instructions)[number]; sub: string } | null = null;
        for (const ins of s.instructions) {
          if (ins.keyword === 'RUN' && !firstRun) {
            const c = ins.goCommands.find(downloadsModules);
            if (c) firstRun = { ins, sub: c.sub === 'mod' ? `mod ${c.args.find((a) => a !== 'mod' && !a.startsWith('-')) ?? ''}`.trim() : c.sub };
            continue;
          }
          if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
          for (const p of ins.pairs) {
            if (!FETCH_SETTINGS.has(p.name)) continue;
            // After `go mod download`, GOPROXY=off, -mod=vendor/readonly or GOTOOLCHAIN=local lock the
            // build down on purpose: later steps may not fetch anything.
            if (firstRun && locksDown(p.name, p.value ?? '')) { seen.add(p.name); continue; }
            if (!firstRun || seen.has(p.name) || ins.keyword === 'ARG') { seen.add(p.name); continue; }
            const run = firstRun.ins;
            const envLine = p.value === null ? `ENV ${p.name}` : `ENV ${p.name}=${/\s/.test(p.value) ? JSON.stringify(p.value) : p.value}`;
            out.push({
              messageId: 'late',
              data: { name: p.name, envLine: p.line, runLine: run.line, sub: firstRun.sub },
              evidence: { stage: s.name ?? s.index, run: run.args.slice(0, 200), value: p.value },
              location: at(d.path, p.line, p.column, p.column + p.name.length),
              fixes: [lineEdit(fixTitle('setBeforeTheRun', { name: p.name, line: run.line }), d.path, run.line, run.endLine, `${envLine}\n${run.source}`)],
            });
            seen.add(p.name);
          }
        }
      }
    }
    return out;
  },
});
