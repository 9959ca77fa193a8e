import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/status-line.ts
var ERASE_LINE = "\r\x1B[K";
var REDRAW_MS = 100;
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
function statusLineWanted(io, noProgress) {
  if (noProgress || !io.stderrIsTTY) return false;
  const { NO_COLOR, CI, TERM } = io.env;
  if (NO_COLOR) return false;
  if (CI && CI !== "false" && CI !== "0") return false;
  return TERM !== "dumb";
}
__name(statusLineWanted, "statusLineWanted");
function startStatus(io, label, noProgress) {
  return statusLineWanted(io, noProgress) ? new TerminalStatus(io, label) : new SilentStatus(io);
}
__name(startStatus, "startStatus");
var SilentStatus = class {
  constructor(io) {
    this.io = io;
    this.interrupts = onInterrupt(() => void 0);
  }
  io;
  static {
    __name(this, "SilentStatus");
  }
  interrupts;
  set() {
  }
  done() {
    this.interrupts.remove();
  }
};
var TerminalStatus = class {
  constructor(raw, label) {
    this.raw = raw;
    this.label = label;
    const beforeWrite = /* @__PURE__ */ __name((write) => (s) => {
      this.erase();
      return write(s);
    }, "beforeWrite");
    this.io = { ...raw, stdout: beforeWrite(raw.stdout), stderr: beforeWrite(raw.stderr) };
    this.timer = setInterval(() => this.draw(), REDRAW_MS).unref();
    this.interrupts = onInterrupt(() => this.erase());
    this.draw();
  }
  raw;
  label;
  static {
    __name(this, "TerminalStatus");
  }
  io;
  text = "";
  drawn = false;
  closed = false;
  lastDraw = 0;
  started = performance.now();
  timer;
  interrupts;
  set(text) {
    this.text = text;
    if (!this.drawn || performance.now() - this.lastDraw >= REDRAW_MS) this.draw();
  }
  done() {
    if (this.closed) return;
    this.erase();
    this.closed = true;
    clearInterval(this.timer);
    this.interrupts.remove();
  }
  draw() {
    if (this.closed) return;
    this.lastDraw = performance.now();
    const seconds = ((this.lastDraw - this.started) / 1e3).toFixed(1);
    const text = typeof this.text === "function" ? this.text() : this.text;
    const line = `${this.label}: ${text ? `${text} ` : ""}(${seconds} s)`;
    this.raw.stderr(`\r${fitLine(line, this.raw.columns?.() ?? 80)}\x1B[K`);
    this.drawn = true;
  }
  erase() {
    if (!this.drawn) return;
    this.raw.stderr(ERASE_LINE);
    this.drawn = false;
  }
};
function fitLine(text, columns) {
  const chars = [...text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")];
  const room = Math.max(10, columns - 1);
  return chars.length <= room ? chars.join("") : `${chars.slice(0, room - 1).join("")}\u2026`;
}
__name(fitLine, "fitLine");
function onInterrupt(before) {
  const handlers = Object.entries(SIGNAL_EXIT).map(([signal, code]) => {
    const handler = /* @__PURE__ */ __name(() => {
      before();
      process.exit(code);
    }, "handler");
    process.on(signal, handler);
    return () => process.removeListener(signal, handler);
  });
  return { remove: /* @__PURE__ */ __name(() => handlers.forEach((remove) => remove()), "remove") };
}
__name(onInterrupt, "onInterrupt");

export {
  startStatus
};
