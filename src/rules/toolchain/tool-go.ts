import { compareGoVersions, goLang } from '../../knowledge/goversion.js';
import { shQuote } from '../../knowledge/shell-quote.js';
import type { ProjectFacts } from '../../facts/schema/project.js';

export interface SourceGo {
  /** The language version tools must read (go1.26). */
  lang: string;
  because: string;
  /** The go that runs in this directory (after any switch the module asks for), and the one PATH finds. */
  runs: string | null;
  local: string | null;
}

/**
 * The Go whose sources tools here must read: the go that runs in this directory (its standard
 * library, through `go list`) and the go line of the module or workspace, whichever is newer.
 */
export function sourceGo(project: ProjectFacts | null, runningGo: string | null): SourceGo | null {
  const s = project?.selection;
  const runs = s?.target && ['use-path', 'use-cache', 'download'].includes(s.action) ? s.target : (s?.local || runningGo);
  const file = project?.gowork ?? project?.gomod ?? null;
  const line = file?.go ? goLang(file.go) : '';
  const running = runs ? goLang(runs) : '';
  if (!line && !running) return null;
  const local = s?.local || runningGo;
  if (line && (!running || compareGoVersions(line, running) >= 0)) return { lang: line, because: `the go line of ${file!.path}`, runs, local };
  return { lang: running, because: `${runs}, the go that runs here`, runs, local };
}

/**
 * The requirement of go.mod that provides a tool package (the longest module path prefix), when
 * a tool directive or a tools.go import names the package; `via` says which.
 */
export function pinnedTool(project: ProjectFacts | null, mainPackage: string): { gomod: string; module: string; version: string; via: string } | null {
  const gomod = project?.gomod;
  if (!gomod) return null;
  const toolsGo = (project.toolsGo ?? []).find((t) => t.imports.includes(mainPackage));
  const via = gomod.tools.includes(mainPackage) ? `\`tool ${mainPackage}\`` : toolsGo ? `the import in ${toolsGo.path}` : null;
  if (!via) return null;
  if (gomod.module && (mainPackage === gomod.module || mainPackage.startsWith(`${gomod.module}/`))) return null;
  const provider = gomod.requires
    .filter((r) => mainPackage === r.path || mainPackage.startsWith(`${r.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  // A replaced requirement builds from elsewhere: its installed version says nothing.
  if (!provider || gomod.replaces.some((r) => r.from === provider.path)) return null;
  return { gomod: gomod.path, module: provider.path, version: provider.version, via };
}

/** `go install PKG` in the module's directory builds the version go.mod requires (module mode, no @version). */
export function installPinnedCommand(gomod: string, mainPackage: string, toolchain = ''): string {
  return `cd ${shQuote(gomod.replace(/[\\/]go\.mod$/, '') || '/')} && ${toolchain}go install ${shQuote(mainPackage)}`;
}
