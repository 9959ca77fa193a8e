import { z } from 'zod';

/** Why a runtime probe failed, from the go command's own error text (see runtime-classify.ts). */
export const FAILURE_CLASSES = [
  'dns', 'x509', 'http-401', 'http-403', 'http-404', 'http-410', 'http-5xx', 'connection-refused', 'timeout',
  'noexec', 'no-c-compiler', 'toolchain-switch', 'proxy-off', 'goflags', 'other',
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

export const FailureSchema = z.object({
  class: z.enum(FAILURE_CLASSES),
  /** Which server answered: a module proxy, the checksum database, a VCS origin, or none. */
  where: z.enum(['proxy', 'sumdb', 'origin', 'local']),
  /** The URL or host involved, when the error names one (credentials redacted). */
  url: z.string().nullable(),
  /** The lines of go's output that show the failure. */
  detail: z.string(),
});
export type Failure = z.infer<typeof FailureSchema>;

export const RuntimeBinarySchema = z.object({
  format: z.string(),
  goos: z.string().nullable(),
  goarch: z.string().nullable(),
  machine: z.string(),
  linkage: z.string(),
  interpreter: z.string().nullable(),
});

export const RuntimeStepSchema = z.object({
  name: z.enum(['hello', 'cgo', 'download', 'cross', 'project']),
  /** GOOS/GOARCH for cross builds. */
  target: z.string().nullable(),
  status: z.enum(['ok', 'failed', 'skipped']),
  ms: z.number(),
  /** What ran, for humans (argv joined, env changes first). */
  command: z.string(),
  failure: FailureSchema.nullable(),
  skipped: z.string().nullable(),
  /** Cross builds: what the output binary turned out to be. */
  binary: RuntimeBinarySchema.nullable(),
  /** Cross builds: wrong platform, not statically linked. */
  problems: z.array(z.string()),
});
export type RuntimeStep = z.infer<typeof RuntimeStepSchema>;

export const RuntimeSchema = z.object({
  goBinary: z.string(),
  /** The directory the probes ran in (under the user's TMPDIR), and whether it was removed. */
  tempDir: z.string(),
  tempRemoved: z.boolean(),
  /** Network use: the module fetched and the GOPROXY/GOSUMDB it went through. */
  network: z.object({ module: z.string(), goproxy: z.string(), gosumdb: z.string() }),
  cc: z.object({ value: z.string(), explicit: z.boolean(), found: z.string().nullable() }),
  /** The user's GOTOOLCHAIN (probes run with local). */
  gotoolchain: z.string(),
  steps: z.array(RuntimeStepSchema),
});
export type RuntimeFacts = z.infer<typeof RuntimeSchema>;
