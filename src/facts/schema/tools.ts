import { z } from 'zod';

/** A Go program found where `go install` puts programs or first on PATH, read from its build info. */
export const InstalledToolSchema = z.object({
  path: z.string(),
  /** The command name (file name). */
  command: z.string(),
  /** Where it was found: GOBIN, GOPATH/bin, or the first match on PATH. */
  from: z.enum(['GOBIN', 'GOPATH', 'PATH']),
  /** Build info: main package, its module and version ("(devel)" for a local build), the Go that built it. */
  mainPackage: z.string(),
  module: z.string(),
  version: z.string(),
  goVersion: z.string(),
});
export type InstalledTool = z.infer<typeof InstalledToolSchema>;

export const ToolsSchema = z.object({
  /** Go programs with build info, one entry per file. */
  tools: z.array(InstalledToolSchema),
  /** Files that looked like tools but could not be read, with why. */
  unreadable: z.array(z.object({ path: z.string(), reason: z.string() })),
  /** Programs read (every executable of the install directories, and listed names on PATH). */
  read: z.number(),
});
export type ToolsFacts = z.infer<typeof ToolsSchema>;
