import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-7FXIZZF3.js";
import {
  SEVERITIES
} from "./chunk-MGOUR3LB.js";
import "./chunk-YOIVYTSO.js";

// src/engine/config-schema.ts
var LevelSchema = external_exports.enum([...SEVERITIES, "off"]);
var ConfigSchema = external_exports.object({
  rules: external_exports.record(external_exports.string(), LevelSchema).default({}),
  /** Module path prefixes the user marks as private (modules area). */
  privateHosts: external_exports.array(external_exports.string()).default([])
}).strict();
export {
  ConfigSchema
};
