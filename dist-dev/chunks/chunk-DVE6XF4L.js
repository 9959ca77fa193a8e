import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  NOT_A_BINARY,
  NotABinaryError,
  buildInfoSummary,
  detectFormat,
  inspectSourceOrNull
} from "./chunk-MOCWQAJ4.js";
import {
  LocalHost,
  isHostError
} from "./chunk-SDAAKID4.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/binary/read.ts
var defaultHost;
var local = /* @__PURE__ */ __name(() => defaultHost ??= new LocalHost(), "local");
var HostFileError = class extends Error {
  static {
    __name(this, "HostFileError");
  }
  code;
  constructor(e) {
    super(e.message);
    this.code = e.code;
  }
};
async function inspectBinary(path, host = local()) {
  const all = await inspectBinaryAll(path, host);
  return all[0];
}
__name(inspectBinary, "inspectBinary");
async function inspectBinaryAll(path, host = local()) {
  const opened = await openBinary(host, path);
  if (!opened) throw new NotABinaryError(NOT_A_BINARY);
  return inspectOpened(opened, path);
}
__name(inspectBinaryAll, "inspectBinaryAll");
async function readBuildInfoSummary(path, host = local()) {
  const opened = await openBinary(host, path);
  if (!opened) return null;
  try {
    return await buildInfoSummary(opened);
  } finally {
    opened.close();
  }
}
__name(readBuildInfoSummary, "readBuildInfoSummary");
function openBinary(host, path, opts = {}) {
  return host.openFile(path, { ...opts, headBytes: FORMAT_HEAD_BYTES }).then(recognised);
}
__name(openBinary, "openBinary");
function recognised(file) {
  if (isHostError(file)) {
    if (file.code === "EISDIR" || file.code === "ENOTREG") throw new NotABinaryError(file.message);
    throw new HostFileError(file);
  }
  if (detectFormat(file.head) !== null) return file;
  file.close();
  return null;
}
__name(recognised, "recognised");
var FORMAT_HEAD_BYTES = 16;
async function inspectOpened(file, path) {
  try {
    return await inspectSourceOrNull(file, path) ?? [];
  } finally {
    file.close();
  }
}
__name(inspectOpened, "inspectOpened");

export {
  HostFileError,
  inspectBinary,
  inspectBinaryAll,
  readBuildInfoSummary,
  openBinary,
  FORMAT_HEAD_BYTES,
  inspectOpened
};
