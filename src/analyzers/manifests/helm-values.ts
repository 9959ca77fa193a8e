// Helm values files: no schema, but charts follow the conventions of `helm create` — a map
// with `image` ({registry, repository, tag} or a string), `resources.limits`, `env` (a list of
// name/value or a map) and `nodeSelector` configures one container. Each such map is read as
// a container named by its path in the values (controller., '' for the top level).
import { entries, get, items, str, type YamlDoc, type YNode } from '../ci/yaml.js';
import type { ManifestContainer, Workload } from '../../facts/schema/manifests.js';
import { k8sContainer, lineOf, podArch, value, ARCH_LABELS } from './kubernetes.js';

const ENV_KEYS = ['env', 'extraEnv', 'extraEnvVars', 'envVars'];
const MAX_DEPTH = 6;
const VALUES_PREFIX = 'values ';
const TOP_LEVEL = '(top level)';

/** The values path a workload of a values file was read at: "values controller" → controller, the top level → ''. */
export function valuesPathOf(w: Workload): string {
  const p = w.name.slice(VALUES_PREFIX.length);
  return p === TOP_LEVEL ? '' : p;
}

function imageOf(doc: YamlDoc, node: YNode | null): ManifestContainer['image'] {
  const plain = value(doc, node);
  if (plain) return plain;
  const repo = str(get(node, 'repository')) ?? str(get(node, 'name'));
  if (!repo) return null;
  const registry = str(get(node, 'registry'));
  const tag = str(get(node, 'tag'));
  const full = `${registry ? `${registry}/` : ''}${repo}${tag ? `:${tag}` : ''}`;
  return { value: full, line: lineOf(doc, get(node, 'repository') ?? get(node, 'name')) };
}

function envOf(doc: YamlDoc, scope: YNode): ManifestContainer['env'] {
  const out: ManifestContainer['env'] = [];
  for (const key of ENV_KEYS) {
    const node = get(scope, key);
    if (node?.kind === 'seq') {
      for (const e of node.items) {
        const name = str(get(e, 'name'));
        if (name) out.push({ name, value: get(e, 'valueFrom') ? null : (str(get(e, 'value')) ?? ''), line: lineOf(doc, e) });
      }
    } else if (node?.kind === 'map') {
      for (const [name, v, k] of entries(node)) if (v?.kind !== 'map' && v?.kind !== 'seq') out.push({ name, value: str(v) ?? '', line: lineOf(doc, k) });
    }
  }
  return out;
}

export function helmValuesWorkloads(doc: YamlDoc): Workload[] {
  const out: Workload[] = [];
  const rootArch = podArch(doc, doc.root);
  const visit = (node: YNode | null, path: string, depth: number) => {
    if (!node || node.kind !== 'map' || depth > MAX_DEPTH) return;
    if (get(get(node, 'resources'), 'limits') || get(node, 'image')?.kind === 'map') {
      // The container fields Kubernetes names the same (command, args, stdin, tty) are read as in a PodSpec.
      const base = k8sContainer(doc, node, path || 'values');
      const container: ManifestContainer = { ...base, name: path || '(top level)', image: imageOf(doc, get(node, 'image')), env: envOf(doc, node) };
      const arch = ARCH_LABELS.some((l) => get(get(node, 'nodeSelector'), l)) || get(node, 'affinity') ? podArch(doc, node) : rootArch;
      out.push({ name: `${VALUES_PREFIX}${path || TOP_LEVEL}`, kind: 'Helm values', line: lineOf(doc, node), containers: [container], nodeArch: arch });
    }
    for (const [key, v] of entries(node)) {
      if (['resources', 'image', 'nodeSelector', 'affinity', 'tolerations', ...ENV_KEYS].includes(key)) continue;
      visit(v, path ? `${path}.${key}` : key, depth + 1);
    }
  };
  visit(doc.root, '', 0);
  return out;
}
