// golangci-lint releases and the newest Go language version each supports, from the project's
// release notes (CHANGELOG.md, "goX.Y support" entries). A golangci-lint that predates a Go
// release cannot load packages written for it: "the Go language version (go1.22) used to build
// golangci-lint is lower than the targeted Go version (1.23.1)" (a check added in v1.60.3).
// Sources:
//   https://github.com/golangci/golangci-lint/blob/main/CHANGELOG.md
//   https://golangci-lint.run/docs/product/changelog/ (v2.4.0 "go1.25 support", v2.9.0 go1.26)

export interface GolangciSupport {
  /** Go language version (major.minor). */
  go: string;
  /** First golangci-lint release that supports it. */
  since: string;
}

export const GOLANGCI_GO_SUPPORT: readonly GolangciSupport[] = [
  { go: '1.18', since: 'v1.45.0' },
  { go: '1.19', since: 'v1.48.0' },
  { go: '1.20', since: 'v1.51.0' },
  { go: '1.21', since: 'v1.54.0' },
  { go: '1.22', since: 'v1.56.0' },
  { go: '1.23', since: 'v1.60.1' },
  { go: '1.24', since: 'v1.64.2' },
  { go: '1.25', since: 'v2.4.0' },
  { go: '1.26', since: 'v2.9.0' },
];

export const GOLANGCI_SOURCES = [
  'https://github.com/golangci/golangci-lint/blob/main/CHANGELOG.md',
  'https://golangci-lint.run/docs/product/changelog/',
] as const;

/** The first release that supports a module's go line ("1.23.1" → 1.23 → v1.60.1); null when unknown. */
export function golangciFor(goLine: string): GolangciSupport | null {
  const m = /^(?:go)?(\d+)\.(\d+)/.exec(goLine.trim());
  if (!m) return null;
  return GOLANGCI_GO_SUPPORT.find((s) => s.go === `${m[1]}.${m[2]}`) ?? null;
}

/** Parse "v1.54.2", "1.54", "v2" into numbers; null for latest, refs, or garbage. */
export function parseToolVersion(v: string): number[] | null {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v.trim());
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((x) => x !== undefined).map(Number);
}

/**
 * Can a pinned golangci-lint version support goLine? A partial pin (v1.60) means the newest
 * patch of that line, so only the given parts are compared. Null when it cannot be told.
 */
export function golangciSupports(pinned: string, goLine: string): { ok: boolean; need: GolangciSupport } | null {
  const need = golangciFor(goLine);
  const have = parseToolVersion(pinned);
  if (!need || !have) return null;
  const want = parseToolVersion(need.since)!;
  for (let i = 0; i < have.length; i++) {
    if (have[i]! !== want[i]!) return { ok: have[i]! > want[i]!, need };
  }
  return { ok: true, need };
}
