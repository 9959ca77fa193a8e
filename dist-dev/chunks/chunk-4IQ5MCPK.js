import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);

// src/facts/schema-version.ts
var SCHEMA_VERSION = 1;

export {
  SCHEMA_VERSION
};
