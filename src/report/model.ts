import type { Facts } from '../facts/schema.js';
import type { Finding, Skipped, Severity } from '../facts/findings.js';
import type { AnyRule } from '../engine/define-rule.js';
import { VERSION } from './version.js';
import type { ReportSite } from './site.js';

/** Everything a reporter may show. Built once, redacted once, then rendered. */
export interface ReportModel {
  schemaVersion: number;
  tool: { name: 'godiag'; version: string };
  /** The subcommand that produced it: doctor, inspect, lint, shell ... */
  command: string;
  facts: Facts | Record<string, unknown>;
  findings: Finding[];
  skipped: Skipped[];
  /** Rule ids that ran clean, for per-area ✓ marks. */
  passed: string[];
  /** Metadata of the rules that ran, for SARIF's driver.rules and area headings. */
  rules: RuleSummary[];
  /** Collector name → milliseconds. */
  timings: Record<string, number>;
  /** Free-form sections a subcommand adds for humans (inspect summaries, lint file list). */
  sections?: ReportSection[];
  /** Facts a bug report opens with (OS, Go, container, cgroup, memory), one per line. */
  summary?: string[];
  /** Set when the report is emitted: where relative paths start and the repository root above. */
  site?: ReportSite;
  /** Set with site, for SARIF and GitHub: one stable identity per finding (fingerprint.ts). */
  fingerprints?: string[];
}

export interface RuleSummary {
  id: string;
  name: string;
  category: string;
  severity: Severity;
  title: string;
  sources: string[];
  helpUri: string;
  /** First sentence of the rule's rationale: the "why" under a finding. */
  why: string;
  /** The rule's page in Markdown (what, why, fix, sources), for SARIF's help.markdown. */
  help: string;
}

export interface ReportSection {
  title: string;
  lines: string[];
  /** Optional table, rendered aligned in text and as a GitHub table in markdown. */
  table?: { headers: string[]; rows: string[][] };
}

export interface ReporterOptions {
  color: boolean;
  verbose: boolean;
  /** Indent JSON for a person at a terminal; piped or redirected it is compact (lint's runs to megabytes). */
  pretty?: boolean;
  /** Terminal width (COLUMNS): text tables shrink their widest columns to fit it. */
  columns?: number;
}

/** The document, whole or in pieces written one after the other (JSON of large trees). */
export type Reporter = (model: ReportModel, opts: ReporterOptions) => string | Iterable<string>;

export const DOCS_BASE = 'docs/rules';
/** The same pages as published in the npm package (its files include docs/), for links from SARIF. */
export const DOCS_URL = `https://unpkg.com/godiag@${VERSION}/${DOCS_BASE}`;

export function summarizeRule(r: AnyRule): RuleSummary {
  return {
    id: r.id, name: r.name, category: r.category, severity: r.severity, title: r.title,
    sources: [...r.sources], helpUri: `${DOCS_BASE}/${r.id}.md`,
    why: firstSentence(r.docs.why),
    help: [`**${r.title}.**`, '', r.docs.what, '', `**Why it matters.** ${r.docs.why}`, '', `**How to fix.** ${r.docs.fix}`, '', `Sources: ${r.sources.join(', ')}`].join('\n'),
  };
}

function firstSentence(s: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(s.trim());
  return (m ? m[1]! : s.trim()).replace(/\s+/g, ' ');
}
