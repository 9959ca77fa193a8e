// Shared by the modules rules: how to change a setting where it comes from, what looks private,
// and where a go command about a go.mod runs.
import type { FixSafety } from '../../facts/findings.js';
import { fixTitle, type FixDraft } from '../../engine/define-rule.js';
import { REDACTED, holdsSecret } from '../../engine/redact.js';
import { shQuote } from '../../knowledge/shell-quote.js';
import type { ModulesFacts } from '../../facts/schema/modules.js';
import { matchingPattern } from '../../knowledge/goprivate.js';
import { dirOf } from '../../facts/paths.js';
import { INTERNAL_TLDS, PUBLIC_PROBES, PUBLIC_PROXY_HOSTS } from '../../knowledge/module-hosts.js';

export type ModuleKey = keyof ModulesFacts['env'];

/**
 * Fixes that set KEY to value (or remove it when value is null) at the layer it comes from.
 * Values are quoted for sh; a value holding redacted credentials is never put in a command
 * (pasted, it would replace the real credentials with ***): the user edits it where it is set.
 */
/** Titles of settingFixes, for the fixTitles of the rules that offer them. */
export const SETTING_FIX_TITLES = {
  credentialsHidden: '{key} holds credentials godiag does not show: edit it {where} ({why})',
  exportedInEnv: '{key} comes from the process environment: change it where it is exported ({why})',
  forThisShell: 'For this shell only',
  removeFromGoEnvFile: 'Remove {key} from the go env file',
  setInGoEnvFile: 'Set {key} in the go env file',
};

export function settingFixes(m: ModulesFacts, key: ModuleKey, value: string | null, why: string, safety: FixSafety = 'review'): FixDraft[] {
  const source = m.sources[key] ?? 'default';
  const where = source === 'env' ? 'where it is exported (shell startup files, CI or container environment)' : 'in the go env file (go env GOENV)';
  if (value !== null && holdsSecret(value)) {
    return [{ kind: 'manual', title: fixTitle('credentialsHidden', { key, where, why }), steps: [`Change ${key} ${where} to the form ${value}, keeping your credentials in place of ${REDACTED}`], url: 'https://go.dev/ref/mod#environment-variables' }];
  }
  const assignment = value === null ? null : shQuote(`${key}=${value}`);
  const fixes: FixDraft[] = [];
  if (source === 'env') {
    fixes.push({
      kind: 'manual',
      title: fixTitle('exportedInEnv', { key, why }),
      steps: [
        `Find the export: grep -n '${key}' ~/.profile ~/.bashrc ~/.zshrc ~/.config/fish/config.fish /etc/environment, and your CI or container env`,
        assignment === null ? `Remove the ${key} line` : `Set ${assignment} there`,
      ],
      url: 'https://go.dev/ref/mod#environment-variables',
    });
    fixes.push({ kind: 'command', title: fixTitle('forThisShell'), shell: 'sh', command: assignment === null ? `unset ${key}` : `export ${assignment}`, safety: 'safe' });
  } else {
    fixes.push({
      kind: 'command',
      title: fixTitle(value === null ? 'removeFromGoEnvFile' : 'setInGoEnvFile', { key }),
      command: assignment === null ? `go env -u ${key}` : `go env -w ${assignment}`,
      safety,
    });
  }
  return fixes;
}

/** The first public probe a glob list covers, or null. */
export function coveredPublic(globs: string): { pattern: string; example: string } | null {
  for (const p of PUBLIC_PROBES) {
    const pattern = matchingPattern(globs, p);
    if (pattern !== null) return { pattern, example: p };
  }
  return null;
}

/** Why a module path looks private, or null: an IP host, an internal TLD, a host the user marks. */
export function privateReason(module: string, privateHosts: readonly string[]): string | null {
  const host = (module.split('/')[0] ?? '').toLowerCase().replace(/:\d+$/, '');
  const marked = privateHosts.find((h) => matchingPattern(h, module) !== null);
  if (marked) return `it matches privateHosts entry ${marked} in the godiag config`;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return `its host ${host} is an IP address`;
  const tld = INTERNAL_TLDS.find((t) => host === t || host.endsWith('.' + t));
  if (tld) return `its host ${host} ends in .${tld}, which public DNS does not resolve`;
  return null;
}

export function isPublicProxy(url: string): boolean {
  const host = /^[a-z]+:\/\/(?:[^/@]*@)?([^/:]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return PUBLIC_PROXY_HOSTS.some((h) => host === h || host.endsWith('.' + h));
}

/** `cd DIR && ` for a go.mod lint found in a subdirectory (a relative path); doctor's project go.mod is where it runs. */
export function inModuleDir(goMod: string): string {
  const dir = dirOf(goMod);
  return goMod.startsWith('/') || dir === '' || dir === '.' ? '' : `cd ${shQuote(dir)} && `;
}
