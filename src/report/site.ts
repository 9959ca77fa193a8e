// Where a finding's file is, for formats read by code hosts (SARIF, GitHub annotations): under
// the repository root it is a path relative to that root (what GitHub matches against the
// checkout), elsewhere it is an absolute path (a startup file, the go env file, /proc ...).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The directory relative locations are written against, and the repository root above it. */
export interface ReportSite {
  base: string;
  repoRoot: string;
  /** For fixes written against ~/ (startup files). */
  home?: string;
}

export type SitePath = { inRepo: true; rel: string } | { inRepo: false; abs: string };

export function sitePath(file: string, site: ReportSite): SitePath {
  const abs = site.home && file.startsWith('~/') ? path.join(site.home, file.slice(2)) : path.resolve(site.base, file);
  const rel = path.relative(site.repoRoot, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { inRepo: false, abs };
  return { inRepo: true, rel: rel.split(path.sep).join('/') };
}

/** A relative URI reference (each segment percent-encoded) or a file:// URI. */
export function siteUri(p: SitePath): string {
  return p.inRepo ? p.rel.split('/').map(encodeURIComponent).join('/') : pathToFileURL(p.abs).href;
}

/** A directory as a file:// URI ending in '/', as SARIF's uriBaseIds require. */
export function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/** The text a person (or GitHub's file= property) uses for the path. */
export function siteText(p: SitePath): string {
  return p.inRepo ? p.rel : p.abs;
}
