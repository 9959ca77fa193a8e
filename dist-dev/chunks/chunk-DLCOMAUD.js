import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import {
  redactString
} from "./chunk-OQWCGIDS.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/remote/transport.ts
var TargetError = class extends Error {
  static {
    __name(this, "TargetError");
  }
};
var SHELL = ["sh", "-s"];
function notOption(what, value, target) {
  if (!value || value.startsWith("-") || /[\0\n\r]/.test(value)) throw new TargetError(`${target}: invalid ${what} ${JSON.stringify(value)}`);
  return value;
}
__name(notOption, "notOption");
function ssh(target, rest) {
  const m = /^(?:([^@/:]+)@)?(\[[^\]]+\]|[^@/:[\]]+)(?::(\d+))?\/?$/.exec(rest);
  if (!m) throw new TargetError(`${target}: expected ssh://[user@]host[:port] (no password: ssh keys or the agent are used)`);
  const [, user, hostText, port] = m;
  const host = notOption("host", hostText.replace(/^\[|\]$/g, ""), target);
  const argv = ["ssh", "-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=15"];
  if (port) {
    const n = Number(port);
    if (!(n >= 1 && n <= 65535)) throw new TargetError(`${target}: port ${port} out of range`);
    argv.push("-p", String(n));
  }
  if (user) argv.push("-l", notOption("user", user, target));
  return { target, kind: "ssh", argv: [...argv, "--", host, ...SHELL] };
}
__name(ssh, "ssh");
function containerExec(kind, target, rest) {
  const name = notOption("container", rest.replace(/\/$/, ""), target);
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) throw new TargetError(`${target}: expected ${kind}://CONTAINER (a container name or id)`);
  return { target, kind, argv: [kind, "exec", "-i", name, ...SHELL] };
}
__name(containerExec, "containerExec");
function k8s(target, rest) {
  const parts = rest.split("/");
  let context, namespace, pod, container;
  if (parts.length === 2) [namespace, pod] = parts;
  else if (parts.length === 3) [namespace, pod, container] = parts;
  else if (parts.length === 4) [context, namespace, pod, container] = parts;
  else throw new TargetError(`${target}: expected k8s://[context/]namespace/pod[/container]`);
  const argv = ["kubectl"];
  if (context) argv.push("--context", notOption("context", context, target));
  argv.push("exec", "-i", "-n", notOption("namespace", namespace, target), notOption("pod", pod, target));
  if (container) argv.push("-c", notOption("container", container, target));
  return { target, kind: "k8s", argv: [...argv, "--", ...SHELL] };
}
__name(k8s, "k8s");
var CHROOT_LOGIN = "PATH=/usr/sbin:/usr/bin:/sbin:/bin exec env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/sh PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/sh -l -s";
function chroot(target, rest, isRoot) {
  const dir = decodeURIComponent(rest);
  if (!dir.startsWith("/")) throw new TargetError(`${target}: expected chroot:///absolute/dir`);
  if (!isRoot) throw new TargetError(`${target}: chroot needs root (CAP_SYS_CHROOT); run godiag as root for a chroot target, or use --via with your own wrapper`);
  return { target, kind: "chroot", argv: ["chroot", dir, "/bin/sh", "-c", CHROOT_LOGIN] };
}
__name(chroot, "chroot");
function viaTransport(command) {
  const argv = command.trim().split(/\s+/).filter(Boolean);
  if (!argv.length) throw new TargetError("--via needs a command, e.g. --via 'lxc exec box -- sh -s'");
  return { target: `via:${command.trim()}`, kind: "via", argv };
}
__name(viaTransport, "viaTransport");
var LOCAL_PROBE = { target: "local-probe", kind: "local-probe", argv: ["/bin/sh", "-s"] };
function parseTarget(target, isRoot = process.getuid?.() === 0) {
  if (target === "local-probe" || target === "local-probe://") return { ...LOCAL_PROBE };
  const m = /^([a-z0-9-]+):\/\/(.*)$/.exec(target);
  if (!m) throw new TargetError(`${JSON.stringify(target)}: expected ssh://, docker://, podman://, k8s://, chroot:// or local-probe`);
  const [, scheme, rest] = m;
  switch (scheme) {
    case "ssh":
      return ssh(target, rest);
    case "docker":
    case "podman":
      return containerExec(scheme, target, rest);
    case "k8s":
    case "kubectl":
      return k8s(target, rest);
    case "chroot":
      return chroot(target, rest, isRoot);
    default:
      throw new TargetError(`${target}: unknown transport ${scheme}:// (ssh, docker, podman, k8s, chroot, local-probe; --via for anything else)`);
  }
}
__name(parseTarget, "parseTarget");

// src/cli/remote-target.ts
import * as path from "node:path";
var TARGET_FLAGS = {
  on: { type: "string" },
  via: { type: "string" }
};
var TARGET_HELP = `      --on URL                            diagnose another machine through a transport that runs a
                                          POSIX shell there (no Node or godiag needed on it):
                                          ssh://[user@]host[:port], docker://CONTAINER,
                                          podman://CONTAINER, k8s://[context/]namespace/pod[/container]
                                          (kubectl with your kubeconfig), chroot:///DIR (as root),
                                          local-probe (this machine through the same probe)
      --via 'CMD ARGS...'                 any other command that runs \`sh -s\` on the target
`;
function transportFrom(values) {
  if (values.on !== void 0 && values.via !== void 0) throw new UsageError("give either --on URL or --via COMMAND, not both");
  try {
    if (values.via !== void 0) return viaTransport(values.via);
    if (values.on !== void 0) return parseTarget(values.on);
  } catch (e) {
    if (e instanceof TargetError) throw new UsageError(e.message);
    throw e;
  }
  return null;
}
__name(transportFrom, "transportFrom");
async function connectTarget(t, io, connectTimeoutMs) {
  const { RemoteHost } = await import("./remote-host-OVXPMCH7.js");
  try {
    return await RemoteHost.connect(redactString(t.target), { argv: t.argv, env: io.env, ...connectTimeoutMs ? { connectTimeoutMs } : {} });
  } catch (e) {
    throw new UsageError(`cannot reach ${redactString(t.target)}: ${redactString(e.message)}`);
  }
}
__name(connectTarget, "connectTarget");
function targetCwd(host, cwd) {
  return cwd === void 0 ? host.startDir : path.posix.resolve(host.startDir, cwd);
}
__name(targetCwd, "targetCwd");
function describeTarget(facts, host) {
  facts.host = { ...facts.host, arch: host.arch, target: host.target, ...host.broken ? { targetError: redactString(host.broken) } : {} };
}
__name(describeTarget, "describeTarget");
function warnIfBroken(io, host) {
  if (host.broken) io.stderr(`godiag: the session with ${host.target} broke while collecting, so these results are incomplete: ${redactString(host.broken)}
`);
}
__name(warnIfBroken, "warnIfBroken");

export {
  TargetError,
  parseTarget,
  TARGET_FLAGS,
  TARGET_HELP,
  transportFrom,
  connectTarget,
  targetCwd,
  describeTarget,
  warnIfBroken
};
