// How a container bind mount gets an SELinux label, and when labels do not matter.
// Sources: https://docs.docker.com/engine/storage/bind-mounts/#configure-the-selinux-label (:z/:Z;
// --mount has no such option), https://docs.podman.io/en/latest/markdown/podman-run.1.html
// (--mount relabel=shared|private; --security-opt label=disable), docker run --privileged and
// compose `privileged: true` (the container runs as spc_t).

/** Bind options that relabel the source for containers: z, Z, podman's --mount relabel=. */
export function relabelsBind(options: readonly string[]): boolean {
  return options.some((o) => o === 'z' || o === 'Z' || o.startsWith('relabel='));
}

/** A security option that turns labelling off: label=disable (docker), label:disable (podman, compose). */
export const disablesLabels = (securityOpt: string): boolean => /^label[=:]disable$/.test(securityOpt);
