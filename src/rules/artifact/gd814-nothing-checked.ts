import { defineRule, type Report } from '../../engine/define-rule.js';

/**
 * A gate that checked nothing: with --expect or --require, every path named must yield at least
 * one binary, and --require N needs N binaries in all. Without this a typo, a permission problem or
 * a directory of archives passed with "every check passed".
 */
export const gd814 = defineRule({
  id: 'GD814',
  name: 'nothing-checked',
  category: 'artifact',
  severity: 'error',
  title: 'A path given to inspect --expect or --require yielded no binary to check',
  requires: ['artifacts'],
  messages: {
    noBinary: '{path} yielded no binary to check against --expect: {why}.',
    tooFew: '{count} binaries checked, --require asks for at least {required}.',
  },
  sources: ['src/cmd/go/internal/version/version.go', 'https://docs.github.com/actions/using-workflows/storing-workflow-data-as-artifacts'],
  fixable: false,
  docs: {
    what: 'With --expect or --require, reports each path named on the command line that yielded no binary (a file that could not be read or is in no executable format, a directory holding only archives or scripts), and a total below --require N.',
    why: 'A release gate that checks nothing must not pass: an artifact step that uploaded archives instead of binaries, a changed output path, or a permission problem in CI would otherwise be reported as "every check passed".',
    fix: 'Point inspect at the built binaries (unpack archives first), fix the path or its permissions, or lower --require to the number of binaries the release really has.',
  },
  check({ artifacts }) {
    const gate = artifacts.expect !== null || artifacts.require !== null;
    if (!gate) return [];
    const out: Report<'noBinary' | 'tooFew'>[] = [];
    for (const input of artifacts.inputs) {
      if (input.binaries > 0) continue;
      const own = artifacts.problems.find((p) => p.path === input.path);
      const why = own ? own.message
        : input.files === 0 ? 'it holds no files'
        : `${input.files} file(s), none a Go binary (-v gives the reason per file)`;
      out.push({ messageId: 'noBinary', data: { path: input.path, why }, evidence: { files: input.files }, location: { file: input.path } });
    }
    const count = artifacts.binaries.length;
    if (artifacts.require !== null && count < artifacts.require) {
      out.push({ messageId: 'tooFew', data: { count, required: artifacts.require }, evidence: { inputs: artifacts.inputs.map((i) => `${i.path}: ${i.binaries}`) }, location: { file: artifacts.inputs[0]?.path ?? '.' } });
    }
    return out;
  },
});
