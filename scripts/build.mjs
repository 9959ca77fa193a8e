// Bundle the CLI into ESM with no native dependencies. Each subcommand is its own chunk, loaded
// only when run, so `godiag --version` and `godiag doctor` compile only the code they use.
// The entry keeps the hashbang of src/bin.ts.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import * as path from 'node:path';

// zod re-exports all of its ~50 message locales (z.locales) though godiag never selects one:
// English, the default, is registered by zod's schemas module itself. Without this the locales
// were a seventh of the installed package.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const result = await build({
  entryPoints: { godiag: 'src/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  // Local names are shortened, but functions and classes keep their .name (keepNames), so stack
  // traces (shown with -v) still name them: the installed package stays within its size budget.
  minify: true,
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);" },
  define: { __GODIAG_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  plugins: [zodEnglishOnly],
});
// Chunk names carry content hashes: drop the ones an earlier build left behind.
const current = new Set(Object.keys(result.metafile.outputs).map((o) => path.resolve(o)));
for (const f of readdirSync('dist/chunks')) if (!current.has(path.resolve('dist/chunks', f))) rmSync(path.join('dist/chunks', f), { force: true });
chmodSync('dist/godiag.js', 0o755);
