import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, sites, where } from './shared.js';
import { relabelsBind } from '../../knowledge/selinux-labels.js';

/** A compose or docker/podman run bind mount without :z/:Z in a file that says it runs on SELinux hosts. */
export const gd777 = defineRule({
  id: 'GD777',
  name: 'bind-mount-without-selinux-label',
  category: 'deploy',
  severity: 'info',
  title: 'A bind mount (compose, docker/podman run) has no :z/:Z label option in a project meant for SELinux hosts',
  requires: ['files'],
  messages: {
    bind: '{where} bind-mounts {spec} without :z or :Z, while {file} says it runs on SELinux hosts ({evidence}, line {selinuxLine}): on an enforcing host the files keep their own label (user_home_t, ...), which container_t may not read or write, and the program fails with "permission denied" although the mode bits allow it.',
    run: '`{tool} run` bind-mounts {spec} without :z or :Z, while {file} says it runs on SELinux hosts ({evidence}, line {selinuxLine}): on an enforcing host the files keep their own label (user_home_t, ...), which container_t may not read or write, and the program in the container fails with "permission denied" although the mode bits allow it.',
    dockerMount: '`docker run --mount type=bind` mounts {spec}, while {file} says it runs on SELinux hosts ({evidence}, line {selinuxLine}): docker\'s --mount has no SELinux label option, so on an enforcing host the container may not read or write the files ("permission denied").',
  },
  fixTitles: {
    labelTheBindMount: 'Label the bind mount for containers',
    useVolumeWithLabel: 'Use -v with the z option instead of --mount',
  },
  sources: ['https://docs.docker.com/engine/storage/bind-mounts/#configure-the-selinux-label', 'https://docs.docker.com/reference/compose-file/services/#volumes', 'https://docs.docker.com/reference/cli/docker/container/run/#mount', 'https://docs.podman.io/en/latest/markdown/podman-run.1.html#volume-v-source-volume-host-dir-container-dir-options', 'man:selinux(8)'],
  fixable: true,
  docs: {
    what: 'In a compose file, CI file or Makefile that shows it targets SELinux hosts — another bind mount with :z or :Z, a label security option, or a line naming SELinux — reports the bind mounts (compose volumes, docker/podman run -v and --mount type=bind) that have neither option, except in containers that run unconfined (privileged, or security option label=disable).',
    why: 'Under SELinux a container process runs as container_t and may touch only files labelled for containers (container_file_t). A bind-mounted host directory keeps its label, so reads and writes fail with EACCES ("permission denied") and an AVC denial in the audit log, although ls -l shows the permissions allow them. :z relabels the content for all containers to share it, :Z for this container only.',
    fix: 'Add :z (shared) or :Z (private) to the bind mount, e.g. ./config:/etc/app:ro,z, bind.selinux: z in the compose long syntax, relabel=shared in a podman --mount; docker --mount has no label option, so use -v there. Never relabel system directories such as /home or /usr this way.',
  },
  check({ files }) {
    const out: Report<'bind' | 'run' | 'dockerMount'>[] = [];
    for (const s of sites(files)) {
      const sel = s.file.selinux;
      if (!sel || s.file.format !== 'compose' || s.container.labelDisabled) continue;
      for (const b of s.container.binds) {
        if (relabelsBind(b.options)) continue;
        out.push({ messageId: 'bind', data: { where: where(s), spec: b.spec, file: s.file.path, evidence: sel.evidence, selinuxLine: sel.line }, location: at(s, b.line), fixes: [{ kind: 'manual', title: fixTitle('labelTheBindMount'), steps: [`${b.spec}${b.options.length ? ',' : ':'}z   (or Z for this container only)`] }] });
      }
    }
    for (const r of files.containerRuns ?? []) {
      const sel = r.selinux;
      if (!sel || r.labelDisabled) continue;
      for (const b of r.binds) {
        if (relabelsBind(b.options)) continue;
        const data = { tool: r.tool, spec: b.spec, file: r.file, evidence: sel.evidence, selinuxLine: sel.line };
        const location = { file: r.file, line: b.line, column: b.column };
        if (b.flag === '--mount' && r.tool === 'docker') {
          out.push({ messageId: 'dockerMount', data, location, fixes: [{ kind: 'manual', title: fixTitle('useVolumeWithLabel'), steps: [`-v ${shellWord(volumeOf(b.options, b.spec))}`] }] });
        } else {
          const labelled = b.flag === '--mount' ? `${b.spec},relabel=shared` : `${b.spec}${b.options.length ? ',' : ':'}z`;
          out.push({ messageId: 'run', data, location, fixes: [{ kind: 'manual', title: fixTitle('labelTheBindMount'), steps: [`${b.flag === '--mount' ? '--mount' : '-v'} ${shellWord(labelled)}   (${b.flag === '--mount' ? 'relabel=private' : 'Z'} for this container only)`] }] });
        }
      }
    }
    return out;
  },
});

/** Double quotes around a mount that holds a variable or a space: the variable still expands, the path stays one word. */
const shellWord = (w: string) => (/[\s$]/.test(w) && !/["`\\]/.test(w) ? `"${w}"` : w);

/** type=bind,source=S,target=T[,readonly] → S:T:z (or S:T:ro,z). */
function volumeOf(options: string[], spec: string): string {
  const item = (...keys: string[]) => spec.split(',').find((i) => keys.some((k) => i.startsWith(`${k}=`)))?.replace(/^[^=]*=/, '') ?? '?';
  const ro = options.some((o) => o === 'readonly' || o === 'ro' || o === 'readonly=true' || o === 'ro=true');
  return `${item('source', 'src')}:${item('target', 'destination', 'dst')}:${ro ? 'ro,' : ''}z`;
}
