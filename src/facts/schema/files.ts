import { z } from 'zod';
import { SEVERITIES } from '../findings.js';
import { ManifestFileSchema } from './manifests.js';
import { GoPackagesSchema } from './gosource.js';

// The 'files' area: config files of a repository (Dockerfiles, CI workflows, Makefiles,
// go.mod/go.work, tools.go, .golangci.yml) read into positioned facts for the lint rules.
// Paths are relative to `root`, with forward slashes. Lines and columns are 1-based.

export const FILE_KINDS = ['dockerfile', 'github-workflow', 'gitlab-ci', 'makefile', 'go.mod', 'go.work', 'tools.go', 'golangci', 'manifest'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const pos = { line: z.number(), column: z.number() };

/** A YAML scalar with where it sits and how it was written (1.20 unquoted is the number 1.2). */
export const ScalarSchema = z.object({
  ...pos,
  endColumn: z.number(),
  /** The value as YAML resolved it, as a string (1.20 unquoted → "1.2"). */
  value: z.string(),
  /** The source text (1.20 unquoted → "1.20"). */
  raw: z.string(),
  numeric: z.boolean(),
  /** The whole source line the scalar starts on, for line edits. */
  lineText: z.string(),
});
export type Scalar = z.infer<typeof ScalarSchema>;

export const FileRefSchema = z.object({
  path: z.string(),
  kind: z.enum(FILE_KINDS),
  /** Why the file could not be read or parsed (it is then skipped by the rules). */
  error: z.string().nullable(),
  /** Where the parse error is, when the parser says. */
  errorAt: z.object({ line: z.number(), column: z.number() }).optional(),
  /** Read only as context for cross-file checks (the go.mod above a Dockerfile named on the command line). */
  context: z.boolean().optional(),
});

/** `# godiag ignore=GD601 -- reason`, `# godiag ignore-file=GD601 -- reason`, `# godiag severity GD601=info`. */
export const DirectiveSchema = z.object({
  file: z.string(),
  line: z.number(),
  /** The line an `ignore` applies to: its own (trailing comment) or the next code line. */
  target: z.number(),
  kind: z.enum(['ignore', 'ignore-file', 'severity']),
  rules: z.array(z.string()),
  reason: z.string().nullable(),
  severity: z.enum([...SEVERITIES, 'off']).nullable(),
  /** Why the directive is malformed (a missing reason), reported instead of applied. */
  problem: z.string().nullable(),
});
export type Directive = z.infer<typeof DirectiveSchema>;

/** A `go` invocation in a shell line (RUN, run:, script:, recipe), parsed once when the file is read. */
export const GoCommandSchema = z.object({
  /** First non-flag argument: build, install, get, mod, env ... */
  sub: z.string(),
  args: z.array(z.string()),
  /** Assignments that reach this command: `VAR=v go`, `env VAR=v go`, earlier `export VAR=v`. */
  env: z.record(z.string(), z.string()),
  /** 0-based offset of the `go` word in the line. */
  offset: z.number(),
});
export type GoCommand = z.infer<typeof GoCommandSchema>;

// ---- Dockerfile ----
export const DockerPairSchema = z.object({ name: z.string(), value: z.string().nullable(), ...pos });
export const DockerInstructionSchema = z.object({
  keyword: z.string(),
  ...pos,
  endLine: z.number(),
  /** Arguments with flags removed and line continuations joined; exec form as words joined by spaces. */
  args: z.string(),
  /** `--name=value` flags (--from, --platform, --mount ...). */
  flags: z.array(z.object({ name: z.string(), value: z.string().nullable() })),
  /** ENV and ARG assignments. */
  pairs: z.array(DockerPairSchema),
  /** The instruction's source lines, for edits. */
  source: z.string(),
  /** The go commands of a RUN (empty for other instructions). */
  goCommands: z.array(GoCommandSchema),
});
export type DockerInstruction = z.infer<typeof DockerInstructionSchema>;

export const DockerStageSchema = z.object({
  index: z.number(),
  name: z.string().nullable(),
  /** The image as written (registry/name:tag@digest), variables unexpanded. */
  image: z.string().nullable(),
  /** The image with global ARG defaults substituted. */
  resolvedImage: z.string().nullable(),
  platform: z.string().nullable(),
  ...pos,
  imageColumn: z.number(),
  imageEndColumn: z.number(),
  /** The FROM instruction's source lines, for edits. */
  source: z.string(),
  instructions: z.array(DockerInstructionSchema),
});
export type DockerStage = z.infer<typeof DockerStageSchema>;

export const DockerfileFactsSchema = z.object({
  path: z.string(),
  globalArgs: z.array(DockerPairSchema),
  stages: z.array(DockerStageSchema),
});
export type DockerfileFacts = z.infer<typeof DockerfileFactsSchema>;

// ---- CI (GitHub Actions, GitLab CI) ----
export const CiFileSchema = z.object({
  path: z.string(),
  kind: z.enum(['github', 'gitlab']),
  setupGo: z.array(z.object({
    job: z.string(), ...pos,
    /** The action ref after @ (v5, v6.1.0, a commit SHA). */
    ref: z.string().nullable(),
    version: ScalarSchema.nullable(),
    versionFile: z.string().nullable(),
    /** `${{ matrix.KEY }}` when go-version comes from the matrix. */
    matrixKey: z.string().nullable(),
  })),
  matrices: z.array(z.object({ job: z.string(), key: z.string(), values: z.array(ScalarSchema) })),
  /** Shell lines of run:/script: blocks, one per logical line, with their position. */
  /** `step` is the line of the GitHub step the line belongs to (its step env applies). */
  /** dir: the step's working-directory (step, job or workflow defaults), relative to the checkout. */
  /** shell: the step's `shell:` (step, job or workflow defaults) when one is named (bash, pwsh, cmd ...). */
  scripts: z.array(z.object({ job: z.string(), step: z.number().nullable(), ...pos, text: z.string(), goCommands: z.array(GoCommandSchema), dir: z.string().optional(), shell: z.string().optional() })),
  /** definedIn: the GitLab job whose `variables:` hold a value the job inherits through `extends:`. */
  env: z.array(z.object({ scope: z.enum(['workflow', 'job', 'step']), job: z.string().nullable(), step: z.number().nullable(), name: z.string(), value: ScalarSchema, definedIn: z.string().optional() })),
  /** Container images jobs run in (GitHub `container:`, GitLab `image:`). */
  images: z.array(z.object({ job: z.string(), image: ScalarSchema })),
  golangciLint: z.array(z.object({ job: z.string(), ...pos, version: ScalarSchema.nullable() })),
  /** GitHub `runs-on` labels per job (the runner's OS and architecture decide what a build targets by default). */
  runsOn: z.array(z.object({ job: z.string(), labels: z.array(z.string()) })).optional(),
  /** GitLab `include:` files of the same repository (local:), relative to its root. */
  includes: z.array(z.string()).optional(),
  /** docker/build-push-action and `docker buildx build --platform` targets. */
  dockerBuilds: z.array(z.object({ job: z.string(), ...pos, platforms: z.array(z.string()), file: z.string().nullable() })),
});
export type CiFile = z.infer<typeof CiFileSchema>;

// ---- Makefile ----
export const MakefileFactsSchema = z.object({
  path: z.string(),
  variables: z.array(z.object({ name: z.string(), value: z.string(), ...pos, exported: z.boolean() })),
  /** Recipe lines (continuations joined, @-+ prefixes removed), and with $(VAR) expanded. */
  recipes: z.array(z.object({ target: z.string(), ...pos, endLine: z.number(), text: z.string(), expanded: z.string(), source: z.string(), goCommands: z.array(GoCommandSchema) })),
  /** Names made visible to recipes by `export NAME` / `export NAME = value` / `.EXPORT_ALL_VARIABLES`. */
  exported: z.array(z.string()),
  exportAll: z.boolean(),
});
export type MakefileFacts = z.infer<typeof MakefileFactsSchema>;

// ---- go.mod / go.work / tools.go / .golangci.yml ----
const located = z.object({ value: z.string(), ...pos });
export const ModFactsSchema = z.object({
  path: z.string(),
  kind: z.enum(['go.mod', 'go.work']),
  module: located.nullable(),
  go: located.nullable(),
  toolchain: located.nullable(),
  replaces: z.array(z.object({ from: z.string(), fromVersion: z.string().nullable().optional(), to: z.string(), toVersion: z.string().nullable(), local: z.boolean(), ...pos })),
  /** go.work use directives; goMod: whether DIR/go.mod exists (checked when the tree is read from disk, absent otherwise). */
  uses: z.array(located.extend({ goMod: z.boolean().optional() })),
  tools: z.array(z.string()),
  /** The tool directives with their positions (go.mod, Go 1.24+). */
  toolDirectives: z.array(located).optional(),
  /** require directives: module path, version, `// indirect`, position. */
  requires: z.array(z.object({ path: z.string(), version: z.string(), indirect: z.boolean(), ...pos })).optional(),
  errors: z.array(z.object({ message: z.string(), ...pos })),
});
export type ModFacts = z.infer<typeof ModFactsSchema>;

export const ToolsGoSchema = z.object({
  path: z.string(),
  /** Has a `tools` build constraint (//go:build tools or // +build tools). */
  toolsTag: z.boolean(),
  imports: z.array(z.object({ path: z.string(), ...pos })),
});
export type ToolsGo = z.infer<typeof ToolsGoSchema>;

export const GolangciConfigSchema = z.object({
  path: z.string(),
  /** `version: "2"` marks a v2 configuration; null = v1. */
  configVersion: z.string().nullable(),
});
export type GolangciConfig = z.infer<typeof GolangciConfigSchema>;

export const ContainerRunSchema = z.object({
  file: z.string(),
  tool: z.enum(['docker', 'podman']),
  ...pos,
  /** -v HOST:CONTAINER[:OPTIONS] and --mount type=bind,... (named and anonymous volumes are not listed). */
  binds: z.array(z.object({ spec: z.string(), flag: z.enum(['--volume', '--mount']), options: z.array(z.string()), ...pos })),
  /** --privileged or --security-opt label=disable: the container runs unconfined (spc_t), labels do not matter. */
  labelDisabled: z.boolean(),
  /** The file says it targets SELinux hosts (a :z/:Z bind, a label security option, a line naming SELinux). */
  selinux: z.object({ line: z.number(), evidence: z.string() }).nullable(),
});
export type ContainerRunFacts = z.infer<typeof ContainerRunSchema>;

export const FilesSchema = z.object({
  root: z.string(),
  files: z.array(FileRefSchema),
  directives: z.array(DirectiveSchema),
  dockerfiles: z.array(DockerfileFactsSchema),
  ci: z.array(CiFileSchema),
  makefiles: z.array(MakefileFactsSchema),
  mods: z.array(ModFactsSchema),
  toolsGo: z.array(ToolsGoSchema),
  golangci: z.array(GolangciConfigSchema),
  /** Kubernetes manifests, Helm values and compose files (YAML files that are none of these are not listed). */
  manifests: z.array(ManifestFileSchema).optional(),
  /** docker/podman run and create in CI scripts and Makefile recipes, with their bind mounts. */
  containerRuns: z.array(ContainerRunSchema).optional(),
  /**
   * The packages of the tree's modules and of the local modules they replace, read when a Dockerfile,
   * CI file or Makefile runs go build/install (which of them need cgo?).
   */
  goPackages: GoPackagesSchema.optional(),
  /**
   * A go.mod or go.work in a directory above root, up to the repository's top (.git) — the module
   * a linted subdirectory belongs to — relative to root; null when there is none.
   */
  outerGoMod: z.string().nullable().optional(),
  /**
   * Directories the walk did not list: deeper than its depth limit, or after it had seen its limit
   * of entries (`limit`), or behind a symbolic link to a directory outside the walked tree (`link`:
   * `dirs` are the links). Their files were not found, so no rule checked them. `dirs` names the first few.
   */
  notWalked: z.array(z.object({ reason: z.enum(['depth', 'entries', 'link']), limit: z.number().optional(), count: z.number(), dirs: z.array(z.string()) })).optional(),
  /**
   * YAML files not read: past the bytes of possible deployment manifests one run reads, too large
   * or unreadable (YAML that is no manifest is no lint file, so these are counted, not listed).
   */
  yamlNotRead: z.object({
    /** Past `budget`, the bytes of possible manifests one run reads. */
    pastBudget: z.number(), budget: z.number(),
    /** Larger than `maxFile`, the most read of one YAML file. */
    tooLarge: z.number(), maxFile: z.number(),
    unreadable: z.number(),
    /** The sizes of all of them together. */
    bytes: z.number(),
    first: z.string(),
  }).optional(),
  /** The Go that `go version` reports with GOTOOLCHAIN=local from a neutral directory. */
  installedGo: z.object({ version: z.string().nullable(), error: z.string().nullable() }),
  /**
   * Go sources under root: how many were read (none unless a Dockerfile's final image is FROM scratch,
   * the only case that asks), the directories holding them, which make outbound TLS connections
   * (client calls of net/http, crypto/tls, gRPC, or a client SDK import), and what showed it.
   */
  goSources: z.object({
    scanned: z.number(), dirs: z.array(z.string()), tlsFiles: z.array(z.string()), tlsSeen: z.record(z.string(), z.string()).optional(),
    /** Sources importing go.uber.org/automaxprocs, which sets GOMAXPROCS from the CPU quota at start. */
    automaxprocs: z.array(z.string()).optional(),
  }),
});
export type FilesFacts = z.infer<typeof FilesSchema>;
