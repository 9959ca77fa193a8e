import { z } from 'zod';

// Deployment manifests (Kubernetes workloads, Helm values, compose services) reduced to what
// decides a Go program's runtime: image, environment, limits, command, terminal, node arch.
// Lines are 1-based, paths relative to the lint root.

const at = { line: z.number() };
export const ManifestValueSchema = z.object({ value: z.string(), ...at });
export type ManifestValue = z.infer<typeof ManifestValueSchema>;

export const ManifestContainerSchema = z.object({
  name: z.string(),
  ...at,
  image: ManifestValueSchema.nullable(),
  /** Environment entries; a value from a secret/configMap/field reference is null (resourceField: limits.memory ...). */
  env: z.array(z.object({ name: z.string(), value: z.string().nullable(), ...at, resourceField: z.string().optional() })),
  /** Memory limit in bytes, with the text as written. */
  memoryLimit: z.object({ bytes: z.number(), raw: z.string(), ...at }).nullable(),
  /** CPU limit in CPUs (500m → 0.5). */
  cpuLimit: z.object({ cpus: z.number(), raw: z.string(), ...at }).nullable(),
  /** Exec-form command words: Kubernetes command+args, compose command/entrypoint lists. */
  exec: z.array(z.object({ field: z.string(), words: z.array(z.string()), ...at })),
  stdin: ManifestValueSchema.nullable(),
  stdinOnce: ManifestValueSchema.nullable(),
  tty: ManifestValueSchema.nullable(),
  /** Compose bind mounts (short syntax HOST:CONTAINER[:OPTS] or type: bind). */
  binds: z.array(z.object({ spec: z.string(), options: z.array(z.string()), ...at })),
  /** Compose privileged: true or security_opt label:disable: the container runs unconfined (spc_t), labels do not matter. */
  labelDisabled: z.boolean().optional(),
});
export type ManifestContainer = z.infer<typeof ManifestContainerSchema>;

export const WorkloadSchema = z.object({
  /** Deployment/web, compose service api, Helm values path (controller.), ... */
  name: z.string(),
  kind: z.string(),
  ...at,
  containers: z.array(ManifestContainerSchema),
  /** kubernetes.io/arch values the pod may run on (nodeSelector, required node affinity); compose `platform:`. */
  nodeArch: z.object({ values: z.array(z.string()), ...at }).nullable(),
});
export type Workload = z.infer<typeof WorkloadSchema>;

export const ManifestFileSchema = z.object({
  path: z.string(),
  format: z.enum(['kubernetes', 'compose', 'helm-values']),
  workloads: z.array(WorkloadSchema),
  /** Documents not read, with why (Helm template syntax, a YAML error). */
  skipped: z.array(z.object({ ...at, reason: z.string() })),
  /** The file says it targets SELinux hosts (a :z/:Z bind, a label security_opt, an SELinux comment). */
  selinux: z.object({ ...at, evidence: z.string() }).nullable(),
  /** A chart template rendered with its chart's values.yaml: the chart directory ('' for the root). */
  helmChart: z.string().optional(),
  /** For a rendered chart template: the dotted paths of the values it read (resources, controller.resources.limits ...). */
  helmValuesRead: z.array(z.string()).optional(),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;
