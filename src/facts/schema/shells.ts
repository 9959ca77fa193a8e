import { z } from 'zod';

/** Where a value or a PATH entry was set. */
export const OriginSchema = z.object({
  file: z.string(),
  line: z.number(),
  /** Under a condition the analyzer could not decide (text of the condition). */
  condition: z.string().optional(),
});
export type Origin = z.infer<typeof OriginSchema>;

export const EVENT_KINDS = ['set', 'unset', 'path', 'source', 'go-env-w', 'version-manager', 'guard', 'universal'] as const;

/** One line of a startup file that matters for Go. */
export const ShellEventSchema = z.object({
  file: z.string(),
  line: z.number(),
  kind: z.enum(EVENT_KINDS),
  /** The command as written (one line, shortened). */
  text: z.string(),
  name: z.string().optional(),
  /** Value as the shell would expand it; `known` false when it depends on a command's output. */
  value: z.string().optional(),
  known: z.boolean(),
  exported: z.boolean(),
  conditional: z.boolean(),
  condition: z.string().optional(),
  /** PATH edits: how, and the directories added. */
  op: z.enum(['prepend', 'append', 'set', 'remove']).optional(),
  dirs: z.array(z.string()).optional(),
  /** `source`: the file, whether it exists, and why it was not followed. */
  target: z.string().optional(),
  followed: z.boolean().optional(),
  problem: z.string().optional(),
  /** A loader the analysis could not follow (or that loads later): the files it may source. */
  candidates: z.array(z.string()).optional(),
  /** Which loader: a glob loop, a plugin manager (zinit, antidote, oh-my-zsh) ... */
  loader: z.string().optional(),
  /** PATH edits: Go variables the line expands that are unset at that point, and the contexts where they are. */
  unsetVars: z.array(z.string()).optional(),
  unsetIn: z.array(z.string()).optional(),
  /** fish: the scope of `set` (universal, global, ...). */
  scope: z.string().optional(),
  /** Contexts (ids like bash:login) in which this line runs; empty = no context reads it. */
  readBy: z.array(z.string()),
});
export type ShellEvent = z.infer<typeof ShellEventSchema>;

export const ShellFileSchema = z.object({
  path: z.string(),
  dialect: z.enum(['sh', 'bash', 'zsh', 'fish', 'env-file', 'paths']),
  exists: z.boolean(),
  size: z.number(),
  /** Read only up to the cap; the rest was not analysed. */
  truncated: z.boolean(),
  binary: z.boolean(),
  /** Present but not readable as a startup file: a FIFO, a device, unreadable (permission denied). */
  problem: z.string().optional(),
  /** A syntax error: the shell stops reading the file there (bash/sh; zsh parse is advisory). */
  syntaxError: z.object({ line: z.number(), column: z.number(), message: z.string(), advisory: z.boolean() }).nullable(),
  readBy: z.array(z.string()),
});
export type ShellFile = z.infer<typeof ShellFileSchema>;

export const ContextValueSchema = z.object({
  value: z.string(),
  known: z.boolean(),
  exported: z.boolean(),
  /** null = inherited from the environment the context starts with. */
  origin: OriginSchema.nullable(),
});
export type ContextValue = z.infer<typeof ContextValueSchema>;

export const GoOnPathSchema = z.object({
  path: z.string(),
  dir: z.string(),
  realPath: z.string().nullable(),
  /** First line of GOROOT/VERSION next to the real binary (read, never executed). */
  version: z.string().nullable(),
  origin: OriginSchema.nullable(),
});

export const ContextSchema = z.object({
  id: z.string(),
  shell: z.string(),
  context: z.string(),
  /** How to reproduce it by hand. */
  command: z.string(),
  installed: z.boolean(),
  /** Startup files actually read, in order, with what made them read. */
  files: z.array(z.object({ path: z.string(), why: z.string() })),
  vars: z.record(z.string(), ContextValueSchema),
  path: z.array(z.object({ dir: z.string(), origin: OriginSchema.nullable() })),
  /** Every go on this PATH, in order; the first one runs. */
  gos: z.array(GoOnPathSchema),
  notes: z.array(z.string()),
});
export type ShellContextFacts = z.infer<typeof ContextSchema>;

export const DynamicRunSchema = z.object({
  id: z.string(),
  argv: z.array(z.string()),
  ok: z.boolean(),
  timedOut: z.boolean(),
  truncated: z.boolean(),
  exitCode: z.number().nullable(),
  error: z.string().nullable(),
  ms: z.number(),
  /** Go variables and PATH as the shell really had them; null when the run failed. */
  env: z.record(z.string(), z.string()).nullable(),
  /** `command -v go` as the shell saw it. */
  goPath: z.string().nullable(),
  stderrTail: z.string(),
});
export type DynamicRun = z.infer<typeof DynamicRunSchema>;

export const ShellsSchema = z.object({
  home: z.string(),
  platform: z.string(),
  /** The user's login shell (passwd entry, else $SHELL). */
  loginShell: z.object({ path: z.string(), name: z.string(), from: z.string() }).nullable(),
  installed: z.array(z.object({ name: z.string(), path: z.string() })),
  files: z.array(ShellFileSchema),
  events: z.array(ShellEventSchema),
  contexts: z.array(ContextSchema),
  /** fish universal variables (fish_variables), with their line. */
  fishUniversal: z.array(z.object({ name: z.string(), value: z.string(), exported: z.boolean(), line: z.number(), file: z.string() })),
  /** Every GOROOT value the startup files set: does it exist, which Go is in it (VERSION file). */
  goroots: z.array(z.object({ path: z.string(), exists: z.boolean(), version: z.string().nullable() })),
  /** Present only with --run-shells. */
  dynamic: z.array(DynamicRunSchema).nullable(),
  /** Why startup files could not be syntax-checked (the checker's WASM did not load); absent or null when they were. */
  syntaxCheckError: z.string().nullable().optional(),
});
export type ShellsFacts = z.infer<typeof ShellsSchema>;
