import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { coveredPublic, privateReason } from './helpers.js';

/** Directly fetched (GONOPROXY) modules over HTTPS with no way to authenticate and no prompt. */
export const gd508 = defineRule({
  id: 'GD508',
  name: 'private-module-no-credentials',
  category: 'modules',
  severity: 'warning',
  title: 'Private modules are fetched directly but no credentials are configured',
  requires: ['modules'],
  messages: {
    none: '{module} is fetched directly from {host}, but there is no netrc entry for it, no git insteadOf rewrite, no git credential helper and no GOAUTH command; with prompts disabled, git fails with "could not read Username ... terminal prompts disabled".',
  },
  fixTitles: {
    useSshForThis: 'Use SSH for this host (needs an SSH key the host accepts)',
    orStoreAnHttps: 'Or store an HTTPS token in ~/.netrc',
  },
  sources: ['https://go.dev/ref/mod#private-module-repo-auth', 'src/cmd/go/internal/modload/init.go', 'src/cmd/go/internal/auth/auth.go', 'man:git-config(1)'],
  fixable: true,
  docs: {
    what: 'For requirements routed straight to their origin by GONOPROXY/GOPRIVATE, checks for any credential source: a ~/.netrc (or $NETRC) machine entry for the host, a git url.<base>.insteadOf rewrite (to SSH or with a token), a git credential.helper, or a GOAUTH git/command entry.',
    why: 'In module mode the go command sets GIT_TERMINAL_PROMPT=0 unless it is already set, so git cannot ask for a password; an HTTPS fetch of a private repository without stored credentials fails with "terminal prompts disabled", 401 or 403, typically only in CI where no helper is configured.',
    fix: 'Add a netrc entry for the host, or rewrite HTTPS to SSH (git config --global url."git@host:".insteadOf "https://host/"), or configure a credential helper; in CI, inject a token.',
  },
  check({ modules }) {
    const out = [];
    const hosts = new Set<string>();
    const hasHelper = modules.git.credentialHelpers.length > 0;
    const goauthProvides = modules.goauth.commands.some((c) => c !== 'netrc' && c !== 'off');
    if (hasHelper || goauthProvides || modules.gitTerminalPrompt === '1') return [];
    for (const route of modules.routes) {
      if (route.noProxyPattern === null || route.steps[0]?.kind !== 'direct') continue;
      const host = route.module.split('/')[0]!;
      // GOPRIVATE=* (or another pattern GD502 calls too broad) sends public modules direct too;
      // they need no credentials, so only modules that look private are held to this check.
      if (coveredPublic(route.noProxyPattern ?? '') && !privateReason(route.module, modules.privateHosts)) continue;
      if (hosts.has(host)) continue;
      hosts.add(host);
      if (modules.netrc.machines.includes(host)) continue;
      const rewritten = modules.git.insteadOf.some((r) => r.insteadOf.includes(host));
      if (rewritten) continue;
      const req = modules.requirements.find((r) => r.path === route.module);
      out.push({
        messageId: 'none' as const,
        data: { module: route.module, host },
        evidence: { netrc: modules.netrc.path, netrcMachines: modules.netrc.machines, insteadOf: modules.git.insteadOf, credentialHelpers: modules.git.credentialHelpers, GOAUTH: modules.env.GOAUTH, GIT_TERMINAL_PROMPT: modules.gitTerminalPrompt },
        ...(req ? { location: { file: req.file, line: req.line } } : {}),
        fixes: [
          { kind: 'command' as const, title: fixTitle('useSshForThis'), command: `git config --global url."git@${host}:".insteadOf "https://${host}/"`, safety: 'review' as const },
          { kind: 'manual' as const, title: fixTitle('orStoreAnHttps'), steps: [`printf 'machine ${host} login USER password TOKEN\\n' >> ~/.netrc`, 'chmod 600 ~/.netrc'], url: 'https://go.dev/ref/mod#private-module-repo-auth' },
        ],
      });
    }
    return out;
  },
});
