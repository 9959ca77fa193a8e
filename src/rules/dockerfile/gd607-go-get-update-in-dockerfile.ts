import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';
import { isGoGetUpdate, latestTargets } from '../../knowledge/go-command-kinds.js';
import { pinFix, PIN_FIX_TITLES } from '../pin-fix.js';

/** `go get -u` / `go install x@latest` in RUN: the image content depends on the day it was built. */
export const gd607 = defineRule({
  id: 'GD607',
  name: 'go-get-update-in-dockerfile',
  category: 'dockerfile',
  severity: 'warning',
  title: 'go get -u or @latest in a Dockerfile RUN',
  requires: ['files'],
  messages: {
    update: '`go get -u` in RUN upgrades dependencies at build time, ignoring go.mod/go.sum pins: two builds of one commit ship different code.',
    latest: '`go {sub} {target}` in RUN installs whatever is newest on build day; pin a version (@vX.Y.Z).',
  },
  fixTitles: {
    ...PIN_FIX_TITLES,
    buildWhatGoMod: 'Build what go.mod pins',
  },
  sources: ['https://go.dev/ref/mod#go-get', 'https://go.dev/ref/mod#go-install'],
  fixable: false,
  docs: {
    what: 'Reports RUN instructions that run `go get -u` or install/run a module at @latest (or a branch such as @master).',
    why: 'Docker caches the layer, so the result depends on when the cache was last built; -u also rewrites go.mod inside the image, so the image no longer matches the reviewed go.mod and go.sum.',
    fix: 'Pin tools by version (@v1.2.3), or on Go 1.24+ record them with `go get -tool` and run `go tool NAME`; update dependencies in the repository, not in the image.',
  },
  check({ files }) {
    const out: Report<'update' | 'latest'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== 'RUN') continue;
          for (const c of ins.goCommands) {
            if (isGoGetUpdate(c)) out.push({ messageId: 'update', data: {}, evidence: { run: ins.args.slice(0, 200) }, location: at(d.path, ins.line, ins.column), fixes: [{ kind: 'manual', title: fixTitle('buildWhatGoMod'), steps: ['Drop -u: run `go mod download` (or nothing) and upgrade dependencies in a reviewed commit.'], url: 'https://go.dev/ref/mod#go-get' }] });
            for (const target of latestTargets(c)) {
              out.push({ messageId: 'latest', data: { sub: c.sub, target }, evidence: { run: ins.args.slice(0, 200) }, location: at(d.path, ins.line, ins.column), fixes: [pinFix(target)] });
            }
          }
        }
      }
    }
    return out;
  },
});
