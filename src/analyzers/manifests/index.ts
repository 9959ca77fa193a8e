// Deployment manifests: which YAML files are Kubernetes workloads, Helm values or compose
// files, read into workload facts. Names decide compose and values files; a Kubernetes
// manifest can have any name, so its content decides (a workload kind at the top level).
import type { ManifestFile } from '../../facts/schema/manifests.js';
import { composeWorkloads } from './compose.js';
import { helmValuesWorkloads } from './helm-values.js';
import { isK8sObject, k8sWorkloads, WORKLOAD_KINDS } from './kubernetes.js';
import { TEMPLATE_ACTION, yamlDocuments } from './documents.js';
import { selinuxHint } from '../files/selinux-hint.js';
import { renderHelmTemplate } from './helm-template.js';
import type { ChartValues } from './helm-chart.js';

const COMPOSE_NAME = /(^|\/)(docker-)?compose(\.[^/]*)?\.ya?ml$/i;
const VALUES_NAME = /(^|\/)values([.-][^/]*)?\.ya?ml$/i;
const WORKLOAD_KIND = new RegExp(`^kind:\\s*["']?(${[...WORKLOAD_KINDS, 'List'].join('|')})\\b`, 'm');

/** Compose files and Helm values are known by their names, whatever they hold. */
export function manifestByName(path: string): boolean {
  return COMPOSE_NAME.test(path) || VALUES_NAME.test(path);
}

export function manifestFormat(path: string, text: string): ManifestFile['format'] | null {
  if (COMPOSE_NAME.test(path)) return /^services:/m.test(text) ? 'compose' : null;
  if (VALUES_NAME.test(path)) return /^\s*(resources|image):/m.test(text) ? 'helm-values' : null;
  return WORKLOAD_KIND.test(text) && /^apiVersion:/m.test(text) ? 'kubernetes' : null;
}

/** The file's workloads, or null when it is not a deployment manifest. `chart`: a chart template's values. */
export function readManifest(path: string, text: string, chart?: ChartValues): ManifestFile | null {
  const format = manifestFormat(path, text);
  if (!format) return null;
  const file: ManifestFile = { path, format, workloads: [], skipped: [], selinux: null };
  if (format === 'kubernetes' && chart && TEMPLATE_ACTION.test(text)) {
    readChartTemplate(file, text, chart);
    return file;
  }
  for (const d of yamlDocuments(text, format === 'kubernetes', format === 'kubernetes' ? WORKLOAD_KIND : undefined)) {
    if (d.skipped) {
      file.skipped.push({ line: d.line, reason: d.skipped });
      continue;
    }
    const doc = d.doc!;
    if (format === 'compose') file.workloads.push(...composeWorkloads(doc));
    else if (format === 'helm-values') file.workloads.push(...helmValuesWorkloads(doc));
    else if (isK8sObject(doc.root)) file.workloads.push(...k8sWorkloads(doc));
  }
  if (format === 'compose') file.selinux = selinuxHint(text, file.workloads.flatMap((w) => w.containers.flatMap((c) => c.binds)));
  return file;
}

/** A chart template rendered with the chart's values.yaml; lines point back into the template. */
function readChartTemplate(file: ManifestFile, text: string, chart: ChartValues): void {
  file.helmChart = chart.chart;
  const r = renderHelmTemplate(text, chart.values);
  file.helmValuesRead = r.valuesRead;
  const back = (line: number) => r.lineOf[line - 1] ?? line;
  for (const d of yamlDocuments(r.text, false, WORKLOAD_KIND)) {
    if (d.skipped) file.skipped.push({ line: back(d.line), reason: `rendered with the chart's values.yaml: ${d.skipped}` });
    else if (isK8sObject(d.doc!.root)) file.workloads.push(...k8sWorkloads(d.doc!).map((w) => relined(w, back)));
  }
  if (file.workloads.length === 0 && r.omitted) {
    file.skipped.push({ line: 1, reason: 'Helm template: its workload sits under a condition or loop that needs more than the chart\'s values.yaml (range, include, .Release ...)' });
  }
}

/** Every `line` of a workload's facts mapped through `back`. */
function relined<T>(v: T, back: (line: number) => number): T {
  if (Array.isArray(v)) return v.map((x) => relined(x, back)) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'line' && typeof x === 'number' ? back(x) : relined(x, back)])) as T;
  }
  return v;
}
