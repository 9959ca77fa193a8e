// SARIF checks with Microsoft's SARIF Multitool (the validator GitHub's documentation points to),
// fetched from npm at test time and cached like the other npm binaries. Its package ships the
// SARIF 2.1.0 schema it validates against; the in-process validator compiles that same file, so
// the project keeps no copy of it.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFile } from '../../src/collectors/exec.js';
import { npmPackage } from './npm-bins.js';

/** Pinned: the rules (SARIF1xxx/2xxx, GH1xxx/GH2xxx) change between releases. */
export const MULTITOOL = '@microsoft/sarif-multitool-linux@5.7.0';
/** The Multitool's GitHub Advanced Security rule kind next to the SARIF rules (validate --help lists Sarif, GHAzDO, Ghas, AI). */
export const GITHUB_RULE_KINDS = 'Sarif;Ghas';

async function multitoolDir(): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`the SARIF Multitool package used here is linux-x64; this is ${process.platform}-${process.arch}`);
  const dir = await npmPackage(MULTITOOL);
  const exe = path.join(dir, 'Sarif.Multitool');
  if (!existsSync(exe)) throw new Error(`${MULTITOOL} has no Sarif.Multitool executable in ${dir}`);
  // The package's postinstall does this; npm pack does not run it.
  chmodSync(exe, 0o755);
  return dir;
}

/** Ajv over the schema the Multitool ships (draft 2020-12). URI formats are the Multitool's job (SARIF1001-1004). */
export async function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(await multitoolDir(), 'sarif-2.1.0.json'), 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(schema);
}

export interface MultitoolIssue { ruleId: string; level: string; message: string }

/**
 * SARIF2006 (URIs should be reachable, a note) fetches every URL in the log: the test makes no
 * network request, so it is off. Every other rule runs at its default.
 */
const CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

/**
 * Errors and warnings the Multitool reports under the SARIF and GitHub rules, per named SARIF
 * text. One Multitool run validates them all (it starts slowly on a busy machine).
 */
export async function multitoolIssues(logs: Record<string, string>): Promise<Record<string, MultitoolIssue[]>> {
  const dir = await multitoolDir();
  const tmp = mkdtempSync(path.join(tmpdir(), 'godiag-sarif-'));
  try {
    const names = Object.keys(logs);
    const inputs = names.map((n) => path.join(tmp, `${n}.sarif`));
    names.forEach((n, i) => writeFileSync(inputs[i]!, logs[n]!));
    const output = path.join(tmp, 'validation.sarif');
    const config = path.join(tmp, 'validation.xml');
    writeFileSync(config, CONFIG);
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp, DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
    const r = await execFile(path.join(dir, 'Sarif.Multitool'), ['validate', '--config', config, '--rule-kind', GITHUB_RULE_KINDS, '--level', 'Error;Warning', '-o', output, ...inputs], { env, cwd: tmp, timeoutMs: 300_000 });
    if (!existsSync(output)) throw new Error(`Sarif.Multitool validate wrote no log (exit ${r.code}): ${r.stdout}${r.stderr}${r.error ?? ''}`);
    if (!r.stdout.includes(`${names.length} files scanned`)) throw new Error(`Sarif.Multitool did not scan the ${names.length} logs: ${r.stdout}`);
    const log = JSON.parse(readFileSync(output, 'utf8'));
    const run = log.runs[0];
    type Note = { descriptor?: { id?: string }; message?: { text?: string } };
    const notifications = (run.invocations ?? [])
      .flatMap((i: { toolExecutionNotifications?: Note[]; toolConfigurationNotifications?: Note[] }) => [...(i.toolExecutionNotifications ?? []), ...(i.toolConfigurationNotifications ?? [])])
      // The one rule this helper turns off is reported as such; anything else means rules did not run.
      .filter((n: Note) => !(n.descriptor?.id === 'WRN999.RuleExplicitlyDisabled' && /'SARIF2006'/.test(n.message?.text ?? '')));
    if (notifications.length) throw new Error(`Sarif.Multitool could not run its rules: ${JSON.stringify(notifications).slice(0, 2000)}`);
    const out: Record<string, MultitoolIssue[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (const x of run.results ?? []) {
      const uri: string = x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      const name = names.find((n, i) => uri.endsWith(`/${path.basename(inputs[i]!)}`)) ?? '(unknown)';
      (out[name] ??= []).push({ ruleId: x.ruleId, level: x.level ?? 'warning', message: x.message.text ?? `${x.message.id}: ${(x.message.arguments ?? []).join(', ')}` });
    }
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
