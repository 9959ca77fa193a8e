import { z } from 'zod';

const Source = z.string();

export const RouteStepSchema = z.object({
  kind: z.enum(['proxy', 'direct', 'off']),
  url: z.string(),
  fallThrough: z.enum(['not-found', 'any-error', 'never']),
});

export const ModuleRouteSchema = z.object({
  module: z.string(),
  steps: z.array(RouteStepSchema),
  noProxyPattern: z.string().nullable(),
  direct: z.boolean(),
  vcs: z.enum(['git', 'hg', 'svn', 'bzr', 'fossil']).nullable(),
  insecurePattern: z.string().nullable(),
  sumdb: z.object({
    consulted: z.boolean(),
    reason: z.enum(['default', 'gosumdb-off', 'gonosumdb', 'toolchain-always', 'invalid']),
    pattern: z.string().nullable(),
    name: z.string().nullable(),
    via: z.array(z.string()),
  }),
  vendorOnly: z.boolean(),
  /** A direct fetch GOVCS refuses: the go command's error text. */
  govcs: z.string().nullable().default(null),
  error: z.string().nullable(),
});
export type ModuleRouteFacts = z.infer<typeof ModuleRouteSchema>;

export const RequirementSchema = z.object({
  path: z.string(),
  version: z.string(),
  indirect: z.boolean(),
  file: z.string(),
  line: z.number(),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const ModulesSchema = z.object({
  /** Effective module settings (GONOPROXY/GONOSUMDB defaulted from GOPRIVATE); credentials in URLs redacted. */
  env: z.object({
    GOPROXY: z.string(), GOSUMDB: z.string(), GOPRIVATE: z.string(), GONOPROXY: z.string(),
    GONOSUMDB: z.string(), GOINSECURE: z.string(), GOFLAGS: z.string(), GOAUTH: z.string(),
    GOVCS: z.string().default(''),
  }),
  /** Where each of those settings comes from (goenv provenance: env, user-file, goroot-go.env, default). */
  sources: z.record(z.string(), Source),
  proxy: z.object({
    entries: z.array(z.object({ kind: z.enum(['proxy', 'direct', 'off']), url: z.string(), fallBackOnError: z.boolean(), hasUserinfo: z.boolean() })),
    ignored: z.array(z.string()),
    error: z.string().nullable(),
  }),
  sumdb: z.object({ kind: z.enum(['off', 'db', 'invalid']), name: z.string().nullable(), url: z.string().nullable(), error: z.string().nullable() }),
  goauth: z.object({ commands: z.array(z.string()), errors: z.array(z.string()) }),
  requirements: z.array(RequirementSchema),
  routes: z.array(ModuleRouteSchema),
  /** Config privateHosts: prefixes the user calls private. */
  privateHosts: z.array(z.string()),
  netrc: z.object({ path: z.string().nullable(), exists: z.boolean(), machines: z.array(z.string()), hasDefault: z.boolean() }),
  git: z.object({
    path: z.string().nullable(),
    /** url.<base>.insteadOf rewrites (global/system config), userinfo redacted. */
    insteadOf: z.array(z.object({ base: z.string(), insteadOf: z.string() })),
    credentialHelpers: z.array(z.string()),
    /** `git config` killed at the timeout: go runs git for direct fetches and VCS stamping too. */
    hung: z.object({ command: z.string(), program: z.string(), timeoutMs: z.number() }).optional(),
  }),
  hgPath: z.string().nullable(),
  gitTerminalPrompt: z.string().nullable(),
});
export type ModulesFacts = z.infer<typeof ModulesSchema>;
