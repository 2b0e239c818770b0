// Runs a Node script in this process and reports its peak memory (max RSS) on exit, so the
// benchmark measures the analyzer and tsc the same way: `node measure.mjs <script> [args...]`.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => {
  writeSync(2, `\n__leakwatch_bench__ ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
await import(pathToFileURL(script).href);
