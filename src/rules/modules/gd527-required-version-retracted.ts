import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { inModuleDir } from './helpers.js';

/** A requirement at a version its module's author retracted. */
export const gd527 = defineRule({
  id: 'GD527',
  name: 'required-version-retracted',
  category: 'modules',
  severity: 'warning',
  title: 'go.mod requires a module version its author retracted',
  requires: ['retractions'],
  messages: {
    retracted: 'go.mod line {line} requires {module} {version}, which its author retracted ({retraction}{rationale}) in the go.mod of {latest}, the newest version of it in the module cache: go list -m -u marks it "(retracted)", and `go get {module}@latest` moves off it.',
  },
  fixTitles: {
    moveOffIt: 'Require the latest version that is not retracted',
  },
  sources: ['https://go.dev/ref/mod#go-mod-file-retract', 'src/cmd/go/internal/modload/modfile.go (checkRetractions)', 'src/cmd/go/internal/modload/query.go', 'https://go.dev/ref/mod#version-queries'],
  fixable: true,
  docs: {
    what: 'Offline (doctor: the project\'s go.mod; lint: every go.mod it reads, with the module cache at $GOMODCACHE, else $GOPATH/pkg/mod), reads the go.mod of the newest version of each required module that the module cache holds (the version a `latest` query would pick among them: releases before pre-releases, +incompatible versions last) and reports a requirement inside one of its `retract` ranges. A module without a cached go.mod newer than the requirement is not judged: godiag never asks the network, so a retraction published since the cache was filled is missed until a go command fetches that go.mod (`go list -m -u all` does).',
    why: 'Authors retract versions that are broken, insecure or published by mistake; the go command applies the retractions of the latest version. go build does not stop on them, so a retracted version stays in go.mod until someone runs go list -m -u or go get, which warn "retracted by module author".',
    fix: 'Run `go get MODULE@latest` (the latest query skips retracted versions, and moves a requirement off a retracted one even when that is a lower version), then `go mod tidy`, and test.',
  },
  check({ retractions }) {
    return retractions.retracted.map((r) => ({
      messageId: 'retracted' as const,
      data: { line: r.line, module: r.path, version: r.version, retraction: `retract ${r.retraction}`, rationale: r.rationale ? `: "${r.rationale}"` : '', latest: r.latest },
      location: { file: r.goMod, line: r.line },
      evidence: { latestGoMod: r.file, retraction: r.retraction, rationale: r.rationale },
      fixes: [{ kind: 'command' as const, title: fixTitle('moveOffIt'), command: `${inModuleDir(r.goMod)}go get ${r.path}@latest && go mod tidy`, safety: 'review' as const }],
    }));
  },
});
