import { z } from 'zod';

export const SETTING_SOURCES = ['env', 'user-file', 'goroot-go.env', 'default'] as const;
export type SettingSource = (typeof SETTING_SOURCES)[number];

export const EnvFileEntrySchema = z.object({ key: z.string(), value: z.string(), line: z.number() });

export const EnvFileSchema = z.object({
  path: z.string(),
  exists: z.boolean(),
  entries: z.array(EnvFileEntrySchema),
  /** Lines Go would ignore or reject, with why. */
  problems: z.array(z.object({ line: z.number(), text: z.string(), problem: z.string() })),
});
export type EnvFile = z.infer<typeof EnvFileSchema>;

export const SettingSchema = z.object({
  key: z.string(),
  /** Effective value as `go env -json` reports it (GOTOOLCHAIN: the user's own value). */
  value: z.string(),
  source: z.enum(SETTING_SOURCES),
  /** Lower-precedence sources that also set this key and lose. */
  shadowed: z.array(z.object({ source: z.enum(SETTING_SOURCES), value: z.string(), line: z.number().optional() })),
});
export type Setting = z.infer<typeof SettingSchema>;

export const GoEnvSchema = z.object({
  /** The go binary that was asked (the PATH winner). */
  goBinary: z.string(),
  goVersion: z.string().nullable(),
  settings: z.record(z.string(), SettingSchema),
  userFile: EnvFileSchema,
  gorootEnvFile: EnvFileSchema.nullable(),
  /** Every GO and CGO_ variable in the process environment, and PATH and HOME. */
  osEnv: z.record(z.string(), z.string()),
  /** Where `go install` puts binaries (GOBIN, else each GOPATH entry's bin), and whether PATH has it. */
  binDirs: z.array(z.object({ dir: z.string(), from: z.enum(['GOBIN', 'GOPATH']), exists: z.boolean(), executables: z.array(z.string()), onPath: z.boolean() })),
  /** The tree GOROOT names: does it exist, is it a Go tree, which VERSION does it hold. */
  gorootTree: z.object({ dir: z.string(), exists: z.boolean(), hasSrcRuntime: z.boolean(), hasPkgTool: z.boolean(), versionFile: z.string().nullable() }).nullable(),
  /** Why `go env -json` failed (values then come from the sources godiag read itself). */
  probeError: z.string().nullable(),
});
export type GoEnvFacts = z.infer<typeof GoEnvSchema>;
