// Code hosts show a result only at a file. Machine-level findings (a setting, the cgroup, the go on
// PATH) carry no location of their own, so SARIF and GitHub annotations point them at the file that
// causes them: the go env file or startup file that sets the variable, the go binary, go.mod, the
// cgroup file. When no such file exists they point at a documented pseudo-file in the repository:
//   .godiag/environment  a variable from the process environment (CI job, container, parent)
//   .godiag/machine      a fact of the machine itself (OS, CPU, PATH lookups, a run probe)
import * as path from 'node:path';
import type { Finding, Location } from '../facts/findings.js';
import type { Facts } from '../facts/schema.js';
import type { GoEnvFacts } from '../facts/schema/goenv.js';
import type { ShellsFacts } from '../facts/schema/shells.js';
import { originLocation } from '../rules/settings/origin.js';
import type { ReportSite } from './site.js';

export const PSEUDO_FILES = { environment: '.godiag/environment', machine: '.godiag/machine' } as const;

type AnyFacts = Partial<Facts> | Record<string, unknown>;

/** The finding's own location, else the file that causes it, else a pseudo-file. */
export function causeLocation(f: Finding, facts: AnyFacts, site: ReportSite): Location {
  if (f.location) return f.location;
  const fx = facts as Partial<Facts>;
  const goenv = fx.goenv?.ok ? fx.goenv.value : undefined;
  const shells = fx.shells?.ok ? fx.shells.value : undefined;
  const pseudo = (which: keyof typeof PSEUDO_FILES): Location => ({ file: path.join(site.repoRoot, PSEUDO_FILES[which]) });
  // The go line that asks for another toolchain is the cause, before the GOTOOLCHAIN that refuses it.
  const selection = f.evidence.selection as { file?: unknown } | undefined;
  if (typeof selection?.file === 'string' && path.isAbsolute(selection.file)) return { file: selection.file };
  const key = goenv ? settingKey(f, goenv) : null;
  if (key && goenv) {
    const s = goenv.settings[key]!;
    const origin = originLocation(goenv, s);
    if (origin) return origin;
    if (s.source === 'env') return exportLocation(shells, key) ?? pseudo('environment');
  }
  const file = evidencePath(f) ?? areaFile(f, fx);
  return file ? { file } : pseudo('machine');
}

/** The Go setting a finding is about: named in its evidence or data and set somewhere. */
function settingKey(f: Finding, env: GoEnvFacts): string | null {
  const names = [...Object.keys(f.evidence), ...Object.values(f.data).filter((v): v is string => typeof v === 'string'), ...(f.message.match(/\b(?:GO|CGO_)[A-Z0-9_]+\b/g) ?? [])];
  for (const n of names) {
    const s = env.settings[n];
    if (s && s.source !== 'default') return n;
  }
  return null;
}

/** The last startup-file line that exports the variable (what the login shell ends up with). */
function exportLocation(shells: ShellsFacts | undefined, key: string): Location | null {
  const sets = (shells?.events ?? []).filter((e) => e.kind === 'set' && e.name === key);
  const last = sets[sets.length - 1];
  return last ? { file: last.file, line: last.line } : null;
}

/** Evidence fields that name the file a finding is about (the go binary, a directory, a log). */
const PATH_KEYS = ['realPath', 'goBinary', 'path', 'file', 'dir', 'source'];

function evidencePath(f: Finding): string | null {
  for (const k of PATH_KEYS) {
    const v = f.evidence[k];
    if (typeof v === 'string' && path.isAbsolute(v) && !/\s/.test(v)) return v;
  }
  return null;
}

function areaFile(f: Finding, facts: Partial<Facts>): string | null {
  if (f.category === 'system' && facts.system?.ok) {
    const cg = facts.system.value.cgroup;
    if (f.ruleId === 'GD410') return cg.cpu.source;
    if (f.ruleId === 'GD411') return cg.memory.source;
  }
  if (facts.project?.ok) {
    const p = facts.project.value;
    const modFile = p.selection?.file ?? p.gowork?.path ?? p.gomod?.path ?? null;
    if (modFile && (f.category === 'settings' || f.category === 'runtime') && /go\.(mod|work)|go line|toolchain/i.test(f.message)) return modFile;
  }
  if (f.category === 'toolchain' && facts.toolchains?.ok) return facts.toolchains.value.installs[0]?.path ?? null;
  if (f.category === 'hang' && facts.hang?.ok) {
    const argv0 = facts.hang.value.runs[0]?.command?.[0];
    if (argv0 && argv0.includes('/')) return path.resolve(facts.host?.cwd ?? '/', argv0);
  }
  return null;
}
