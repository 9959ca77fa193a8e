import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, sites, where } from './shared.js';

/** A compose bind mount without :z/:Z in a project that says it runs on SELinux hosts. */
export const gd777 = defineRule({
  id: 'GD777',
  name: 'bind-mount-without-selinux-label',
  category: 'deploy',
  severity: 'info',
  title: 'A compose bind mount has no :z/:Z label option in a project meant for SELinux hosts',
  requires: ['files'],
  messages: {
    bind: '{where} bind-mounts {spec} without :z or :Z, while {file} says it runs on SELinux hosts ({evidence}, line {selinuxLine}): on an enforcing host the files keep their own label (user_home_t, ...), which container_t may not read or write, and the program fails with "permission denied" although the mode bits allow it.',
  },
  fixTitles: {
    labelTheBindMount: 'Label the bind mount for containers',
  },
  sources: ['https://docs.docker.com/engine/storage/bind-mounts/#configure-the-selinux-label', 'https://docs.docker.com/reference/compose-file/services/#volumes', 'https://docs.podman.io/en/latest/markdown/podman-run.1.html#volume-v-source-volume-host-dir-container-dir-options', 'man:selinux(8)'],
  fixable: true,
  docs: {
    what: 'In a compose file that shows it targets SELinux hosts — another bind mount with :z or :Z, a label: security_opt, or a comment naming SELinux — reports the bind mounts that have neither option.',
    why: 'Under SELinux a container process runs as container_t and may touch only files labelled for containers (container_file_t). A bind-mounted host directory keeps its label, so reads and writes fail with EACCES ("permission denied") and an AVC denial in the audit log, although ls -l shows the permissions allow them. :z relabels the content for all containers to share it, :Z for this container only.',
    fix: 'Add :z (shared) or :Z (private) to the bind mount, e.g. ./config:/etc/app:ro,z, or bind.selinux: z in the long syntax. Never relabel system directories such as /home or /usr this way.',
  },
  check({ files }) {
    const out: Report<'bind'>[] = [];
    for (const s of sites(files)) {
      const sel = s.file.selinux;
      if (!sel || s.file.format !== 'compose') continue;
      for (const b of s.container.binds) {
        if (b.options.some((o) => o === 'z' || o === 'Z')) continue;
        out.push({ messageId: 'bind', data: { where: where(s), spec: b.spec, file: s.file.path, evidence: sel.evidence, selinuxLine: sel.line }, location: at(s, b.line), fixes: [{ kind: 'manual', title: fixTitle('labelTheBindMount'), steps: [`${b.spec}${b.options.length ? ',' : ':'}z   (or Z for this container only)`] }] });
      }
    }
    return out;
  },
});
