import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/exec.ts
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
var loadedChildProcess;
var childProcess = /* @__PURE__ */ __name(() => loadedChildProcess ??= createRequire(import.meta.url)("node:child_process"), "childProcess");
var DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
var AFTER_EXIT_GRACE_MS = 150;
function cleanEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0) out[k] = v;
  return out;
}
__name(cleanEnv, "cleanEnv");
function resolveProgram(file, pathValue, platform = process.platform) {
  const api = platform === "win32" ? path.win32 : path.posix;
  const hasSep = file.includes("/") || platform === "win32" && file.includes("\\");
  if (hasSep) return api.isAbsolute(file) ? { path: file } : { error: `refusing to run ${JSON.stringify(file)}: a relative program path runs from the current directory` };
  if (platform === "win32") return { path: file };
  for (const dir of (pathValue ?? "").split(":")) {
    if (!dir.startsWith("/")) continue;
    const candidate = api.join(dir, file);
    try {
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        fs.accessSync(candidate, fs.constants.X_OK);
        return { path: candidate };
      }
    } catch {
    }
  }
  return { error: `${file} not found in the absolute PATH entries (relative and empty PATH entries are never searched)` };
}
__name(resolveProgram, "resolveProgram");
function leftoverText(leftover) {
  return leftover.map((l) => `pid ${l.pid}${l.command ? ` (${l.command})` : ""}`).join(", ");
}
__name(leftoverText, "leftoverText");
function absolutePathEntries(pathValue) {
  return (pathValue ?? "").split(":").filter((d) => d.startsWith("/")).join(":");
}
__name(absolutePathEntries, "absolutePathEntries");
var RUN_TAG_VAR = "_GODIAG_RUN";
var runCounter = 0;
function taggedProcesses(tag, killedGroup) {
  const needle = Buffer.from(`${RUN_TAG_VAR}=${tag}\0`);
  const out = [];
  let pids;
  try {
    pids = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid);
  } catch {
    return [];
  }
  for (const pid of pids) {
    let environ;
    try {
      environ = fs.readFileSync(`/proc/${pid}/environ`);
    } catch {
      continue;
    }
    const at = environ.indexOf(needle);
    if (at === -1 || at > 0 && environ[at - 1] !== 0) continue;
    if (killedGroup !== void 0 && processGroup(pid) === killedGroup) continue;
    let command = "";
    try {
      command = fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    } catch {
    }
    out.push({ pid: Number(pid), command });
  }
  return out;
}
__name(taggedProcesses, "taggedProcesses");
function processGroup(pid) {
  let stat;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "latin1");
  } catch {
    return null;
  }
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
}
__name(processGroup, "processGroup");
function execFile(file, args, opts) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const start = performance.now();
  const tag = `${process.pid}.${++runCounter}`;
  const env = { ...cleanEnv(opts.env), [RUN_TAG_VAR]: tag };
  const failed = /* @__PURE__ */ __name((error) => ({
    ok: false,
    code: null,
    signal: null,
    stdout: "",
    stderr: "",
    stdoutBytes: Buffer.alloc(0),
    timedOut: false,
    truncated: false,
    error,
    ms: Math.round(performance.now() - start)
  }), "failed");
  const program = resolveProgram(file, env.PATH);
  if ("error" in program) return Promise.resolve(failed(`spawn ${file} ENOENT: ${program.error}`));
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    let outLen = 0;
    let errLen = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    let exit = null;
    let child;
    try {
      child = childProcess().spawn(program.path, [...args], {
        cwd: opts.cwd,
        env,
        // Own process group so a timeout kills grandchildren too.
        detached: process.platform !== "win32",
        stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        windowsHide: true
      });
    } catch (e) {
      resolve(failed(e instanceof Error ? e.message : String(e)));
      return;
    }
    const killGroup = /* @__PURE__ */ __name(() => {
      try {
        if (child.pid !== void 0 && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    }, "killGroup");
    let graceTimer;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
      setImmediate(() => finish(exit?.code ?? null, exit?.signal ?? "SIGKILL", true));
    }, timeoutMs);
    const onExit = /* @__PURE__ */ __name(() => killGroup(), "onExit");
    process.once("exit", onExit);
    const take = /* @__PURE__ */ __name((b, into, len) => {
      if (len >= maxBytes) {
        truncated = true;
        return len;
      }
      const part = b.subarray(0, maxBytes - len);
      if (part.length < b.length) truncated = true;
      into.push(part);
      return len + part.length;
    }, "take");
    child.stdout.on("data", (b) => {
      outLen = take(b, out, outLen);
    });
    child.stderr.on("data", (b) => {
      errLen = take(b, err, errLen);
    });
    child.stdout.on("error", () => {
    });
    child.stderr.on("error", () => {
    });
    if (opts.input !== void 0 && child.stdin) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(opts.input);
    }
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      killGroup();
      graceTimer = setTimeout(() => finish(code, signal, true), AFTER_EXIT_GRACE_MS);
    });
    child.on("error", (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      process.removeListener("exit", onExit);
      resolve(failed(e.message));
    });
    child.on("close", (code, signal) => finish(code, signal, false));
    function finish(code, signal, cutShort) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      process.removeListener("exit", onExit);
      killGroup();
      let leftover;
      if (cutShort) {
        leftover = taggedProcesses(tag, child.pid);
        for (const l of leftover) {
          try {
            process.kill(l.pid, "SIGKILL");
          } catch {
          }
        }
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.stdin?.destroy();
        child.unref();
      }
      const stdoutBytes = Buffer.concat(out);
      const held = leftover?.length ? `; ${leftoverText(leftover)} left the process group and held the output open (killed, not waited for)` : "";
      resolve({
        ok: !timedOut,
        code,
        signal,
        stdout: stdoutBytes.toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        stdoutBytes,
        timedOut,
        truncated,
        error: timedOut ? `timed out after ${timeoutMs} ms${held}` : held ? held.slice(2) : void 0,
        ...leftover?.length ? { leftover } : {},
        ms: Math.round(performance.now() - start)
      });
    }
    __name(finish, "finish");
  });
}
__name(execFile, "execFile");

export {
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  resolveProgram,
  leftoverText,
  absolutePathEntries,
  execFile
};
