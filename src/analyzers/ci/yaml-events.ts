// CI YAML → the positioned tree, from js-yaml's event stream: a strict YAML 1.2 parser (it passes
// the YAML test suite) several times faster than building a full document, and its events carry
// the source offsets the findings need. A file it rejects is read again by yaml-recover.ts.
import { boolCoreTag, EVENT_ID, floatCoreTag, getScalarValue, intCoreTag, NOT_RESOLVED, nullCoreTag, parseEvents, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import { keyText, type YamlDoc, type YMap, type YNode, type YScalar, type YSeq } from './yaml.js';

/** What a plain (unquoted, untagged) scalar means under the core schema, as text. */
function resolvePlain(text: string): { value: string | null; numeric: boolean } {
  if (nullCoreTag.resolve(text, false, nullCoreTag.tagName) !== NOT_RESOLVED) return { value: null, numeric: false };
  const b = boolCoreTag.resolve(text, false, boolCoreTag.tagName);
  if (b !== NOT_RESOLVED) return { value: String(b), numeric: false };
  const n = intCoreTag.resolve(text, false, intCoreTag.tagName);
  if (n !== NOT_RESOLVED) return { value: String(n), numeric: true };
  const f = floatCoreTag.resolve(text, false, floatCoreTag.tagName);
  if (f !== NOT_RESOLVED) return { value: String(f), numeric: true };
  return { value: text, numeric: false };
}

/** A block scalar's content starts on the line after its header; the node starts at the | or >. */
function blockIndicator(text: string, contentStart: number): number {
  const headerStart = text.lastIndexOf('\n', contentStart - 2) + 1;
  const header = text.slice(headerStart, Math.max(headerStart, contentStart - 1));
  const m = /[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.exec(header);
  return m ? headerStart + m.index : contentStart;
}

function scalarNode(text: string, e: ScalarEvent): YScalar {
  const decoded = e.fast ? text.slice(e.valueStart, e.valueEnd) : getScalarValue(text, e);
  const plain = e.style === SCALAR_STYLE.PLAIN && e.tagStart < 0;
  const { value, numeric } = plain ? resolvePlain(decoded) : { value: decoded, numeric: false };
  const block = e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK;
  // Event offsets exclude the quotes; a finding points at the scalar as written, quotes included.
  const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
  const start = block ? blockIndicator(text, e.valueStart) : e.valueStart - quoted;
  return { kind: 'scalar', start, end: e.valueEnd + quoted, block, value, numeric };
}

const NO_KEY = Symbol('no key');
export const MULTIPLE_DOCUMENTS = 'the file holds more than one YAML document; only the first is read';

/** The strict reader: a file it refuses comes back rejected, with the error and where it is. */
export function loadYamlStrict(text: string, firstLine = 1): YamlDoc {
  try {
    const doc = loadYamlEvents(text);
    return firstLine === 1 ? doc : { ...doc, firstLine };
  } catch (e) {
    const shift = firstLine - 1;
    // js-yaml's YAMLException carries a 0-based mark of where it stopped; its message ends with
    // the same place as (line:column), which is restated in file lines.
    const mark = (e as { mark?: { line?: unknown; column?: unknown } }).mark;
    const errorAt = typeof mark?.line === 'number' && typeof mark.column === 'number' ? { line: mark.line + 1 + shift, column: mark.column + 1 } : null;
    const first = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    const message = shift && errorAt ? first.replace(/ \(\d+:\d+\)$/, ` (${errorAt.line}:${errorAt.column})`) : first;
    return { root: null, text, error: message, errorAt, rejected: true, ...(shift ? { firstLine } : {}) };
  }
}

/** Throws js-yaml's YAMLException on a syntax error. Only the first document is read. */
export function loadYamlEvents(text: string): YamlDoc {
  const events = parseEvents(text, {});
  const anchors = new Map<string, YNode>();
  const stack: Array<{ node: YMap | YSeq; key: YNode | null | typeof NO_KEY }> = [];
  let root: YNode | null = null;
  let documents = 0;
  const attach = (node: YNode | null) => {
    const top = stack.at(-1);
    if (!top) root = node;
    else if (top.node.kind === 'seq') {
      if (node) top.node.items.push(node);
    } else if (top.key === NO_KEY) top.key = node;
    else {
      top.node.pairs.push({ key: keyText(top.key), keyNode: top.key, value: node });
      top.key = NO_KEY;
    }
  };
  const anchor = (start: number, end: number, node: YNode) => {
    if (start >= 0) anchors.set(text.slice(start, end), node);
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        // GitHub and GitLab read one document; `yaml` calls a second one an error, and so do we.
        if (++documents > 1) return { root, text, error: MULTIPLE_DOCUMENTS };
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: YMap | YSeq = e.type === EVENT_ID.MAPPING ? { kind: 'map', start: e.start, pairs: [] } : { kind: 'seq', start: e.start, items: [] };
        anchor(e.anchorStart, e.anchorEnd, node);
        attach(node);
        stack.push({ node, key: NO_KEY });
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(text, e);
        anchor(e.anchorStart, e.anchorEnd, node);
        attach(node);
        break;
      }
      case EVENT_ID.ALIAS:
        // An alias shares its anchor's node: nothing is copied, so alias bombs cost nothing.
        attach(anchors.get(text.slice(e.anchorStart, e.anchorEnd)) ?? null);
        break;
      case EVENT_ID.POP:
        stack.pop(); // the last pop of a document has no collection left to close
        break;
    }
  }
  return { root, text, error: null };
}
