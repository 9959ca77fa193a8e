import { defineRule } from '../../engine/define-rule.js';
import { patternProblems, splitPatterns, type PatternProblem } from '../../knowledge/goprivate.js';
import { settingFixes, type ModuleKey, SETTING_FIX_TITLES } from './helpers.js';

const WHY: Record<PatternProblem, string> = {
  whitespace: 'Go does not trim spaces around commas, and module paths contain none',
  scheme: 'patterns are module path prefixes, never URLs',
  'bad-pattern': 'it is not a valid path.Match pattern, so it matches nothing',
  ellipsis: '`...` is the go command\'s package wildcard; here it is three literal dots (the prefix alone already covers every path below it)',
  'has-version': 'patterns hold paths, not path@version',
  uppercase: 'module path hosts are lower case',
};

function suggestion(glob: string): string {
  return glob.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/\.\.\.$/, '').replace(/@.*$/, '').replace(/^[^/]*/, (h) => h.toLowerCase());
}

/** GOPRIVATE-family patterns that can never match a module path. */
export const gd506 = defineRule({
  id: 'GD506',
  name: 'private-pattern-never-matches',
  category: 'modules',
  severity: 'warning',
  title: 'A GOPRIVATE, GONOPROXY, GONOSUMDB or GOINSECURE pattern can never match',
  requires: ['modules'],
  messages: {
    never: '{key} pattern {pattern} can never match a module path: {why}. Did you mean {suggestion}?',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['src/cmd/vendor/golang.org/x/mod/module/module.go', 'src/path/match.go', 'https://go.dev/ref/mod#private-modules'],
  fixable: true,
  docs: {
    what: 'Checks every comma-separated pattern of GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE for forms that module.MatchPrefixPatterns can never match: surrounding spaces, URL schemes, `/...`, @versions, upper-case hosts and malformed globs.',
    why: 'A pattern that never matches leaves the private modules it was meant for on the default route: their paths go to proxy.golang.org and sum.golang.org, the fetch fails with 404/410 or "verifying module", and nothing says the pattern was ignored.',
    fix: 'Write plain path prefixes separated by commas without spaces: corp.example.com,*.corp.example.com,github.com/acme.',
  },
  check({ modules }) {
    const out = [];
    const keys: ModuleKey[] = ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE'];
    for (const key of keys) {
      // GONOPROXY/GONOSUMDB defaulted from GOPRIVATE would repeat its findings.
      if (key !== 'GOPRIVATE' && key !== 'GOINSECURE' && modules.sources[key] === 'default') continue;
      for (const glob of splitPatterns(modules.env[key])) {
        const problems = patternProblems(glob);
        if (problems.length === 0) continue;
        const fixed = splitPatterns(modules.env[key]).map((g) => (patternProblems(g).length ? suggestion(g) : g)).join(',');
        out.push({
          messageId: 'never' as const,
          data: { key, pattern: JSON.stringify(glob), why: problems.map((p) => WHY[p]).join('; '), suggestion: suggestion(glob) },
          evidence: { [key]: modules.env[key], problems },
          fixes: settingFixes(modules, key, fixed, 'patterns Go can match'),
        });
      }
    }
    return out;
  },
});
