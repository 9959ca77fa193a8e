import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/listen-ports.ts
var LISTEN_NAME = /(listen|bind|addr|address|port|http|https|grpc|web|metrics)/i;
var HOST_PORT = /^(?:[\w.-]*|\[[0-9a-fA-F:.]+\]):(\d{1,5})$/;
function portOf(name, value) {
  const v = value.trim();
  const hp = HOST_PORT.exec(v);
  if (hp) return Number(hp[1]);
  if (/port/i.test(name) && /^\d{1,5}$/.test(v)) return Number(v);
  return null;
}
__name(portOf, "portOf");
function portsFromArgs(words) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const m = /^--?([\w.-]+)(?:=(.*))?$/.exec(w);
    if (!m || !LISTEN_NAME.test(m[1])) continue;
    const value = m[2] ?? words[i + 1];
    if (value === void 0) continue;
    const port = portOf(m[1], value);
    if (port !== null && port > 0 && port < 65536) out.push({ port, source: m[2] !== void 0 ? w : `${w} ${value}` });
  }
  return out;
}
__name(portsFromArgs, "portsFromArgs");
function portsFromEnv(env) {
  const out = [];
  for (const [name, value] of Object.entries(env)) {
    if (!/(PORT|ADDR|LISTEN|BIND)/i.test(name)) continue;
    const port = portOf(name, value);
    if (port !== null && port > 0 && port < 65536) out.push({ port, source: `${name}=${value}` });
  }
  return out;
}
__name(portsFromEnv, "portsFromEnv");

export {
  portsFromArgs,
  portsFromEnv
};
