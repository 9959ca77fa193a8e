// Helpers the deployment-manifest rules (77x-78x) share: walking containers, reading their
// environment, and judging whether a container runs a Go program.
import type { FilesFacts, ModFacts } from '../../facts/schema/files.js';
import type { ManifestContainer, ManifestFile, Workload } from '../../facts/schema/manifests.js';
import type { Location } from '../../facts/findings.js';
import { goModFor } from '../file-relations.js';

export interface Site { file: ManifestFile; workload: Workload; container: ManifestContainer }

export function sites(files: FilesFacts): Site[] {
  return (files.manifests ?? []).flatMap((file) => file.workloads.flatMap((workload) => workload.containers.map((container) => ({ file, workload, container }))));
}

/** The last entry of a variable (later entries win in Kubernetes and compose). */
export function envVar(c: ManifestContainer, name: string): ManifestContainer['env'][number] | null {
  return c.env.filter((e) => e.name === name).at(-1) ?? null;
}

/** Manifests record lines only: the finding points at the line's start. */
export const at = (s: Site, line: number): Location => ({ file: s.file.path, line, column: 1 });

/** "Deployment/api, container server" */
export function where(s: Site): string {
  const single = s.workload.containers.length === 1 && (s.workload.kind === 'compose service' || s.workload.kind === 'Helm values');
  return single ? s.workload.name : `${s.workload.name}, container ${s.container.name}`;
}

/** The image's repository without registry, tag or digest: ghcr.io/org/api:v1 → api. */
export function imageName(image: string): string {
  const noDigest = image.split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const tagAt = noDigest.indexOf(':', lastSlash + 1);
  return (tagAt < 0 ? noDigest : noDigest.slice(0, tagAt)).slice(lastSlash + 1);
}

/** module example.com/org/api/v2 → api. */
export function moduleName(m: ModFacts): string | null {
  const parts = (m.module?.value ?? '').split('/').filter((p) => !/^v\d+$/.test(p));
  return parts.at(-1)?.toLowerCase() ?? null;
}

/**
 * Why the container is believed to run a Go program, or null: it sets a Go runtime variable, or its
 * image is named after the Go module of the repository the manifest lives in.
 */
export function goEvidence(files: FilesFacts, s: Site): string | null {
  const goVar = s.container.env.find((e) => /^(GOMAXPROCS|GOMEMLIMIT|GOGC|GODEBUG|GOTRACEBACK)$/.test(e.name));
  if (goVar) return `it sets ${goVar.name}`;
  const mod = goModFor(files, s.file.path);
  const name = mod ? moduleName(mod) : null;
  const image = s.container.image?.value;
  if (!mod || !name || !image || image.includes('{{')) return null;
  const repo = imageName(image).toLowerCase();
  return repo === name || repo === `${name}-server` || repo === `${name}d` ? `its image ${imageName(image)} is named after the Go module ${mod.module!.value} (${mod.path})` : null;
}

/** A boolean field written as true. */
export const isOn = (v: { value: string } | null) => v?.value === 'true';
