import type { Category, Evidence, Fix, Location, Severity } from '../facts/findings.js';
import type { Facts, FactArea, FactValue } from '../facts/schema.js';

/** What a rule's check sees: the unwrapped facts of the areas it requires. */
export type RequiredFacts<R extends FactArea> = { [K in R]: FactValue<K> } & { all: Facts };

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number | boolean>;
  evidence?: Evidence;
  fixes?: Fix[];
  location?: Location;
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

/** Render `{name}` placeholders from data; unknown placeholders stay visible. */
export function renderMessage(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
