// Bundle the CLI into ESM with no native dependencies. Each subcommand is its own chunk, loaded
// only when run, so `godiag --version` and `godiag doctor` compile only the code they use.
import { build } from 'esbuild';
import { readFileSync, chmodSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { godiag: 'src/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);" },
  define: { __GODIAG_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
// The shebang only on the entry point.
const entry = 'dist/godiag.js';
const text = readFileSync(entry, 'utf8');
(await import('node:fs')).writeFileSync(entry, `#!/usr/bin/env node\n${text}`);
chmodSync(entry, 0o755);
