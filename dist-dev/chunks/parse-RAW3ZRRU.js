import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  heredocScript,
  parseDockerfile,
  substituteArgs
} from "./chunk-7F3SIAIB.js";
import "./chunk-YOIVYTSO.js";
export {
  heredocScript,
  parseDockerfile,
  substituteArgs
};
