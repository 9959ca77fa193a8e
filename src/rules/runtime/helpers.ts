// Shared by the runtime rules: find probe steps and describe their failures.
import type { RuntimeFacts, RuntimeStep } from '../../facts/schema/runtime.js';

export function stepsNamed(rt: RuntimeFacts, name: RuntimeStep['name']): RuntimeStep[] {
  return rt.steps.filter((s) => s.name === name);
}

/** Evidence every runtime finding carries: what ran and what go said. */
export function stepEvidence(s: RuntimeStep): Record<string, unknown> {
  return { command: s.command, ms: s.ms, failure: s.failure, problems: s.problems, binary: s.binary };
}

/** The first line of go's error, for a one-line message. */
export function firstLine(s: RuntimeStep): string {
  return (s.failure?.detail ?? s.problems[0] ?? 'no output').split('\n')[0]!.slice(0, 300);
}
