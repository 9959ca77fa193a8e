// Helm charts in a lint tree: which chart a template belongs to (the nearest directory above its
// templates/ folder that holds Chart.yaml) and the values it renders with (that chart's
// values.yaml: helm's defaults; the -f files of a release are not known here).
import { load as parseYaml } from 'js-yaml';
import type { ManifestFile } from '../../facts/schema/manifests.js';
import { valuesPathOf } from './helm-values.js';
import { UNRESOLVED } from './helm-template.js';

export interface ChartValues {
  /** The chart directory, relative to the lint root ('' for the root itself). */
  chart: string;
  values: unknown;
}

const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);
/** The image without tag or digest: a tag from .Chart.AppVersion does not hide which program it is. */
const repository = (image: string) => image.split('@')[0]!.replace(/:[^/:]*$/, '');
const dotted = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A lookup from template path to its chart's values; undefined for files outside a chart's templates/ or a values.yaml that does not parse. */
export function chartValuesIndex(inputs: Iterable<{ path: string; text: string | null }>): (path: string) => ChartValues | undefined {
  const texts = new Map<string, string | null>();
  for (const i of inputs) texts.set(i.path, i.text);
  const parsed = new Map<string, ChartValues | undefined>();
  const valuesOf = (chart: string): ChartValues | undefined => {
    if (parsed.has(chart)) return parsed.get(chart);
    const text = texts.get(join(chart, 'values.yaml')) ?? (texts.has(join(chart, 'values.yaml')) ? null : '');
    let values: ChartValues | undefined;
    try {
      values = text === null ? undefined : { chart, values: text ? parseYaml(text) ?? {} : {} };
    } catch {
      values = undefined;
    }
    parsed.set(chart, values);
    return values;
  };
  return (path) => {
    for (let at = path.lastIndexOf('templates/'); at >= 0; at = path.lastIndexOf('templates/', at - 1)) {
      if (at > 0 && path[at - 1] !== '/') continue;
      const chart = path.slice(0, Math.max(0, at - 1));
      if (texts.has(join(chart, 'Chart.yaml'))) return valuesOf(chart);
      if (at === 0) break;
    }
    return undefined;
  };
}

/**
 * A container of a values.yaml (read by the helm create conventions) whose resources a rendered
 * template of the same chart placed is judged in that template: reading it from the values too
 * would report it twice. Containers no rendered template read stay, and so do those placed by a
 * template whose image repository a helper builds (include, template): the values still name the image,
 * which tells whether the program is a Go one.
 */
export function preferRenderedCharts(manifests: ManifestFile[]): void {
  const read = new Map<string, Set<string>>();
  for (const m of manifests) {
    if (m.helmChart === undefined || m.workloads.length === 0) continue;
    if (m.workloads.some((w) => w.containers.some((c) => !c.image || repository(c.image.value).includes(UNRESOLVED)))) continue;
    const set = read.get(m.helmChart) ?? new Set<string>();
    for (const p of m.helmValuesRead ?? []) set.add(p);
    read.set(m.helmChart, set);
  }
  for (const m of manifests) {
    if (m.format !== 'helm-values') continue;
    const chart = m.path.includes('/') ? m.path.slice(0, m.path.lastIndexOf('/')) : '';
    const paths = read.get(chart);
    if (!paths || m.path !== join(chart, 'values.yaml')) continue;
    const placed = (w: ManifestFile['workloads'][number]) => {
      const resources = dotted(valuesPathOf(w), 'resources');
      return [...paths].some((p) => p === resources || p.startsWith(`${resources}.`));
    };
    for (const w of m.workloads.filter(placed)) m.skipped.push({ line: w.line, reason: `${w.name}: read through the chart's templates, which place these values` });
    m.workloads = m.workloads.filter((w) => !placed(w));
  }
}
