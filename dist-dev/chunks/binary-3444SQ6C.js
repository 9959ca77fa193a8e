import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  NOT_A_BINARY,
  NotABinaryError,
  buildInfoSummary,
  detectFormat,
  inspectBuffer,
  inspectSource,
  inspectSourceOrNull
} from "./chunk-MOCWQAJ4.js";
import "./chunk-SFO5HY6L.js";
import "./chunk-URFTV32G.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-EDRERVNO.js";
import {
  FormatError
} from "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import "./chunk-YOIVYTSO.js";
export {
  FormatError,
  NOT_A_BINARY,
  NotABinaryError,
  buildInfoSummary,
  detectFormat,
  inspectBuffer,
  inspectSource,
  inspectSourceOrNull
};
