// `docker run` / `podman run` (and create, container run) in a shell line, read for their bind
// mounts: -v/--volume HOST:CONTAINER[:OPTIONS] and --mount type=bind,... A named volume
// (cache:/root/.cache) or an anonymous one (-v /data) is not a bind mount.
import { commandHead, simpleCommands, type Word } from './shell-words.js';
import { disablesLabels } from '../../knowledge/selinux-labels.js';

export interface ContainerBind {
  /** The mount as written: ./data:/var/lib/app:ro, or the --mount value. */
  spec: string;
  flag: '--volume' | '--mount';
  /** -v options (ro, z, Z, U ...) or --mount key[=value] items other than type/source/target. */
  options: string[];
  /** 0-based offset of the mount's word in the line. */
  offset: number;
}
export interface ContainerRun {
  tool: 'docker' | 'podman';
  offset: number;
  binds: ContainerBind[];
  /** --security-opt label=disable or --privileged: the container runs unconfined (spc_t), labels do not matter. */
  labelDisabled: boolean;
}

const TOOL = /^(?:\S*\/)?(docker|podman)$/;
/** Flags of docker/podman run that take no value; any other flag without =value takes the next word. */
const BOOLEAN_FLAGS = new Set(['--rm', '--init', '--privileged', '--read-only', '--interactive', '--tty', '--detach', '--publish-all', '--no-healthcheck', '--replace', '--sig-proxy', '--oom-kill-disable', '--disable-content-trust', '--quiet', '--help', '--systemd', '--no-hosts', '--http-proxy', '--read-only-tmpfs', '--env-host', '--rmi']);
/** Short boolean flags, alone or combined (-it, -dit). */
const SHORT_BOOLEANS = /^-[itdPq]+$/;
const VALUE_FLAG = /^(-v|--volume|--mount)(?:=(.*))?$/s;
/** A host path: absolute, relative, home, or a variable/substitution that yields one ($PWD, $(pwd), ${CURDIR}). */
const HOST_PATH = /^(\/|\.|~|\$)/;

/** Split HOST:CONTAINER[:OPTIONS]; a $(...)/${...} may itself hold colons. */
function volumeParts(spec: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of spec) {
    if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    if (ch === ':' && depth === 0) { parts.push(cur); cur = ''; } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function bindOf(flag: string, spec: string, offset: number): ContainerBind | null {
  if (flag === '--mount') {
    const items = spec.split(',');
    const type = items.find((i) => i.startsWith('type='))?.slice(5);
    if (type !== 'bind') return null;
    return { spec, flag: '--mount', options: items.filter((i) => !/^(type|source|src|target|destination|dst)=/.test(i)), offset };
  }
  const options = volumeBindOptions(spec);
  return options ? { spec, flag: '--volume', options, offset } : null;
}

/**
 * The options of a bind mount written HOST:CONTAINER[:OPTIONS] (docker run -v, compose short
 * syntax), or null for a named or anonymous volume.
 */
export function volumeBindOptions(spec: string): string[] | null {
  const parts = volumeParts(spec);
  if (parts.length < 2 || !HOST_PATH.test(parts[0]!)) return null;
  return parts[2] ? parts[2].split(',') : [];
}

/** The run/create subcommand's position after the tool word, skipping global flags; -1 if none. */
function subcommandAt(cmd: readonly Word[], from: number): number {
  let k = from;
  const isSub = (w: string | undefined) => w === 'run' || w === 'create' || w === 'container';
  // Global flags (--log-level debug, --remote, --connection NAME) come before the subcommand.
  while (cmd[k]?.text.startsWith('-')) {
    k++;
    if (!cmd[k - 1]!.text.includes('=') && cmd[k] && !cmd[k]!.text.startsWith('-') && !isSub(cmd[k]!.text)) k++;
  }
  if (cmd[k]?.text === 'container') k++;
  return cmd[k]?.text === 'run' || cmd[k]?.text === 'create' ? k : -1;
}

export function containerRuns(line: string): ContainerRun[] {
  const out: ContainerRun[] = [];
  for (const cmd of simpleCommands(line)) {
    const { head } = commandHead(cmd);
    const tool = TOOL.exec(cmd[head]?.text ?? '')?.[1] as ContainerRun['tool'] | undefined;
    if (!tool) continue;
    const sub = subcommandAt(cmd, head + 1);
    if (sub < 0) continue;
    const run: ContainerRun = { tool, offset: cmd[head]!.offset, binds: [], labelDisabled: false };
    // Options end at the image: the first word that is neither a flag nor a flag's value.
    for (let k = sub + 1; k < cmd.length; k++) {
      const w = cmd[k]!.text;
      if (!w.startsWith('-') || w === '-' || w === '--') break;
      const m = VALUE_FLAG.exec(w);
      if (m) {
        const valueWord = m[2] === undefined ? cmd[++k] : cmd[k];
        const bind = valueWord ? bindOf(m[1] === '--mount' ? '--mount' : '--volume', m[2] ?? valueWord.text, valueWord.offset) : null;
        if (bind) run.binds.push(bind);
        continue;
      }
      if (w === '--privileged') run.labelDisabled = true;
      const securityOpt = w === '--security-opt' ? cmd[k + 1]?.text : w.startsWith('--security-opt=') ? w.slice('--security-opt='.length) : null;
      if (securityOpt && disablesLabels(securityOpt)) run.labelDisabled = true;
      if (w.includes('=') || BOOLEAN_FLAGS.has(w) || SHORT_BOOLEANS.test(w)) continue;
      k++;
    }
    out.push(run);
  }
  return out;
}
