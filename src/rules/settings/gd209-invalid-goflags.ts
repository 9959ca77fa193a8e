import { defineRule } from '../../engine/define-rule.js';
import { checkGoflags } from '../../knowledge/goflags.js';
import { originLocation, originText, unsetFixes } from './origin.js';

/** A GOFLAGS that `go env` happily prints but `go build` rejects (FACTS §4.6). */
export const gd209 = defineRule({
  id: 'GD209',
  name: 'invalid-goflags',
  category: 'settings',
  severity: 'error',
  title: 'GOFLAGS contains something go build rejects',
  requires: ['goenv'],
  messages: {
    invalid: 'GOFLAGS="{value}" (from {origin}): {problem}. go build, test and run fail with "go: parsing $GOFLAGS: ..." although `go env` shows no error.',
  },
  sources: ['src/cmd/go/internal/base/goflags.go', 'https://pkg.go.dev/cmd/go#hdr-Environment_variables'],
  fixable: true,
  docs: {
    what: 'Parses GOFLAGS the way cmd/go does: space-separated words, each -flag or -flag=value, every flag known to some go command.',
    why: 'cmd/go validates GOFLAGS at start-up of every command but hides the error for `go env` and `go bug`, so the setting looks fine where users check it and breaks builds everywhere else.',
    fix: 'Write each flag as -flag=value with no spaces inside a word, drop unknown flags, and set it where it is currently set.',
  },
  check({ goenv }) {
    const s = goenv.settings.GOFLAGS;
    if (!s?.value) return [];
    const problems = checkGoflags(s.value);
    if (problems.length === 0) return [];
    const location = originLocation(goenv, s);
    const fixed = s.value.split(/\s+/).filter((w) => w && !problems.some((p) => p.word === w)).join(' ');
    return [{
      messageId: 'invalid',
      data: { value: s.value, origin: originText(goenv, s), problem: problems.map((p) => p.problem).join('; ') },
      evidence: { problems },
      fixes: fixed ? unsetFixes(s, fixed) : unsetFixes(s),
      ...(location ? { location } : {}),
    }];
  },
});
