// Where a module request goes: GOPROXY parsing (src/cmd/go/internal/modfetch/proxy.go proxyList,
// newProxyRepo, TryProxies, lookup) and checksum DB use (modfetch/fetch.go useSumDB,
// modfetch/sumdb.go dbClient.initBase). Pure functions of the effective settings.
import { matchingPattern } from './goprivate.js';
import { govcsRefusal } from './govcs.js';
import { DEFAULT_GOSUMDB, parseGosumdb, type SumDb } from './gosumdb.js';

export const DEFAULT_GOPROXY = 'https://proxy.golang.org,direct';

export interface ProxyEntry {
  kind: 'proxy' | 'direct' | 'off';
  /** The URL as the go command uses it (https:// added to bare hosts). */
  url: string;
  /** As written in GOPROXY. */
  raw: string;
  /** `|` after the entry: any error falls through. `,`: only 404/410 (fs.ErrNotExist). */
  fallBackOnError: boolean;
  /** user[:password]@ inside the URL: a credential in an environment variable. */
  hasUserinfo: boolean;
}

export interface ParsedGoproxy {
  entries: ProxyEntry[];
  /** Entries after `direct` or `off`, which Go ignores. */
  ignored: string[];
  /** proxyList's error: every module fetch fails with it. */
  error: string | null;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Memoise a parser of setting values: routing thousands of paths parses each value once. */
function memo<T>(parse: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let hit = cache.get(value);
    if (hit === undefined) {
      if (cache.size > 64) cache.clear();
      hit = parse(value);
      cache.set(value, hit);
    }
    return hit;
  };
}

/** proxyList's parse (memoised; callers must not mutate the result). */
export const parseGoproxy: (value: string) => ParsedGoproxy = memo(parseGoproxyUncached);

function parseGoproxyUncached(value: string): ParsedGoproxy {
  const entries: ProxyEntry[] = [];
  let rest = value;
  let ended = false;
  const ignored: string[] = [];
  while (rest !== '') {
    const i = rest.search(/[,|]/);
    let raw: string;
    let fallBackOnError = false;
    if (i >= 0) {
      raw = rest.slice(0, i);
      fallBackOnError = rest[i] === '|';
      rest = rest.slice(i + 1);
    } else {
      raw = rest;
      rest = '';
    }
    const url0 = raw.trim();
    if (url0 === '') continue;
    if (ended) { ignored.push(url0); continue; }
    if (url0 === 'off' || url0 === 'direct') {
      entries.push({ kind: url0, url: url0, raw, fallBackOnError: false, hasUserinfo: false });
      ended = true;
      continue;
    }
    let url = url0;
    // Bare hosts get https://; anything with ":/" or an absolute path must be a full URL.
    if (/[.:/]/.test(url) && !url.includes(':/') && !isAbsolutePath(url)) url = 'https://' + url;
    const problem = proxyUrlProblem(url);
    if (problem) return { entries, ignored, error: problem };
    entries.push({ kind: 'proxy', url, raw, fallBackOnError, hasUserinfo: hasUserinfo(url) });
  }
  if (entries.length === 0) return { entries, ignored, error: 'GOPROXY list is not the empty string, but contains no entries' };
  return { entries, ignored, error: null };
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** newProxyRepo's scheme check, with the URL redacted as Go does. */
function proxyUrlProblem(url: string): string | null {
  const m = SCHEME.exec(url);
  const scheme = m ? m[1]!.toLowerCase() : '';
  const shown = redactUserinfo(url);
  if (scheme === 'http' || scheme === 'https') return null;
  if (scheme === 'file') {
    return /^file:\/\/[^/]/.test(url) || /[?#]/.test(url) ? `invalid file:// proxy URL with non-path elements: ${shown}` : null;
  }
  if (scheme === '') return `invalid proxy URL missing scheme: ${shown}`;
  return `invalid proxy URL scheme (must be https, http, file): ${shown}`;
}

/**
 * userinfo in a proxy URL. An entry without a scheme is taken as https:// by the go command when
 * it holds a dot or colon (modfetch/proxy.go proxyList), so `bob:secret@host` carries credentials too.
 */
export function hasUserinfo(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url) || (!url.includes('://') && /^[^/?#\s]*@/.test(url));
}

/** url.URL.Redacted: the password becomes xxxxx (we hide the user name too). */
export function redactUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1xxxxx@').replace(/^(?![a-z][a-z0-9+.-]*:\/\/)[^/?#\s]*@/i, 'xxxxx@');
}

/** The host[:port] of an http(s) proxy URL, or null. */
export function proxyHost(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#]*@)?([^/?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** The module-relevant Go settings (effective values, as `go env` prints them). */
export interface RouteEnv {
  GOPROXY: string;
  GOSUMDB: string;
  GOPRIVATE: string;
  /** Effective: defaults to GOPRIVATE when unset (cfg.go). */
  GONOPROXY: string;
  GONOSUMDB: string;
  GOINSECURE: string;
  GOFLAGS: string;
  GOVCS?: string;
}

/** Fill GONOPROXY/GONOSUMDB from GOPRIVATE like cfg.go EnvOrAndChanged when they are unset. */
export function routeEnvFrom(get: (key: string) => string | undefined): RouteEnv {
  const priv = get('GOPRIVATE') ?? '';
  const or = (k: string, d: string) => { const v = get(k); return v === undefined || v === '' ? d : v; };
  return {
    GOPROXY: get('GOPROXY') ?? DEFAULT_GOPROXY,
    GOSUMDB: get('GOSUMDB') ?? DEFAULT_GOSUMDB,
    GOPRIVATE: priv,
    GONOPROXY: or('GONOPROXY', priv),
    GONOSUMDB: or('GONOSUMDB', priv),
    GOINSECURE: get('GOINSECURE') ?? '',
    GOFLAGS: get('GOFLAGS') ?? '',
    GOVCS: get('GOVCS') ?? '',
  };
}

export type Vcs = 'git' | 'hg' | 'svn' | 'bzr' | 'fossil';

export interface RouteStep {
  kind: 'proxy' | 'direct' | 'off';
  url: string;
  /** When the next step is tried after this one fails. */
  fallThrough: 'not-found' | 'any-error' | 'never';
}

export interface ModuleRoute {
  module: string;
  /** Fetch attempts in order; empty when `error` is set. */
  steps: RouteStep[];
  /** GONOPROXY pattern that sends the path straight to its VCS. */
  noProxyPattern: string | null;
  /** The go command talks to the origin (VCS or `?go-get=1` lookup) for this path. */
  direct: boolean;
  /** Which VCS a direct fetch needs, when the path alone tells (known hosts, .git/.hg elements). */
  vcs: Vcs | null;
  /** GOINSECURE pattern: direct fetches may use plain HTTP and skip certificate checks. */
  insecurePattern: string | null;
  sumdb: {
    /** Consulted for versions missing from go.sum. */
    consulted: boolean;
    reason: 'default' | 'gosumdb-off' | 'gonosumdb' | 'toolchain-always' | 'invalid';
    pattern: string | null;
    name: string | null;
    /** Where lookups go, in order: each proxy's /sumdb/<name>/ (if it answers /supported), then the DB itself. */
    via: string[];
  };
  /** -mod=vendor in GOFLAGS: builds never look modules up. */
  vendorOnly: boolean;
  /** A direct fetch that GOVCS refuses: the go command's error (the VCS assumed git when the path does not tell). */
  govcs: string | null;
  error: string | null;
}

/** vcs.go vcsPaths: hosts whose VCS is known from the path alone. */
const KNOWN_HOST_VCS: Array<[RegExp, Vcs]> = [
  [/^github\.com\//, 'git'],
  [/^bitbucket\.org\//, 'git'],
  [/^hub\.jazz\.net\/git\//, 'git'],
  [/^git\.apache\.org\//, 'git'],
  [/^git\.openstack\.org\//, 'git'],
  [/^launchpad\.net\//, 'bzr'],
  [/^chiselapp\.com\//, 'fossil'],
];

export function vcsFromPath(module: string): Vcs | null {
  for (const [re, vcs] of KNOWN_HOST_VCS) if (re.test(module)) return vcs;
  const m = /\.(git|hg|svn|bzr|fossil)(\/|$)/.exec(module);
  return m ? (m[1] as Vcs) : null;
}

export function goflagsList(goflags: string): string[] {
  return goflags.split(/\s+/).filter(Boolean);
}

const parseGosumdbCached = memo(parseGosumdb);

function sumdbVia(db: SumDb, proxies: ProxyEntry[]): string[] {
  if (db.kind !== 'db') return [];
  if (db.url) return [db.url];
  const via: string[] = [];
  for (const p of proxies) {
    if (p.kind !== 'proxy') break;
    via.push(`${p.url.replace(/\/$/, '')}/sumdb/${db.name}`);
  }
  via.push(`https://${db.name}`);
  return via;
}

/** Where `go` sends requests for one module path. */
export function routeModule(env: RouteEnv, module: string): ModuleRoute {
  const proxy = parseGoproxy(env.GOPROXY);
  const db = parseGosumdbCached(env.GOSUMDB);
  const noProxyPattern = matchingPattern(env.GONOPROXY, module);
  const insecurePattern = matchingPattern(env.GOINSECURE, module);
  const vendorOnly = goflagsList(env.GOFLAGS).some((f) => /^--?mod=vendor$/.test(f));
  const sumdb = sumdbDecision(env, db, module, proxy.entries);
  const base = { module, noProxyPattern, insecurePattern, vcs: vcsFromPath(module), sumdb, vendorOnly };
  if (proxy.error) return { ...base, steps: [], direct: false, govcs: null, error: proxy.error };
  let steps: RouteStep[];
  if (noProxyPattern !== null) {
    // lookup(): a GONOPROXY path goes to its origin whatever GOPROXY says (even off).
    steps = [{ kind: 'direct', url: 'direct', fallThrough: 'never' }];
  } else {
    steps = proxy.entries.map((e, i) => ({
      kind: e.kind,
      url: e.url,
      fallThrough: i === proxy.entries.length - 1 || e.kind !== 'proxy' ? 'never' : e.fallBackOnError ? 'any-error' : 'not-found',
    }));
  }
  const direct = steps.some((s) => s.kind === 'direct');
  return { ...base, steps, direct, govcs: direct ? govcsRefusal(env.GOVCS ?? '', env.GOPRIVATE, module, base.vcs ?? 'git') : null, error: null };
}

function sumdbDecision(env: RouteEnv, db: SumDb, module: string, proxies: ProxyEntry[]): ModuleRoute['sumdb'] {
  const name = db.kind === 'db' ? db.name : null;
  if (module === 'golang.org/toolchain') {
    // Toolchain downloads are always verified, whatever GOSUMDB/GONOSUMDB say.
    return { consulted: true, reason: 'toolchain-always', pattern: null, name, via: sumdbVia(db, proxies) };
  }
  if (db.kind === 'off') return { consulted: false, reason: 'gosumdb-off', pattern: null, name: null, via: [] };
  const pattern = matchingPattern(env.GONOSUMDB, module);
  if (pattern !== null) return { consulted: false, reason: 'gonosumdb', pattern, name, via: [] };
  if (db.kind === 'invalid') return { consulted: true, reason: 'invalid', pattern: null, name: null, via: [] };
  return { consulted: true, reason: 'default', pattern: null, name, via: sumdbVia(db, proxies) };
}
