import { z } from 'zod';

export const AdvisorySchema = z.object({ id: z.string(), aliases: z.array(z.string()), summary: z.string(), fixed: z.string().nullable() });

export const VulnsSchema = z.object({
  /** The OSV directory read, or null with howTo saying how to get one. */
  db: z.object({
    dir: z.string(),
    from: z.enum(['flag', 'module-cache']),
    /** golang.org/x/vulndb version when it came from the module cache. */
    version: z.string().nullable(),
    entries: z.number(),
    unreadable: z.number(),
  }).nullable(),
  howTo: z.string().nullable(),
  /** The go that runs here, matched as module "stdlib" (and "toolchain" for the go command). */
  toolchain: z.object({ goVersion: z.string(), semver: z.string(), stdlib: z.array(AdvisorySchema), goCommand: z.array(AdvisorySchema) }).nullable(),
  /** go.mod requirements (after replace directives) with advisories for their version. */
  modules: z.array(z.object({ path: z.string(), version: z.string(), file: z.string(), line: z.number(), advisories: z.array(AdvisorySchema) })),
  /** inspect: each Go binary's standard library (its Go version) and module dependencies (build info). */
  binaries: z.array(z.object({
    path: z.string(),
    goVersion: z.string().nullable(),
    stdlib: z.array(AdvisorySchema),
    modules: z.array(z.object({ path: z.string(), version: z.string(), advisories: z.array(AdvisorySchema) })),
  })),
  /**
   * --vuln=govulncheck: govulncheck's verdict on the same targets with the same database — each
   * advisory at the deepest level reached (symbol: a vulnerable function is called; package:
   * imported; module: required only) — or why it did not run.
   */
  govulncheck: z.object({
    program: z.string(),
    targets: z.array(z.object({
      target: z.string(),
      error: z.string().nullable(),
      findings: z.array(z.object({ osv: z.string(), module: z.string(), version: z.string(), level: z.enum(['symbol', 'package', 'module']) })),
    })),
  }).optional(),
});
export type VulnsFacts = z.infer<typeof VulnsSchema>;
export type Advisory = z.infer<typeof AdvisorySchema>;
