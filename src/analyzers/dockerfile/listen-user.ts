// What a Dockerfile's final stage says about the server it starts: the user it runs as, the
// ports it listens on (EXPOSE, ENTRYPOINT/CMD arguments, ENV), whether the image builds Go and
// whether it gives a file capability with setcap. Pure: parsed Dockerfile facts in.
import type { DockerfileFacts } from '../../facts/schema/files.js';
import { portsFromArgs, portsFromEnv, type ListenPort } from '../../knowledge/listen-ports.js';

export interface DockerListen {
  /** The final stage's user: the last USER, or "nonroot" for a :nonroot distroless-style base; null = root. */
  user: string | null;
  userLine: number | null;
  ports: (ListenPort & { line: number })[];
  /** A stage builds Go (a golang base image or a go build/install command). */
  buildsGo: boolean;
  /** `setcap ... cap_net_bind_service ...` in any stage. */
  setcap: boolean;
}

const ROOT = /^(root|0)(:.*)?$/;

export function dockerListen(df: DockerfileFacts): DockerListen | null {
  const final = df.stages.at(-1);
  if (!final) return null;
  let user: string | null = /(^|[:-])nonroot(\b|$)/.test(final.resolvedImage ?? '') ? 'nonroot' : null;
  let userLine: number | null = user ? final.line : null;
  const ports: DockerListen['ports'] = [];
  for (const ins of final.instructions) {
    const words = ins.args.split(/\s+/).filter(Boolean);
    if (ins.keyword === 'USER' && words[0]) {
      user = ROOT.test(words[0]) ? null : words[0];
      userLine = ins.line;
    } else if (ins.keyword === 'EXPOSE') {
      for (const w of words) {
        const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(w);
        if (m) ports.push({ port: Number(m[1]), source: `EXPOSE ${w}`, line: ins.line });
      }
    } else if (ins.keyword === 'ENTRYPOINT' || ins.keyword === 'CMD') {
      for (const p of portsFromArgs(words)) ports.push({ ...p, line: ins.line });
    } else if (ins.keyword === 'ENV') {
      const env = Object.fromEntries(ins.pairs.filter((p) => p.value !== null).map((p) => [p.name, p.value!]));
      for (const p of portsFromEnv(env)) ports.push({ ...p, line: ins.line });
    }
  }
  const all = df.stages.flatMap((s) => s.instructions);
  const buildsGo = df.stages.some((s) => /(^|\/)golang(:|@|$)/.test(s.resolvedImage ?? '')) || all.some((i) => i.keyword === 'RUN' && /\bgo\s+(build|install)\b/.test(i.args));
  const setcap = all.some((i) => i.keyword === 'RUN' && /\bsetcap\b[^\n]*cap_net_bind_service/i.test(i.args));
  return { user, userLine, ports, buildsGo, setcap };
}
