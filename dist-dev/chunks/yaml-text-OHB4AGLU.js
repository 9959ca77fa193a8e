import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-XKLUKBQK.js";
import {
  __toESM
} from "./chunk-YOIVYTSO.js";

// src/engine/yaml-text.ts
var import_yaml = __toESM(require_dist(), 1);
var export_parseYaml = import_yaml.parse;
export {
  export_parseYaml as parseYaml
};
