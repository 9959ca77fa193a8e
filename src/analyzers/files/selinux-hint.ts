// Whether a file says its project runs on SELinux hosts: a line naming SELinux, or a container
// label option (compose `security_opt: - label:...`, `--security-opt label=...`).
const SELINUX_HINT = /selinux|^\s*-\s*["']?label[:=]|--security-opt[= ]["']?label[:=]/im;

export interface SelinuxHint { line: number; evidence: string }

export function selinuxHint(text: string): SelinuxHint | null {
  const m = SELINUX_HINT.exec(text);
  if (!m) return null;
  const start = text.lastIndexOf('\n', m.index) + 1;
  const end = text.indexOf('\n', m.index);
  const line = text.slice(0, start).split('\n').length;
  return { line, evidence: text.slice(start, end < 0 ? undefined : end).trim().slice(0, 120) };
}
