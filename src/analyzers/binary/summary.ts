// Human renderings of binary facts: the one-line summary and the `go version -m` style listing.
import type { BinaryFacts, BuildInfo, GoModule, Recovered } from '../../facts/schema/artifacts.js';
import { FORMAT_NAMES } from '../../knowledge/binary-formats.js';
import { binaryVariant } from '../../knowledge/platform-variants.js';


function setting(b: BinaryFacts, key: string): string | undefined {
  return b.buildInfo?.settings.find((s) => s.key === key)?.value;
}

/**
 * e.g. `go1.26.8 linux/amd64/v3, ELF 64-bit LE x86-64, static-pie, cgo off, race, trimpath, stripped, example.com/x v1.2.3, vcs 1a2b3c4d (modified)`.
 * The platform carries the variant in docker's syntax (GOARM, GOAMD64, GOARM64), as --expect platform= takes it.
 */
export function summaryLine(b: BinaryFacts): string {
  const parts: string[] = [];
  const where = `${FORMAT_NAMES[b.format]} ${b.bits}-bit ${b.endian === 'little' ? 'LE' : 'BE'} ${b.machine}${b.slice ? ` (slice ${b.slice.index + 1}/${b.slice.count})` : ''}`;
  const version = !b.isGo ? 'not Go' : b.goVersion
    ? b.goVersionSource === 'buildinfo' ? b.goVersion : `${b.goVersion} (runtime string; no build info)`
    : `Go, version unknown${b.pclntabVersions ? ` (${b.pclntabVersions})` : ''}`;
  const variant = binaryVariant(b);
  parts.push(`${version} ${b.goos ?? '?'}/${b.goarch ?? '?'}${variant ? `/${variant}` : ''}`, where);
  if (b.kind !== 'executable') parts.push(b.kind);
  parts.push(b.linkage === 'dynamic' && b.interpreter ? `dynamic (${b.interpreter})` : b.linkage);
  // static-pie says it already; PIE matters for ASLR and for platforms that require it.
  if (b.pie && b.linkage !== 'static-pie') parts.push('PIE');
  if (b.truncated.length) parts.push('TRUNCATED');
  if (b.glibcRequired) parts.push(`needs GLIBC_${b.glibcRequired}`);
  if (b.minOS) parts.push(`min ${b.minOS}`);
  const cgo = setting(b, 'CGO_ENABLED');
  if (cgo !== undefined) parts.push(cgo === '1' ? 'cgo on' : 'cgo off');
  if (setting(b, '-race') === 'true') parts.push('race');
  const mode = setting(b, '-buildmode');
  if (mode && mode !== 'exe' && mode !== 'pie') parts.push(`-buildmode=${mode}`);
  if (setting(b, '-trimpath') === 'true') parts.push('trimpath');
  if (b.stripped) parts.push(b.hasDwarf ? 'no symbols' : 'stripped');
  else if (!b.hasDwarf) parts.push('no DWARF');
  if (b.arm?.vfpArgs || b.arm?.eflagsFloat) parts.push(`ARM ${b.arm.vfpArgs ?? b.arm.eflagsFloat}-float`);
  const main = b.buildInfo?.main;
  if (main?.path) parts.push(`${main.path} ${main.version}`);
  else if (b.recovered?.mainPackage?.path) parts.push(`${b.recovered.mainPackage.path} (from pclntab)`);
  const stamped = b.versionVariables[0];
  if (stamped) parts.push(`${stamped.name}=${stamped.value}`);
  const rev = setting(b, 'vcs.revision');
  if (rev) parts.push(`vcs ${rev.slice(0, 12)}${setting(b, 'vcs.modified') === 'true' ? ' (modified)' : ''}`);
  return `${b.path}: ${parts.join(', ')}`;
}

/** Go's strconv.Quote is needed when runtime/debug would quote (mod.go quoteKey/quoteValue). */
const quote = (s: string, key: boolean) => ((key ? /[= \t\r\n"`]/.test(s) || s === '' : /[ \t\r\n"`]/.test(s)) ? JSON.stringify(s) : s);

/**
 * runtime/debug BuildInfo.String formatMod: a replaced module ends at its version and "=>" carries
 * the sum. Go then writes a second newline after the "=>" line; the empty line is kept so the
 * listing diffs clean against `go version -m`.
 */
function moduleLine(kind: string, m: GoModule): string[] {
  const head = `${kind}\t${m.path}\t${m.version}`;
  return m.replace ? [head, ...moduleLine('=>', m.replace), ''] : [`${head}\t${m.sum}`];
}

/** The lines `go version -m` prints under a binary (runtime/debug.BuildInfo.String minus "go"). */
export function moduleListing(bi: BuildInfo): string[] {
  const out: string[] = [];
  if (bi.path) out.push(`path\t${bi.path}`);
  if (bi.main && (bi.main.path || bi.main.version || bi.main.sum || bi.main.replace)) out.push(...moduleLine('mod', bi.main));
  for (const d of bi.deps) out.push(...moduleLine('dep', d));
  for (const s of bi.settings) out.push(`build\t${quote(s.key, true)}=${quote(s.value, false)}`);
  return out;
}

/** Facts beyond build info, in the same tab-indented style. */
export function linkageListing(b: BinaryFacts): string[] {
  const out: string[] = [];
  for (const v of b.versionVariables) out.push(`var\t${v.name}=${v.value}\t(symbol table)`);
  if (b.interpreter) out.push(`interp\t${b.interpreter}`);
  for (const l of b.libraries) out.push(`needed\t${l}${b.versionNeeds[l]?.length ? `\t${b.versionNeeds[l]!.join(' ')}` : ''}`);
  if (b.arm && Object.keys(b.arm.raw).length) out.push(`arm\t${Object.entries(b.arm.raw).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  if (!b.buildInfo && b.isGo) out.push(`go\t${b.goEvidence.join('; ')}${b.buildInfoError ? `; build info: ${b.buildInfoError}` : ''}`);
  for (const w of b.warnings) out.push(`warning\t${w}`);
  for (const t of b.truncated) out.push(`truncated\t${t}`);
  return out;
}

const MAIN_HOW: Record<NonNullable<Recovered['mainPackage']>['how'], string> = {
  'module-path': "main.main's source is in a module@version directory",
  trimpath: "main.main's source path, written by -trimpath",
  'local-directory': "main.main's source is in a local directory: import path unknown",
};

/**
 * What the function table gave for a binary without build info, in the `go version -m` style
 * with the way each line was found after it. Packages only with `packages` (-v): there are hundreds.
 */
export function recoveredListing(r: Recovered, packages: boolean): string[] {
  const out: string[] = [];
  const m = r.mainPackage;
  if (m) out.push(`path\t${m.path ?? 'main'}\t(pclntab: ${MAIN_HOW[m.how]}: ${m.file})`);
  for (const d of r.modules) out.push(`dep\t${d.path}\t${d.version}\t(pclntab: source path ${d.file})`);
  if (r.toolchain) out.push(`go\t${r.toolchain}\t(pclntab: GOROOT is the golang.org/toolchain module)`);
  out.push(`pclntab\t${r.pclntab.layout} layout, found by ${r.pclntab.located === 'section' ? 'its section' : 'a scan for its magic'} at offset ${r.pclntab.offset}: ${r.functions} functions, ${r.files} files, ${r.packages.length} packages`);
  if (packages) for (const p of r.packages) out.push(`pkg\t${p}`);
  return out;
}
