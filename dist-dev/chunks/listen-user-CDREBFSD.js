import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  portsFromArgs,
  portsFromEnv
} from "./chunk-N5CH7USA.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/analyzers/dockerfile/listen-user.ts
var ROOT = /^(root|0)(:.*)?$/;
function dockerListen(df) {
  const final = df.stages.at(-1);
  if (!final) return null;
  let user = /(^|[:-])nonroot(\b|$)/.test(final.resolvedImage ?? "") ? "nonroot" : null;
  let userLine = user ? final.line : null;
  const ports = [];
  for (const ins of final.instructions) {
    const words = ins.args.split(/\s+/).filter(Boolean);
    if (ins.keyword === "USER" && words[0]) {
      user = ROOT.test(words[0]) ? null : words[0];
      userLine = ins.line;
    } else if (ins.keyword === "EXPOSE") {
      for (const w of words) {
        const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(w);
        if (m) ports.push({ port: Number(m[1]), source: `EXPOSE ${w}`, line: ins.line });
      }
    } else if (ins.keyword === "ENTRYPOINT" || ins.keyword === "CMD") {
      for (const p of portsFromArgs(words)) ports.push({ ...p, line: ins.line });
    } else if (ins.keyword === "ENV") {
      const env = Object.fromEntries(ins.pairs.filter((p) => p.value !== null).map((p) => [p.name, p.value]));
      for (const p of portsFromEnv(env)) ports.push({ ...p, line: ins.line });
    }
  }
  const all = df.stages.flatMap((s) => s.instructions);
  const buildsGo = df.stages.some((s) => /(^|\/)golang(:|@|$)/.test(s.resolvedImage ?? "")) || all.some((i) => i.keyword === "RUN" && /\bgo\s+(build|install)\b/.test(i.args));
  const setcap = all.some((i) => i.keyword === "RUN" && /\bsetcap\b[^\n]*cap_net_bind_service/i.test(i.args));
  return { user, userLine, ports, buildsGo, setcap };
}
__name(dockerListen, "dockerListen");
export {
  dockerListen
};
