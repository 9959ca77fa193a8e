#!/usr/bin/env node
import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunks/chunk-YOIVYTSO.js";

// src/bin.ts
var argv = process.argv.slice(2);
var first = argv[0];
if (first === "--version" || first === "-V" || first === "version") {
  process.stdout.write(`godiag ${"0.1.0"}
`);
} else {
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  if (!`${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`.includes("interrupt-budget")) {
    (await import("node:v8")).setFlagsFromString("--interrupt-budget=540672");
  }
  const { main, internalErrorText, redactingIO } = await import("./chunks/main-G7T54XRL.js");
  const raw = {
    stdout: /* @__PURE__ */ __name((s) => process.stdout.write(s), "stdout"),
    // A pipe takes 64 KiB at a time: the rest of a large report waits in memory until its reader
    // catches up (inspect --format json of /usr: 19 MB, +22 MB peak RSS), so reports wait for it.
    drain: /* @__PURE__ */ __name(() => new Promise((resolve) => {
      const done = /* @__PURE__ */ __name(() => {
        process.stdout.off("drain", done).off("error", done).off("close", done);
        resolve();
      }, "done");
      process.stdout.on("drain", done).on("error", done).on("close", done);
    }), "drain"),
    stderr: /* @__PURE__ */ __name((s) => process.stderr.write(s), "stderr"),
    env: process.env,
    cwd: "",
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    columns: /* @__PURE__ */ __name(() => process.stderr.columns || 80, "columns")
  };
  const io = redactingIO(raw);
  const crash = /* @__PURE__ */ __name((e) => {
    io.stderr(internalErrorText(first ?? "godiag", e, argv.includes("-v") || argv.includes("--verbose")));
    process.exit(2);
  }, "crash");
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  let cwd = null;
  try {
    cwd = process.cwd();
  } catch (e) {
    io.stderr(`godiag: the current directory cannot be used (${e.code ?? e.message}); it was probably deleted: cd to an existing directory
`);
    process.exitCode = 2;
  }
  if (cwd !== null) process.exitCode = await main(argv, { ...raw, cwd });
}
