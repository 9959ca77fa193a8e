// A YAML file's documents, each parsed on its own with the strict positioned reader of the CI
// files: one broken or templated document does not hide the others. Every document keeps the
// file's line numbers.
import { loadYamlStrict } from '../ci/yaml-events.js';
import type { YamlDoc } from '../ci/yaml.js';

export interface ManifestDoc { doc: YamlDoc | null; line: number; skipped: string | null }

/** Go template actions ({{ .Values.x }}, {{- if }}): Helm renders these before YAML is read. */
export const TEMPLATE_ACTION = /\{\{-?\s*[\s\S]*?\}\}/;

/**
 * `skipTemplated`: a document with template actions is not read (chart templates); else it is
 * tried first (values files quote them). `wanted`: documents whose text does not match are not
 * read at all (a Kubernetes file's CRDs, Services and ConfigMaps hold no workload).
 */
export function yamlDocuments(text: string, skipTemplated = true, wanted?: RegExp): ManifestDoc[] {
  const lines = text.split('\n');
  const out: ManifestDoc[] = [];
  let start = 0;
  const flush = (end: number) => {
    const body = lines.slice(start, end).join('\n');
    const line = start + 1;
    const meaningful = lines.slice(start, end).some((l) => l.trim() && !l.trim().startsWith('#'));
    if (meaningful && (!wanted || wanted.test(body))) {
      const templated = TEMPLATE_ACTION.test(body);
      // Parsed alone and told its first line: padding with the lines before it made files of
      // many documents cost the square of their length.
      const doc = templated && skipTemplated ? null : loadYamlStrict(body, line);
      if (doc && !doc.error) out.push({ doc, line, skipped: null });
      else if (templated) out.push({ doc: null, line, skipped: 'Helm template syntax ({{ }}): its values are known only once helm renders it' });
      else out.push({ doc: null, line, skipped: `YAML error: ${doc!.error}` });
    }
    start = end + 1;
  };
  lines.forEach((l, i) => {
    if (/^---(\s|$)/.test(l) || /^\.\.\.\s*$/.test(l)) flush(i);
  });
  flush(lines.length);
  return out;
}
