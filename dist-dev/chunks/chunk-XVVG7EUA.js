import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  makeDir,
  makeTempDir,
  remove,
  writeFile
} from "./chunk-77TINIMA.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/neutral-dir.ts
import * as path from "node:path";
var PROBE_CACHE = ".probe-cache";
var PROBE_CONFIG = ".probe-config";
async function withNeutralDir(host, body) {
  if (host.kind === "remote" && host.neutralDir) return body(await host.neutralDir());
  if (host.kind !== "local") return body("/");
  const dir = makeTempDir("godiag-probe-");
  try {
    const telemetry = path.join(dir, PROBE_CONFIG, "go", "telemetry");
    makeDir(telemetry, { recursive: true });
    writeFile(path.join(telemetry, "mode"), "off\n");
    return await body(dir);
  } finally {
    remove(dir, { recursive: true });
  }
}
__name(withNeutralDir, "withNeutralDir");

export {
  PROBE_CACHE,
  PROBE_CONFIG,
  withNeutralDir
};
