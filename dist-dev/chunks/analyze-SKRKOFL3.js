import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  BASE_ENV_KEYS,
  DEFAULT_LOGIN_PATH,
  analyzeShells,
  gosOnPath,
  scanStartupFile,
  shellName
} from "./chunk-UKMLBKWR.js";
import "./chunk-3CEM5G56.js";
import "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import "./chunk-YOIVYTSO.js";
export {
  BASE_ENV_KEYS,
  DEFAULT_LOGIN_PATH,
  analyzeShells,
  gosOnPath,
  scanStartupFile,
  shellName
};
