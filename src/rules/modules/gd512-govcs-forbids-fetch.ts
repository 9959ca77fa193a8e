import { defineRule } from '../../engine/define-rule.js';
import { parseGovcs } from '../../knowledge/govcs.js';
import { settingFixes, SETTING_FIX_TITLES } from './helpers.js';

/** A module fetched straight from its repository with a tool GOVCS does not allow. */
export const gd512 = defineRule({
  id: 'GD512',
  name: 'govcs-forbids-fetch',
  category: 'modules',
  severity: 'error',
  title: 'GOVCS forbids the version control tool a direct fetch needs, or GOVCS is invalid',
  requires: ['modules'],
  messages: {
    refused: '{module} is fetched directly from its repository ({why}), but GOVCS={govcs} (from {source}) does not allow {vcs} for it: the fetch fails with "{error}".',
    invalid: 'GOVCS={govcs} (from {source}) is rejected: "{error}"; every direct fetch ({modules}) fails with it.',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['src/cmd/go/internal/vcs/vcs.go (parseGOVCS, govcsConfig.allow, checkGOVCS)', 'https://go.dev/ref/mod#vcs-govcs'],
  fixable: true,
  docs: {
    what: 'Applies GOVCS to every requirement the go command fetches directly (GONOPROXY/GOPRIVATE, or GOPROXY=direct): the user\'s rules first, then the defaults private:all,public:git|hg; "private" means GOPRIVATE matches. Where the path does not name the tool (known hosts, .git/.hg elements), git is assumed.',
    why: 'checkGOVCS runs before any git, hg, svn, bzr or fossil command: a path whose rule does not list the tool fails with "GOVCS disallows using git for public example.com/x; see \'go help vcs\'". A typo such as GOVCS=*:git;hg or a missing colon makes every direct fetch fail. Fetches through a proxy are never checked.',
    fix: 'Allow the tool for that path (GOVCS=example.com:git|hg, or private:all with the path in GOPRIVATE), or fetch it through a proxy.',
  },
  check({ modules }) {
    const govcs = modules.env.GOVCS ?? '';
    const source = modules.sources.GOVCS ?? 'default';
    // Only where the origin is asked first: behind a proxy, direct is a fallback for 404/410 answers.
    const direct = modules.routes.filter((r) => r.steps[0]?.kind === 'direct' && !r.error);
    const parsed = parseGovcs(govcs);
    if (parsed.error) {
      if (direct.length === 0) return [];
      return [{ messageId: 'invalid' as const, data: { govcs, source, error: parsed.error, modules: direct.slice(0, 3).map((r) => r.module).join(', ') + (direct.length > 3 ? ', ...' : '') }, fixes: settingFixes(modules, 'GOVCS', source === 'env' || source === 'user-file' ? null : '', 'back to the default private:all,public:git|hg') }];
    }
    return direct.filter((r) => r.govcs).map((r) => {
      const req = modules.requirements.find((q) => q.path === r.module);
      return {
        messageId: 'refused' as const,
        data: { module: r.module, why: r.noProxyPattern !== null ? `GONOPROXY/GOPRIVATE pattern ${r.noProxyPattern}` : 'GOPROXY', govcs: govcs || '(default)', source, vcs: r.vcs ?? 'git', error: r.govcs! },
        evidence: { route: r.steps.map((s) => s.url), GOPRIVATE: modules.env.GOPRIVATE },
        ...(req ? { location: { file: req.file, line: req.line } } : {}),
        fixes: settingFixes(modules, 'GOVCS', [`${r.module.split('/')[0]}:${r.vcs ?? 'git'}`, govcs].filter(Boolean).join(','), `allow ${r.vcs ?? 'git'} for ${r.module.split('/')[0]}`),
      };
    });
  },
});
