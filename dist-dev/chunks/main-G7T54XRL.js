import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  VERSION,
  decideColor,
  neutralizeControls
} from "./chunk-2UDLJF23.js";
import {
  redactString
} from "./chunk-OQWCGIDS.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/commands.ts
var COMMANDS = {
  doctor: { summary: "diagnose Go on this machine: toolchains, settings, shells, system, modules", load: /* @__PURE__ */ __name(() => import("./doctor-ND3Q57PE.js"), "load") },
  shell: { summary: "which go and Go settings each shell and context (login, cron, systemd, IDE) really gets, with file:line", load: /* @__PURE__ */ __name(() => import("./shell-UU6KRIYZ.js"), "load") },
  route: { summary: "where each module request goes: proxies in order, checksum DB, direct VCS (no network)", load: /* @__PURE__ */ __name(() => import("./route-2URYKOQY.js"), "load") },
  inspect: { summary: "inspect built binaries: platform, Go version, build settings, linkage, --expect checks", load: /* @__PURE__ */ __name(() => import("./inspect-EZUVST6J.js"), "load") },
  lint: { summary: "Go-aware checks for Dockerfiles, CI workflows, Makefiles and go.mod", load: /* @__PURE__ */ __name(() => import("./lint-STSJF7LZ.js"), "load") },
  hang: { summary: "why a program's output blocks (full pipe, pty) or dies (SIGPIPE): run it or attach", load: /* @__PURE__ */ __name(() => import("./hang-MTRGBVJR.js"), "load") },
  snapshot: { summary: "save what doctor collects as JSON, to analyze or compare elsewhere", load: /* @__PURE__ */ __name(() => import("./snapshot-Q7CQ5A4L.js"), "load") },
  fleet: { summary: "doctor on many machines at once (ssh, docker, podman, kubectl, chroot, Ansible inventories): one table, the odd ones out", load: /* @__PURE__ */ __name(() => import("./fleet-TMVYA2IL.js"), "load") },
  analyze: { summary: "run doctor's rules over a snapshot from another machine", load: /* @__PURE__ */ __name(() => import("./analyze-XYPSFGZT.js"), "load") },
  diff: { summary: "compare two snapshots: toolchains, settings and their sources, system", load: /* @__PURE__ */ __name(() => import("./diff-3YSJYG7R.js"), "load") },
  fix: { summary: "apply the safe fixes for doctor's findings (dry run unless --apply)", load: /* @__PURE__ */ __name(() => import("./fix-SUHUOFXK.js"), "load") },
  vulndb: { summary: "vulndb update: fetch the Go vulnerability database into the module cache (through your GOPROXY)", load: /* @__PURE__ */ __name(() => import("./vulndb-Z2TUMLCZ.js"), "load") },
  rules: { summary: "list every rule: id, name, category, severity, title", load: /* @__PURE__ */ __name(() => import("./rules-GG4F3QBR.js"), "load") },
  explain: { summary: "explain a rule: what, why, how to fix, sources", load: /* @__PURE__ */ __name(() => import("./explain-NYS4737T.js"), "load") }
};

// src/cli/main.ts
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    "godiag: why Go fails on this machine, in this container, in this pipeline",
    "",
    "usage: godiag <command> [flags]",
    "",
    "commands:",
    ...lines,
    "",
    "global flags: --help, --version",
    "run `godiag <command> --help` for a command's flags; `godiag explain GDnnn` for a rule.",
    ""
  ].join("\n");
}
__name(usage, "usage");
function redactingIO(io) {
  const color = decideColor(io.env, io.isTTY, false);
  const safe = /* @__PURE__ */ __name((s) => neutralizeControls(redactString(s), color), "safe");
  const status = !!io.stderrIsTTY;
  const safeErr = /* @__PURE__ */ __name((s) => neutralizeControls(redactString(s), color, status), "safeErr");
  return { ...io, stdout: /* @__PURE__ */ __name((s) => io.stdout(safe(s)), "stdout"), stderr: /* @__PURE__ */ __name((s) => io.stderr(safeErr(s)), "stderr") };
}
__name(redactingIO, "redactingIO");
function internalErrorText(command, e, verbose) {
  const err = e;
  if (!(e instanceof Error)) return `godiag ${command}: internal error: ${String(e)}
`;
  const line = `godiag ${command}: ${err.code ? "" : "internal error: "}${err.message.split("\n")[0]}`;
  return verbose ? `${line}
${err.stack ?? ""}
` : `${line}
`;
}
__name(internalErrorText, "internalErrorText");
async function main(argv, rawIO) {
  const io = redactingIO(rawIO);
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V" || first === "version") {
    io.stdout(`godiag ${VERSION}
`);
    return EXIT.clean;
  }
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    io.stdout(usage());
    return first === void 0 ? EXIT.usage : EXIT.clean;
  }
  const cmd = COMMANDS[first];
  if (!cmd) {
    io.stderr(`godiag: unknown command ${JSON.stringify(first)}

${usage()}`);
    return EXIT.usage;
  }
  try {
    const mod = await cmd.load();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`godiag ${first}: ${e.message}
`);
      return EXIT.usage;
    }
    io.stderr(internalErrorText(first, e, rest.includes("-v") || rest.includes("--verbose")));
    return EXIT.usage;
  }
}
__name(main, "main");
export {
  internalErrorText,
  main,
  redactingIO
};
