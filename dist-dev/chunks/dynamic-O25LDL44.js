import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  splitPathList
} from "./chunk-EDRERVNO.js";
import {
  BASE_ENV_KEYS,
  DEFAULT_LOGIN_PATH,
  parseEtcEnvironment
} from "./chunk-UKMLBKWR.js";
import {
  SHELL_CONTEXTS,
  SSH_COMMAND,
  isGoVar,
  shellArgv
} from "./chunk-3CEM5G56.js";
import "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/shell/dynamic.ts
import { randomBytes } from "node:crypto";
var DYNAMIC_TIMEOUT_MS = 5e3;
var DYNAMIC_MAX_BYTES = 4 * 1024 * 1024;
async function runShells(host, facts, timeoutMs = DYNAMIC_TIMEOUT_MS, progress) {
  const jobs = [];
  const ids = [];
  for (const sh of facts.installed) {
    for (const ctx of sh.name === "bash" ? [...SHELL_CONTEXTS, SSH_COMMAND] : SHELL_CONTEXTS) {
      const id = `${sh.name}:${ctx}`;
      const start = facts.contexts.find((c) => c.id === id);
      if (!start) continue;
      jobs.push(() => runOne(host, id, sh.name, ctx, sh.path, facts.home, timeoutMs));
      ids.push(id);
    }
  }
  const out = [];
  for (let i = 0; i < jobs.length; i += 4) {
    progress?.(`running ${ids.slice(i, i + 4).join(", ")} (${i} of ${jobs.length} done)`);
    out.push(...await Promise.all(jobs.slice(i, i + 4).map((j) => j())));
  }
  progress?.("asking systemd --user for its environment");
  const systemd = await systemdUserEnv(host, timeoutMs);
  if (systemd) out.push(systemd);
  return out;
}
__name(runShells, "runShells");
async function systemdUserEnv(host, timeoutMs) {
  let bin = null;
  for (const p of ["/usr/bin/systemctl", "/bin/systemctl"]) if (await host.isExecutable(p)) {
    bin = p;
    break;
  }
  if (!bin) return null;
  const argv = [bin, "--user", "show-environment"];
  const r = await host.run(bin, argv.slice(1), { env: { ...host.env }, timeoutMs, maxBytes: DYNAMIC_MAX_BYTES });
  if (!r.ok || r.code !== 0) return null;
  const env = {};
  for (const line of r.stdout.split("\n")) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m && (isGoVar(m[1]) || m[1] === "PATH")) env[m[1]] = m[2].replace(/^\$?'(.*)'$/, "$1");
  }
  let goPath = null;
  for (const dir of splitPathList(env.PATH, host.platform)) if (dir.startsWith("/") && await host.isExecutable(`${dir}/go`)) {
    goPath = `${dir}/go`;
    break;
  }
  return { id: "systemd-user", argv, ok: true, timedOut: false, truncated: r.truncated, exitCode: r.code, error: null, ms: r.ms, env, goPath, stderrTail: "" };
}
__name(systemdUserEnv, "systemdUserEnv");
async function startEnv(host, home) {
  const env = { TERM: "dumb", PATH: DEFAULT_LOGIN_PATH };
  for (const k of BASE_ENV_KEYS) if (host.env[k] !== void 0) env[k] = host.env[k];
  env.HOME = home;
  for (const l of parseEtcEnvironment(await host.readText("/etc/environment", 256 * 1024) ?? "")) env[l.key] = l.value;
  return env;
}
__name(startEnv, "startEnv");
async function runOne(host, id, shell, ctx, bin, home, timeoutMs) {
  const nonce = randomBytes(6).toString("hex");
  const begin = `__godiag_${nonce}_env__`;
  const goMark = `__godiag_${nonce}_go__`;
  const end = `__godiag_${nonce}_end__`;
  const script = `echo ${begin}; env; echo ${goMark}; command -v go; echo ${end}`;
  const argv = shellArgv(shell, ctx, bin, script);
  const startWith = await startEnv(host, home);
  if (ctx === SSH_COMMAND) Object.assign(startWith, { SSH_CLIENT: "127.0.0.1 22222 22", SSH_CONNECTION: "127.0.0.1 22222 127.0.0.1 22", SHLVL: "0" });
  const r = await host.run(argv[0], argv.slice(1), { env: startWith, cwd: home, timeoutMs, maxBytes: DYNAMIC_MAX_BYTES });
  const base = { id, argv, ok: false, timedOut: r.timedOut, truncated: r.truncated, exitCode: r.code, ms: r.ms, stderrTail: r.stderr.slice(-400) };
  if (r.timedOut) return { ...base, error: `no result within ${timeoutMs} ms (a startup file waits or loops); the shell was killed`, env: null, goPath: null };
  const s = r.stdout;
  const b = s.indexOf(`${begin}
`);
  const g = s.indexOf(`${goMark}
`, b);
  const e = s.indexOf(end, g);
  if (b === -1 || g === -1 || e === -1) {
    const why = r.error ?? (r.truncated ? `startup output exceeded ${DYNAMIC_MAX_BYTES} bytes before the capture` : `the shell exited (code ${r.code}) before running the capture`);
    return { ...base, error: why, env: null, goPath: null };
  }
  const env = {};
  for (const line of s.slice(b + begin.length + 1, g).split("\n")) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m && (isGoVar(m[1]) || m[1] === "PATH")) env[m[1]] = m[2];
  }
  const goPath = s.slice(g + goMark.length + 1, e).trim().split("\n")[0] || null;
  return { ...base, ok: true, error: null, env, goPath };
}
__name(runOne, "runOne");
export {
  DYNAMIC_MAX_BYTES,
  DYNAMIC_TIMEOUT_MS,
  runShells,
  startEnv
};
