import { defineRule } from '../../engine/define-rule.js';
import { checkGoflags, GOFLAGS_QUOTES_SINCE, repairGoflags } from '../../knowledge/goflags.js';
import { compareGoVersions, findGoVersion } from '../../knowledge/goversion.js';
import { originLocation, originText, unsetFixes, UNSET_FIX_TITLES } from './origin.js';

/** A GOFLAGS that `go env` happily prints but `go build` rejects (FACTS §4.6). */
export const gd209 = defineRule({
  id: 'GD209',
  name: 'invalid-goflags',
  category: 'settings',
  severity: 'error',
  title: 'GOFLAGS contains something go build rejects',
  requires: ['goenv'],
  messages: {
    invalid: 'GOFLAGS={value} (from {origin}), as {goVersion} reads it: {problem}.',
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ['src/cmd/go/internal/base/goflags.go (InitGOFLAGS, SetFromGOFLAGS)', 'src/cmd/internal/quoted/quoted.go (Split)', 'src/cmd/go/internal/modload/init.go (-mod values)', 'https://pkg.go.dev/cmd/go#hdr-Environment_variables'],
  fixable: true,
  docs: {
    what: 'Parses GOFLAGS the way the go that runs does: words split by quoted.Split (go1.26.8: single or double quotes around a whole word, e.g. GOFLAGS=\'"-ldflags=-s -w"\') or at spaces only (go1.19.8, strings.Fields); each word -flag or -flag=value, every flag known to some go command; boolean values that strconv.ParseBool accepts; -mod one of mod, readonly, vendor; and go env\'s -w/-u, which an unquoted `-ldflags=-s -w` leaves as a word of its own.',
    why: 'InitGOFLAGS hides its errors for `go env` and `go bug`, so an unknown flag looks fine where users check it and breaks every build. Value errors (-mod=vendr, -modcacherw=yes, -v=2) appear only in the commands that have the flag. A stray -w or -u is accepted by everyone and ignored by go build, but turns every `go env KEY` into `go env -w KEY` ("arguments must be KEY=VALUE") or `go env -u KEY`, which removes KEY from the go env file.',
    fix: 'Write each flag as -flag=value; put a value with spaces inside quotes around the whole word (Go with quoted.Split), drop unknown flags, and set it where it is currently set.',
  },
  check({ goenv }) {
    const s = goenv.settings.GOFLAGS;
    if (!s?.value) return [];
    const version = findGoVersion(goenv.goVersion ?? '') ?? null;
    const quoted = !version || compareGoVersions(version, GOFLAGS_QUOTES_SINCE) >= 0;
    const problems = checkGoflags(s.value, quoted);
    if (problems.length === 0) return [];
    const location = originLocation(goenv, s);
    const fixed = repairGoflags(s.value, quoted);
    return [{
      messageId: 'invalid',
      data: { value: JSON.stringify(s.value), origin: originText(goenv, s), goVersion: version ?? 'the go command', problem: problems.map((p) => p.problem.replace(/\.$/, '')).join('; ') },
      evidence: { problems },
      fixes: fixed ? unsetFixes(s, fixed) : unsetFixes(s),
      ...(location ? { location } : {}),
    }];
  },
});
