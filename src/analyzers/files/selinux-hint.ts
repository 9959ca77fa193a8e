// Whether a file says its project runs on SELinux hosts: one of its bind mounts relabels (:z/:Z),
// a line names SELinux, or a container label option (compose `security_opt: - label:...`,
// `--security-opt label=...`).
import { relabelsBind } from '../../knowledge/selinux-labels.js';

const SELINUX_HINT = /selinux|^\s*-\s*["']?label[:=]|--security-opt[= ]["']?label[:=]/im;

export interface SelinuxHint { line: number; evidence: string }

export function selinuxHint(text: string, binds: ReadonlyArray<{ spec: string; options: readonly string[]; line: number }>): SelinuxHint | null {
  const labelled = binds.find((b) => relabelsBind(b.options));
  if (labelled) return { line: labelled.line, evidence: `${labelled.spec} relabels its bind mount` };
  const m = SELINUX_HINT.exec(text);
  if (!m) return null;
  const start = text.lastIndexOf('\n', m.index) + 1;
  const end = text.indexOf('\n', m.index);
  const line = text.slice(0, start).split('\n').length;
  return { line, evidence: text.slice(start, end < 0 ? undefined : end).trim().slice(0, 120) };
}
