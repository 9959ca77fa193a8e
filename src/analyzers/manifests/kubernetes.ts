// Kubernetes workloads (core/v1 PodSpec inside Pod, Deployment, StatefulSet, DaemonSet,
// ReplicaSet, Job, CronJob; List items) → workload facts.
import { entries, get, items, posOf, str, type YamlDoc, type YNode } from '../ci/yaml.js';
import type { ManifestContainer, ManifestValue, Workload } from '../../facts/schema/manifests.js';
import { parseK8sQuantity } from '../../knowledge/quantities.js';

export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'];
export const ARCH_LABELS = ['kubernetes.io/arch', 'beta.kubernetes.io/arch'];

export const lineOf = (doc: YamlDoc, node: YNode | null | undefined) => posOf(doc, node).line;

export function value(doc: YamlDoc, node: YNode | null | undefined): ManifestValue | null {
  const v = str(node);
  return v === null ? null : { value: v, line: lineOf(doc, node) };
}

function podSpecOf(kind: string, root: YNode): YNode | null {
  if (kind === 'Pod') return get(root, 'spec');
  if (kind === 'CronJob') return get(get(get(get(get(root, 'spec'), 'jobTemplate'), 'spec'), 'template'), 'spec');
  return get(get(get(root, 'spec'), 'template'), 'spec');
}

/** Words of a command/args list; null for a list holding anything but scalars. */
function words(node: YNode | null): string[] | null {
  if (!node || node.kind !== 'seq') return null;
  const out = node.items.map((i) => str(i));
  return out.every((w): w is string => w !== null) ? out : null;
}

/** core/v1 Container. */
export function k8sContainer(doc: YamlDoc, c: YNode, fallbackName: string): ManifestContainer {
  const env: ManifestContainer['env'] = [];
  for (const e of items(get(c, 'env'))) {
    const name = str(get(e, 'name'));
    if (!name) continue;
    const ref = get(get(e, 'valueFrom'), 'resourceFieldRef');
    // With a divisor the value is in other units (limits.memory / 1Mi): not the byte count.
    const divisor = str(get(ref, 'divisor'));
    const resourceField = divisor && divisor !== '1' ? null : str(get(ref, 'resource'));
    env.push({ name, value: get(e, 'valueFrom') ? null : (str(get(e, 'value')) ?? ''), line: lineOf(doc, e), ...(resourceField ? { resourceField } : {}) });
  }
  const limits = get(get(c, 'resources'), 'limits');
  const mem = get(limits, 'memory');
  const cpu = get(limits, 'cpu');
  const memBytes = str(mem) !== null ? parseK8sQuantity(str(mem)!) : null;
  const cpus = str(cpu) !== null ? parseK8sQuantity(str(cpu)!) : null;
  const exec: ManifestContainer['exec'] = [];
  for (const field of ['command', 'args']) {
    const node = get(c, field);
    const w = words(node);
    if (w) exec.push({ field, words: w, line: lineOf(doc, node) });
  }
  return {
    name: str(get(c, 'name')) ?? fallbackName,
    line: lineOf(doc, c),
    image: value(doc, get(c, 'image')),
    env,
    memoryLimit: memBytes !== null ? { bytes: memBytes, raw: str(mem)!, line: lineOf(doc, mem) } : null,
    cpuLimit: cpus !== null ? { cpus, raw: str(cpu)!, line: lineOf(doc, cpu) } : null,
    exec,
    stdin: value(doc, get(c, 'stdin')),
    stdinOnce: value(doc, get(c, 'stdinOnce')),
    tty: value(doc, get(c, 'tty')),
    binds: [],
  };
}

/** The architectures a pod may be scheduled on, from nodeSelector and required node affinity; null = any. */
export function podArch(doc: YamlDoc, spec: YNode | null): Workload['nodeArch'] {
  for (const label of ARCH_LABELS) {
    const sel = get(get(spec, 'nodeSelector'), label);
    if (str(sel)) return { values: [str(sel)!], line: lineOf(doc, sel) };
  }
  const terms = items(get(get(get(get(spec, 'affinity'), 'nodeAffinity'), 'requiredDuringSchedulingIgnoredDuringExecution'), 'nodeSelectorTerms'));
  if (terms.length === 0) return null;
  const values = new Set<string>();
  let line = 0;
  for (const t of terms) {
    // Terms are ORed: one without an arch expression allows every architecture.
    const expr = items(get(t, 'matchExpressions')).find((e) => ARCH_LABELS.includes(str(get(e, 'key')) ?? ''));
    if (!expr || str(get(expr, 'operator')) !== 'In') return null;
    for (const v of items(get(expr, 'values'))) if (str(v)) values.add(str(v)!);
    line ||= lineOf(doc, expr);
  }
  return values.size ? { values: [...values], line } : null;
}

/** The workloads of one document (a List holds several). */
export function k8sWorkloads(doc: YamlDoc, root: YNode | null = doc.root): Workload[] {
  const kind = str(get(root, 'kind'));
  if (!root || !kind) return [];
  if (kind === 'List' || kind.endsWith('List')) return items(get(root, 'items')).flatMap((i) => k8sWorkloads(doc, i));
  if (!WORKLOAD_KINDS.includes(kind)) return [];
  const spec = podSpecOf(kind, root);
  if (!spec) return [];
  const containers = ['initContainers', 'containers'].flatMap((f) => items(get(spec, f)).map((c, i) => k8sContainer(doc, c, `${f}[${i}]`)));
  return [{ name: `${kind}/${str(get(get(root, 'metadata'), 'name')) ?? '?'}`, kind, line: lineOf(doc, root), containers, nodeArch: podArch(doc, spec) }];
}

export const isK8sObject = (root: YNode | null) => !!str(get(root, 'apiVersion')) && !!str(get(root, 'kind'));
export { entries };
