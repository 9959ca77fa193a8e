import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/facts/findings.ts
var SEVERITIES = ["error", "warning", "info"];
var CATEGORIES = [
  "toolchain",
  // 1xx: go binaries, PATH, installs
  "settings",
  // 2xx: go env values and their provenance
  "shell",
  // 3xx: shell startup files and contexts
  "system",
  // 4xx: OS, kernel, libc, SELinux, cgroups, temp dirs, CA
  "modules",
  // 5xx: proxy, checksum DB, private modules
  "dockerfile",
  // 6xx
  "ci",
  // 7xx: CI workflows, Makefiles
  "gomod",
  // 7xx: go.mod, go.work, tools.go
  "deploy",
  // 77x-78x: Kubernetes manifests, Helm values, compose files
  "artifact",
  // 8xx: built binaries
  "runtime",
  // 9xx: real build/run probes
  "hang",
  // 95x: blocked output
  "remote"
  // 97x: remote targets (doctor --on): sessions, transports, fleet
];
function severityRank(s) {
  return s === "error" ? 3 : s === "warning" ? 2 : 1;
}
__name(severityRank, "severityRank");

export {
  SEVERITIES,
  CATEGORIES,
  severityRank
};
