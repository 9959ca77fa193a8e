// GOVCS: which version control tools direct fetches may use (src/cmd/go/internal/vcs/vcs.go
// parseGOVCS, govcsConfig.allow, checkGOVCS). The user's rules come first, then the defaults
// private:all,public:git|hg; a path matches "private" when GOPRIVATE matches it.
import { matchingPattern } from './goprivate.js';

export interface GovcsRule { pattern: string; allowed: string[] }

const DEFAULT_RULES: GovcsRule[] = [{ pattern: 'private', allowed: ['all'] }, { pattern: 'public', allowed: ['git', 'hg'] }];

/** parseGOVCS, with its error texts. */
export function parseGovcs(value: string): { rules: GovcsRule[]; error: string | null } {
  const s = value.trim();
  if (s === '') return { rules: DEFAULT_RULES, error: null };
  const rules: GovcsRule[] = [];
  const have = new Map<string, string>();
  for (const raw of s.split(',')) {
    const item = raw.trim();
    if (item === '') return { rules: [], error: 'empty entry in GOVCS' };
    const colon = item.indexOf(':');
    if (colon < 0) return { rules: [], error: `malformed entry in GOVCS (missing colon): ${JSON.stringify(item)}` };
    const pattern = item.slice(0, colon).trim();
    const list = item.slice(colon + 1).trim();
    if (pattern === '') return { rules: [], error: `empty pattern in GOVCS: ${JSON.stringify(item)}` };
    if (list === '') return { rules: [], error: `empty VCS list in GOVCS: ${JSON.stringify(item)}` };
    if (pattern === '.' || pattern === '..' || pattern.startsWith('./') || pattern.startsWith('../')) return { rules: [], error: `relative pattern not allowed in GOVCS: ${JSON.stringify(pattern)}` };
    const old = have.get(pattern);
    if (old) return { rules: [], error: `unreachable pattern in GOVCS: ${JSON.stringify(item)} after ${JSON.stringify(old)}` };
    have.set(pattern, item);
    const allowed = list.split('|').map((a) => a.trim());
    if (allowed.some((a) => a === '')) return { rules: [], error: `empty VCS name in GOVCS: ${JSON.stringify(item)}` };
    rules.push({ pattern, allowed });
  }
  return { rules: [...rules, ...DEFAULT_RULES], error: null };
}

/**
 * checkGOVCS for one path and tool: null when allowed, else the error the go command prints.
 * Fetches through a proxy (the "mod" protocol) are always allowed and never get here.
 */
export function govcsRefusal(govcs: string, goprivate: string, root: string, vcs: string): string | null {
  const { rules, error } = parseGovcs(govcs);
  if (error) return error;
  const isPrivate = matchingPattern(goprivate, root) !== null;
  for (const rule of rules) {
    const match = rule.pattern === 'private' ? isPrivate : rule.pattern === 'public' ? !isPrivate : matchingPattern(rule.pattern, root) !== null;
    if (!match) continue;
    if (rule.allowed.some((a) => a === vcs || a === 'all')) return null;
    break;
  }
  return `GOVCS disallows using ${vcs} for ${isPrivate ? 'private' : 'public'} ${root}; see 'go help vcs'`;
}
