import type { Category, CommandFix, EditFix, Evidence, Fix, Location, ManualFix, RelatedLocation, Severity } from '../facts/findings.js';
import type { Facts, FactArea, FactValue } from '../facts/schema.js';

/** What a rule's check sees: the unwrapped facts of the areas it requires. */
export type RequiredFacts<R extends FactArea> = { [K in R]: FactValue<K> } & { all: Facts };

/** A fix title declared in the rule's `fixTitles`, by id, with the values of its placeholders. */
export interface FixTitleRef {
  fixTitle: string;
  data?: Record<string, unknown>;
}

/** A fix title: an id of the rule's `fixTitles` (fixTitle()), or an inline string in rules that declare none. */
export type FixTitle = string | FixTitleRef;

/** A fix as a rule reports it: the title is rendered by the engine from the rule's `fixTitles`. */
export type Drafted<T extends Fix> = Omit<T, 'title'> & { title: FixTitle };
export type FixDraft = Drafted<CommandFix> | Drafted<EditFix> | Drafted<ManualFix>;

/** Refer to a fix title of the rule's metadata; data fills its `{name}` placeholders. */
export function fixTitle(id: string, data?: Record<string, unknown>): FixTitleRef {
  return data ? { fixTitle: id, data } : { fixTitle: id };
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number | boolean>;
  evidence?: Evidence;
  fixes?: FixDraft[];
  location?: Location;
  /** Other places the finding concerns (shown there too: SARIF related locations, GitHub annotations). */
  related?: RelatedLocation[];
  /** Override the rule's default severity for this one finding (e.g. info vs error by case). */
  severity?: Severity;
}

export interface RuleDocs {
  /** What the rule detects, in one paragraph. */
  what: string;
  /** Why it matters, with the mechanism. */
  why: string;
  /** How to fix it, in general terms; findings carry concrete fixes. */
  fix: string;
}

export interface Rule<R extends FactArea = FactArea, M extends string = string> {
  id: string; // GDnnn, never reused
  name: string; // kebab-case
  category: Category;
  severity: Severity;
  title: string;
  requires: readonly R[];
  messages: Record<M, string>;
  /** Titles of the fixes the rule offers, by id (`{name}` placeholders); shown in the docs. */
  fixTitles?: Record<string, string>;
  /** Primary sources: Go source paths, release notes, man pages. */
  sources: readonly string[];
  fixable: boolean;
  docs: RuleDocs;
  check(facts: RequiredFacts<R>): Report<M>[];
}

/** Identity helper that keeps message ids and required areas typed. */
export function defineRule<R extends FactArea, M extends string>(rule: Rule<R, M>): Rule<R, M> {
  return rule;
}

/** Erased rule type for registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string>;

/** A message template, its id or placeholders do not match what a rule reported. */
export class MessageError extends Error {}

/**
 * Tests set GODIAG_STRICT_MESSAGES=1 (scripts/test.mjs): a placeholder missing from data, an
 * unknown message or fix title id then throws instead of showing the raw text to a user.
 */
export function strictMessages(): boolean {
  return typeof process !== 'undefined' && process.env.GODIAG_STRICT_MESSAGES === '1';
}

/** Render `{name}` placeholders from data; unknown placeholders stay visible, or throw when strict. */
export function renderMessage(template: string, data: Record<string, unknown> = {}, strict = strictMessages()): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (k in data) return String(data[k]);
    if (strict) throw new MessageError(`placeholder ${m} of ${JSON.stringify(template)} has no value in data`);
    return m;
  });
}

/** The message of one report: its template rendered with its data. */
export function reportMessage(rule: AnyRule, r: Report<string>, strict = strictMessages()): string {
  const template = (rule.messages as Record<string, string>)[r.messageId];
  if (template === undefined && strict) throw new MessageError(`${rule.id}: unknown message id ${JSON.stringify(r.messageId)}`);
  return renderMessage(template ?? r.messageId, r.data, strict);
}

/** The fixes of one report with their titles rendered from the rule's fixTitles. */
export function reportFixes(rule: AnyRule, r: Report<string>, strict = strictMessages()): Fix[] {
  return (r.fixes ?? []).map((f) => {
    const t = f.title;
    if (typeof t === 'string') {
      if (strict && rule.fixTitles) throw new MessageError(`${rule.id}: inline fix title ${JSON.stringify(t)}; declare it in fixTitles`);
      return f as Fix;
    }
    const template = rule.fixTitles?.[t.fixTitle];
    if (template === undefined) {
      if (strict) throw new MessageError(`${rule.id}: unknown fix title id ${JSON.stringify(t.fixTitle)}`);
      return { ...f, title: t.fixTitle } as Fix;
    }
    return { ...f, title: renderMessage(template, t.data, strict) } as Fix;
  });
}
