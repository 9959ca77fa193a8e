import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  FORMAT_HEAD_BYTES,
  HostFileError,
  inspectBinary,
  inspectBinaryAll,
  inspectOpened,
  openBinary,
  readBuildInfoSummary
} from "./chunk-DVE6XF4L.js";
import "./chunk-MOCWQAJ4.js";
import "./chunk-SFO5HY6L.js";
import "./chunk-URFTV32G.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-EDRERVNO.js";
import "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import "./chunk-YOIVYTSO.js";
export {
  FORMAT_HEAD_BYTES,
  HostFileError,
  inspectBinary,
  inspectBinaryAll,
  inspectOpened,
  openBinary,
  readBuildInfoSummary
};
