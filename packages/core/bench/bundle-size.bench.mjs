// Size of @leakwatch/core in a browser bundle, raw and gzipped: the whole entry, and the value
// scanner alone (what a browser guard pulls in). Run after `pnpm exec tsc -b`:
//   node packages/core/bench/bundle-size.bench.mjs   (or: pnpm run bench core)
// The ceilings that fail CI live in packages/core/src/bundle.test.ts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const fromZod = Object.entries(inputs)
    .filter(([path]) => path.includes('node_modules/zod') || path.includes('node_modules/.pnpm/zod'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`${label.padEnd(44)} raw ${kb(code.length).padStart(9)}   gzip ${kb(gzipSync(code).length).padStart(8)}   (zod: ${kb(fromZod)} raw)`);
}

await measure('@leakwatch/core (whole entry)', "export * from './index.js';");
await measure('value scanner only (find/contains)', "export { findSensitiveValues, containsSensitiveValue } from './index.js';");
await measure('value scanner + VALUE_DETECTORS + createValueScanner', "export { findSensitiveValues, containsSensitiveValue, createValueScanner, VALUE_DETECTORS } from './index.js';");
