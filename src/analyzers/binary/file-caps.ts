// File capabilities (capabilities(7) "File capabilities"): the security.capability extended
// attribute as the kernel stores it (struct vfs_cap_data, include/uapi/linux/capability.h), and
// the text getcap prints for it (cap_to_text(3)). Pure: bytes or text in, capability sets out.

/** A file's capability sets; `effective` is the one effective bit of the attribute. */
export interface FileCaps { permitted: string[]; inheritable: string[]; effective: boolean }

/** Capability numbers, include/uapi/linux/capability.h (CAP_CHOWN 0 ... CAP_CHECKPOINT_RESTORE 40). */
export const CAP_NAMES = [
  'cap_chown', 'cap_dac_override', 'cap_dac_read_search', 'cap_fowner', 'cap_fsetid', 'cap_kill', 'cap_setgid', 'cap_setuid',
  'cap_setpcap', 'cap_linux_immutable', 'cap_net_bind_service', 'cap_net_broadcast', 'cap_net_admin', 'cap_net_raw', 'cap_ipc_lock',
  'cap_ipc_owner', 'cap_sys_module', 'cap_sys_rawio', 'cap_sys_chroot', 'cap_sys_ptrace', 'cap_sys_pacct', 'cap_sys_admin', 'cap_sys_boot',
  'cap_sys_nice', 'cap_sys_resource', 'cap_sys_time', 'cap_sys_tty_config', 'cap_mknod', 'cap_lease', 'cap_audit_write',
  'cap_audit_control', 'cap_setfcap', 'cap_mac_override', 'cap_mac_admin', 'cap_syslog', 'cap_wake_alarm', 'cap_block_suspend',
  'cap_audit_read', 'cap_perfmon', 'cap_bpf', 'cap_checkpoint_restore',
] as const;

/** "net_bind_service", "CAP_NET_BIND_SERVICE" → "cap_net_bind_service"; null when no such capability. */
export function normalizeCapName(name: string): string | null {
  const n = name.trim().toLowerCase();
  const full = n.startsWith('cap_') ? n : `cap_${n}`;
  return (CAP_NAMES as readonly string[]).includes(full) ? full : null;
}

const capName = (bit: number) => CAP_NAMES[bit] ?? `cap_${bit}`;

const VFS_CAP_REVISION_MASK = 0xff000000;
const VFS_CAP_FLAGS_EFFECTIVE = 0x000001;
/** Revision → number of {permitted, inheritable} 32-bit pairs. */
const PAIRS: Record<number, number> = { 0x01000000: 1, 0x02000000: 2, 0x03000000: 2 };

/** Decode struct vfs_cap_data (little-endian); null when the revision or size is not one the kernel writes. */
export function decodeVfsCapData(buf: Buffer): FileCaps | null {
  if (buf.length < 4) return null;
  const magic = buf.readUInt32LE(0);
  const pairs = PAIRS[(magic & VFS_CAP_REVISION_MASK) >>> 0];
  if (!pairs || buf.length < 4 + pairs * 8) return null;
  const permitted: string[] = [];
  const inheritable: string[] = [];
  for (let i = 0; i < pairs; i++) {
    const p = buf.readUInt32LE(4 + i * 8);
    const inh = buf.readUInt32LE(8 + i * 8);
    for (let bit = 0; bit < 32; bit++) {
      if (p & (1 << bit)) permitted.push(capName(i * 32 + bit));
      if (inh & (1 << bit)) inheritable.push(capName(i * 32 + bit));
    }
  }
  return { permitted, inheritable, effective: (magic & VFS_CAP_FLAGS_EFFECTIVE) !== 0 };
}

/**
 * One capability text as cap_from_text(3) reads it: space-separated clauses "names op flags...",
 * ops = (set exactly), + (add), - (drop); "all" or no names mean every capability.
 * Returns null for text that is not of that form.
 */
export function parseCapText(text: string): FileCaps | null {
  const flags = new Map<string, Set<string>>();
  for (const clause of text.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([a-z0-9_,]*)((?:[=+-][eip]*)+)$/i.exec(clause);
    if (!m) return null;
    const names = m[1]!.toLowerCase();
    const caps = names === '' || names === 'all' ? [...CAP_NAMES] : names.split(',').map((n) => normalizeCapName(n) ?? n);
    for (const [, op, fl] of m[2]!.matchAll(/([=+-])([eip]*)/gi)) {
      for (const c of caps) {
        const set = flags.get(c) ?? new Set<string>();
        if (op === '=') set.clear();
        for (const f of fl!.toLowerCase()) op === '-' ? set.delete(f) : set.add(f);
        flags.set(c, set);
      }
    }
  }
  const having = (f: string) => [...flags].filter(([, s]) => s.has(f)).map(([c]) => c);
  return { permitted: having('p'), inheritable: having('i'), effective: having('e').length > 0 };
}

/**
 * `getcap FILE...` output: one line per file that has capabilities, "FILE CAPS" (libcap ≥ 2.41)
 * or "FILE = CAPS" (older). Matched against the paths asked for, so spaces in names are fine.
 */
export function parseGetcapOutput(stdout: string, asked: readonly string[]): Map<string, FileCaps> {
  const out = new Map<string, FileCaps>();
  const longestFirst = [...asked].sort((a, b) => b.length - a.length);
  for (const line of stdout.split('\n')) {
    const file = longestFirst.find((p) => line.startsWith(`${p} `));
    if (!file) continue;
    const caps = parseCapText(line.slice(file.length).replace(/^\s*=\s/, ' '));
    if (caps) out.set(file, caps);
  }
  return out;
}

/** `getfattr -n security.capability -e hex --absolute-names FILE...`: "# file: F" then "security.capability=0x...". */
export function parseGetfattrHex(stdout: string): Map<string, FileCaps> {
  const out = new Map<string, FileCaps>();
  let file: string | null = null;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('# file: ')) file = line.slice(8);
    const m = /^security\.capability=0x([0-9a-f]+)$/i.exec(line.trim());
    if (m && file !== null) {
      const caps = decodeVfsCapData(Buffer.from(m[1]!, 'hex'));
      if (caps) out.set(file, caps);
    }
  }
  return out;
}

/** "cap_net_bind_service=ep" style, as getcap prints it. */
export function capText(c: FileCaps): string {
  const parts: string[] = [];
  if (c.permitted.length) parts.push(`${c.permitted.join(',')}=${c.effective ? 'e' : ''}p${c.inheritable.length && sameList(c.permitted, c.inheritable) ? 'i' : ''}`);
  const extraInh = c.inheritable.filter((x) => !sameList(c.permitted, c.inheritable) || !c.permitted.includes(x));
  if (extraInh.length) parts.push(`${extraInh.join(',')}+i`);
  return parts.join(' ') || '(empty)';
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
