// Compose files (the Compose Specification, compose-spec.io): services → workload facts.
import { entries, get, items, str, type YamlDoc, type YNode } from '../ci/yaml.js';
import type { ManifestContainer, Workload } from '../../facts/schema/manifests.js';
import { parseDockerBytes } from '../../knowledge/quantities.js';
import { lineOf, value } from './kubernetes.js';
import { disablesLabels } from '../../knowledge/selinux-labels.js';
import { volumeBindOptions } from '../files/container-runs.js';

/** environment: as a list of NAME=VALUE (or bare NAME, taken from the host) or as a map. */
function composeEnv(doc: YamlDoc, node: YNode | null): ManifestContainer['env'] {
  if (node?.kind === 'seq') {
    return node.items.flatMap((i) => {
      const s = str(i);
      if (!s) return [];
      const eq = s.indexOf('=');
      return [{ name: eq < 0 ? s : s.slice(0, eq), value: eq < 0 ? null : s.slice(eq + 1), line: lineOf(doc, i) }];
    });
  }
  return entries(node).map(([name, v, k]) => ({ name, value: str(v), line: lineOf(doc, k) }));
}

/** Short syntax HOST:CONTAINER[:OPTS] whose source is a path (not a named volume), or long syntax type: bind. */
function composeBinds(doc: YamlDoc, node: YNode | null): ManifestContainer['binds'] {
  const out: ManifestContainer['binds'] = [];
  for (const v of items(node)) {
    const s = str(v);
    if (s) {
      const options = volumeBindOptions(s);
      if (options) out.push({ spec: s, options, line: lineOf(doc, v) });
    } else if (str(get(v, 'type')) === 'bind') {
      const selinux = str(get(get(v, 'bind'), 'selinux'));
      out.push({ spec: `${str(get(v, 'source')) ?? '?'}:${str(get(v, 'target')) ?? '?'}`, options: selinux ? [selinux] : [], line: lineOf(doc, v) });
    }
  }
  return out;
}

function execOf(doc: YamlDoc, svc: YNode): ManifestContainer['exec'] {
  const out: ManifestContainer['exec'] = [];
  for (const field of ['entrypoint', 'command']) {
    const node = get(svc, field);
    if (node?.kind !== 'seq') continue;
    const w = node.items.map((i) => str(i));
    if (w.every((x): x is string => x !== null)) out.push({ field, words: w, line: lineOf(doc, node) });
  }
  return out;
}

export function composeWorkloads(doc: YamlDoc): Workload[] {
  const out: Workload[] = [];
  for (const [name, svc, key] of entries(get(doc.root, 'services'))) {
    if (!svc || svc.kind !== 'map') continue;
    const limits = get(get(get(svc, 'deploy'), 'resources'), 'limits');
    const memNode = get(limits, 'memory') ?? get(svc, 'mem_limit');
    const cpuNode = get(limits, 'cpus') ?? get(svc, 'cpus');
    const memBytes = str(memNode) !== null ? parseDockerBytes(str(memNode)!) : null;
    const cpus = str(cpuNode) !== null ? Number(str(cpuNode)) : NaN;
    const platform = str(get(svc, 'platform'));
    const container: ManifestContainer = {
      name, line: lineOf(doc, key),
      image: value(doc, get(svc, 'image')),
      env: composeEnv(doc, get(svc, 'environment')),
      memoryLimit: memBytes !== null ? { bytes: memBytes, raw: str(memNode)!, line: lineOf(doc, memNode) } : null,
      cpuLimit: Number.isFinite(cpus) && cpus > 0 ? { cpus, raw: str(cpuNode)!, line: lineOf(doc, cpuNode) } : null,
      exec: execOf(doc, svc),
      stdin: value(doc, get(svc, 'stdin_open')),
      stdinOnce: null,
      tty: value(doc, get(svc, 'tty')),
      binds: composeBinds(doc, get(svc, 'volumes')),
      labelDisabled: str(get(svc, 'privileged')) === 'true' || items(get(svc, 'security_opt')).some((o) => disablesLabels(str(o) ?? '')),
    };
    const arch = platform?.split('/')[1];
    out.push({ name: `service ${name}`, kind: 'compose service', line: lineOf(doc, key), containers: [container], nodeArch: arch ? { values: [arch], line: lineOf(doc, get(svc, 'platform')) } : null });
  }
  return out;
}
