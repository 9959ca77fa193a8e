// Go tools that load and type-check Go source with the go/parser, go/types and export-data
// readers compiled into them. Such a tool cannot read code newer than the Go it was built with:
// - go/types (Go 1.21+) refuses a package whose go line is newer: "package requires newer Go
//   version go1.27 (application built with go1.26)" (src/go/types/check.go, checkFiles);
// - older go/types have no such check and fail on the standard library of the newer go that
//   `go list` runs ("undeclared name: max", "internal error in importing … unsupported version");
// - golang.org/x/tools/go/packages adds "This application uses version go1.26 of the
//   source-processing packages but runs version go1.27 of 'go list'" (x/tools go/packages/packages.go).
// Listed here only tools whose failure was seen, each with where it shows. A tool not listed
// (stringer, for one) may ignore the type errors and go on, so it is not judged.

export interface TypeCheckingTool {
  /** The command name `go install` gives it. */
  command: string;
  /** Main package paths as build info names them (`path` line); any major version of the module. */
  packages: readonly RegExp[];
  /** How it fails, and where that is written. */
  failure: string;
  source: string;
}

export const TYPE_CHECKING_TOOLS: readonly TypeCheckingTool[] = [
  {
    command: 'gopls',
    packages: [/^golang\.org\/x\/tools\/gopls$/],
    failure: 'reports "package requires newer Go version" on every file and loses type information',
    source: 'https://go.dev/gopls/ (gopls type-checks with the go/types it was built with; src/go/types/check.go)',
  },
  {
    command: 'golangci-lint',
    packages: [/^github\.com\/golangci\/golangci-lint(?:\/v\d+)?\/cmd\/golangci-lint$/],
    failure: 'stops with "the Go language version (goX) used to build golangci-lint is lower than the targeted Go version"',
    source: 'https://golangci-lint.run/docs/product/changelog/ (v1.60.3: the Go version check)',
  },
  {
    command: 'staticcheck',
    packages: [/^honnef\.co\/go\/tools\/cmd\/staticcheck$/],
    failure: 'stops with type errors in the standard library ("undeclared name", "internal error in importing")',
    source: 'https://staticcheck.dev/docs/running-staticcheck/cli/ (staticcheck type-checks with the go/types it was built with)',
  },
  {
    command: 'govulncheck',
    packages: [/^golang\.org\/x\/vuln\/cmd\/govulncheck$/],
    failure: 'stops with "Loading packages failed, possibly due to a mismatch between the Go version used to build govulncheck and the Go version on PATH"',
    source: 'https://pkg.go.dev/golang.org/x/vuln/cmd/govulncheck (its ErrGoVersionMismatch, printed when go/packages reports the mismatch)',
  },
];

export const TYPE_CHECKING_SOURCES = [
  'src/go/types/check.go (checkFiles: "package requires newer Go version")',
  'https://cs.opensource.google/go/x/tools/+/master:go/packages/packages.go ("uses version … of the source-processing packages but runs version … of \'go list\'")',
] as const;

/** The listed tool a binary's main package is, or null. */
export function typeCheckingTool(mainPackage: string): TypeCheckingTool | null {
  return TYPE_CHECKING_TOOLS.find((t) => t.packages.some((p) => p.test(mainPackage))) ?? null;
}
