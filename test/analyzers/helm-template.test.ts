// Chart templates rendered with the chart's values: what helm would place where the values
// are plain, nothing invented where they are not, and every line traced to its template line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHelmTemplate, UNRESOLVED } from '../../src/analyzers/manifests/helm-template.js';
import { readManifest } from '../../src/analyzers/manifests/index.js';

const render = (t: string, values: unknown) => renderHelmTemplate(t, values);

test('values, toYaml | nindent, trim markers; each output line keeps its template line', () => {
  const t = 'kind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n  resources:\n    {{- toYaml .Values.resources | nindent 4 }}\n  name: x\n';
  const r = render(t, { replicas: 3, resources: { limits: { memory: '1Gi', cpu: 2 } } });
  assert.equal(r.text, 'kind: Deployment\nspec:\n  replicas: 3\n  resources:\n    limits:\n      memory: 1Gi\n      cpu: 2\n  name: x\n');
  assert.deepEqual(r.lineOf, [1, 2, 3, 4, 5, 5, 5, 6, 7]);
  assert.deepEqual(r.valuesRead, ['replicas', 'resources']);
  assert.equal(r.omitted, false);
});

test('if/else and with on values; . inside with is the value, $.Values still the root', () => {
  const t = '{{- if .Values.on }}a: 1{{- else }}a: 2{{- end }}\n{{- with .Values.sel }}\nsel: {{ .arch }} {{ $.Values.name }}\n{{- else }}\nsel: none\n{{- end }}\n';
  assert.equal(render(t, { on: true, sel: { arch: 'arm64' }, name: 'n' }).text, 'a: 1\nsel: arm64 n\n');
  assert.equal(render(t, { on: false, sel: {} }).text, 'a: 2\nsel: none\n');
});

test('what needs helm itself: include alone on a line leaves the key empty, inline becomes UNRESOLVED, range and undecidable conditions are left out', () => {
  const t = 'metadata:\n  name: {{ include "c.fullname" . }}\n  labels:\n    {{- include "c.labels" . | nindent 4 }}\nimage: "{{ .Values.repo }}:{{ .Values.tag | default .Chart.AppVersion }}"\n{{- range .Values.extra }}\nx: {{ . }}\n{{- end }}\n{{- if .Release.IsInstall }}\ny: 1\n{{- end }}\n';
  const r = render(t, { repo: 'ghcr.io/a/b', tag: '', extra: [1] });
  assert.equal(r.text, `metadata:\n  name: ${UNRESOLVED}\n  labels:\nimage: "ghcr.io/a/b:${UNRESOLVED}"\n`);
  assert.equal(r.omitted, true);
});

test('Sprig and Go template functions charts use to place values', () => {
  const v = { a: '', b: 'x', n: 2, list: [], reg: '', img: { registry: 'ghcr.io', repository: 'o/app' } };
  const one = (expr: string) => render(`{{ ${expr} }}`, v).text;
  assert.equal(one('.Values.b | quote'), '"x"');
  assert.equal(one('.Values.a | default "d"'), 'd');
  assert.equal(one('coalesce .Values.reg .Values.img.registry'), 'ghcr.io');
  assert.equal(one('printf "%s/%s" .Values.img.registry .Values.img.repository'), 'ghcr.io/o/app');
  assert.equal(one('if gt (int .Values.n) 1 }}many{{ end'), 'many');
  assert.equal(one('if kindIs "invalid" .Values.missing }}nil{{ end'), 'nil');
  assert.equal(one('if empty .Values.list }}empty{{ end'), 'empty');
  assert.equal(one('if (lower .Values.b | contains "x") }}yes{{ end'), 'yes');
  assert.equal(one('/* a comment */'), '');
  assert.equal(render('a: {{ printf "%q" .Values.b }}', v).text, `a: ${UNRESOLVED}`);
});

test('bounded: an unterminated action, an absurd indent and deep nesting end without throwing', () => {
  assert.equal(render('a: {{ .Values.x', {}).text, 'a: {{ .Values.x');
  assert.equal(render('a: {{ .Values.x | indent 100000000 }}', { x: 'y' }).text, `a: ${UNRESOLVED}`);
  const deep = '{{ if .Values.x }}'.repeat(2000) + 'k: v' + '{{ end }}'.repeat(2000);
  assert.equal(render(deep, { x: 1 }).text, '');
  assert.equal(render(deep, { x: 1 }).omitted, true);
  assert.equal(render('{{ if .Values.x }}'.repeat(50) + 'k: v' + '{{ end }}'.repeat(50), { x: 1 }).text, 'k: v');
});

test('a chart template read as a manifest: workloads with template lines; a workload under range is reported as not read', () => {
  const t = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: {{ .Values.image }}\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n';
  const m = readManifest('chart/templates/d.yaml', t, { chart: 'chart', values: { image: 'api:1', resources: { limits: { memory: '64Mi' } } } })!;
  const c = m.workloads[0]!.containers[0]!;
  assert.deepEqual([m.helmChart, c.image, c.memoryLimit], ['chart', { value: 'api:1', line: 10 }, { bytes: 64 * 1024 * 1024, raw: '64Mi', line: 12 }]);
  const looped = readManifest('chart/templates/d.yaml', `{{- range .Values.apps }}\n${t}{{- end }}\n`, { chart: 'chart', values: { apps: [1] } })!;
  assert.deepEqual(looped.workloads, []);
  assert.match(looped.skipped[0]!.reason, /condition or loop/);
});

test('hostile text: 200,000 unclosed actions are text, read once (a quadratic scan would not end in time)', { timeout: 20_000 }, () => {
  const r = render('a: b\n' + '{{ '.repeat(200_000), {});
  assert.ok(r.text.startsWith('a: b\n{{ {{'));
});
