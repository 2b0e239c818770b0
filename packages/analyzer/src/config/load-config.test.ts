import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';
import { renderStarterConfig } from '../cli/init.js';
import { createTempProject } from '../cli/test-cli.js';
import { findConfigFile, loadConfig, loadConfigFile } from './load-config.js';

describe('loadConfigFile', () => {
  it('reads JSON and validates it with core', async () => {
    const root = createTempProject({ 'leakwatch.config.json': JSON.stringify({ names: { phone: ['mobile digits'] }, ignoreNames: ['tokenizer'] }) });
    const config = await loadConfigFile(join(root, 'leakwatch.config.json'));
    expect(config.names.phone).toEqual(['mobile digits']);
    expect(config.ignoreNames).toEqual(['tokenizer']);
    expect(config.testFiles).toEqual(DEFAULT_CONFIG.testFiles);
  });

  it('names the key of an invalid config (core decides the wording)', async () => {
    const root = createTempProject({ 'leakwatch.config.json': JSON.stringify({ names: { phone: ['ok', 7] } }) });
    await expect(loadConfigFile(join(root, 'leakwatch.config.json'), 'leakwatch.config.json')).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'leakwatch.config.json: names.phone[1]: expected a string, got number',
    });
  });

  it('locates a JSON syntax error by line and column, without echoing the input', async () => {
    const root = createTempProject({
      'a.json': '{\n  "names": {\n    "phone": ["a" "b"]\n  }\n}\n',
      'b.json': '{\n  "ignoreNames": [hunter2]\n}\n',
    });
    await expect(loadConfigFile(join(root, 'a.json'), 'a.json')).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: "a.json:3:19: not valid JSON: Expected ',' or ']' after array element",
      location: { file: 'a.json', line: 3, column: 19 },
    });
    const error = (await loadConfigFile(join(root, 'b.json'), 'b.json').catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'CONFIG_INVALID', message: "b.json: not valid JSON: Unexpected token 'h'" });
  });

  it('imports an .mjs default export, or a function returning the config', async () => {
    const root = createTempProject({
      'a/leakwatch.config.mjs': "export default { loggers: ['audit.write'] };\n",
      'b/leakwatch.config.mjs': "export default async () => ({ loggers: ['events.emit'] });\n",
      'c/leakwatch.config.mjs': 'export const config = {};\n',
    });
    expect((await loadConfigFile(join(root, 'a/leakwatch.config.mjs'))).loggers).toEqual(['audit.write']);
    expect((await loadConfigFile(join(root, 'b/leakwatch.config.mjs'))).loggers).toEqual(['events.emit']);
    await expect(loadConfigFile(join(root, 'c/leakwatch.config.mjs'), 'c.mjs')).rejects.toThrow('c.mjs: expected a default export');
  });

  it('transpiles a TypeScript config with ts-morph’s TypeScript and removes the temporary file', async () => {
    const root = createTempProject({
      'leakwatch.config.ts': [
        "import type { LeakwatchConfigInput } from '@leakwatch/core';",
        "const owner: string[] = ['/me', '/account'];",
        'export default { auth: { ownerPaths: owner } } satisfies LeakwatchConfigInput;',
      ].join('\n'),
    });
    const config = await loadConfigFile(join(root, 'leakwatch.config.ts'));
    expect(config.auth.ownerPaths).toEqual(['/me', '/account']);
    expect(readdirSync(root)).toEqual(['leakwatch.config.ts']);
  });

  it('reports a TypeScript syntax error at its line, and a throwing config as unreadable', async () => {
    const root = createTempProject({
      'bad/leakwatch.config.ts': 'export default {\n  names: { phone: [ }\n};\n',
      'throws/leakwatch.config.mjs': "throw new Error('no config for you');\n",
    });
    await expect(loadConfigFile(join(root, 'bad/leakwatch.config.ts'), 'bad.ts')).rejects.toMatchObject({ code: 'CONFIG_INVALID', location: { line: 2 } });
    await expect(loadConfigFile(join(root, 'throws/leakwatch.config.mjs'), 'throws.mjs')).rejects.toMatchObject({
      code: 'CONFIG_UNREADABLE',
      message: 'throws.mjs: cannot load the config: no config for you',
    });
    expect(readdirSync(join(root, 'bad'))).toEqual(['leakwatch.config.ts']);
  });
});

describe('loadConfig', () => {
  it('prefers --config, then the root, then the working directory; none means defaults', async () => {
    const cwd = createTempProject({
      'leakwatch.config.json': JSON.stringify({ loggers: ['fromCwd'] }),
      'app/leakwatch.config.json': JSON.stringify({ loggers: ['fromRoot'] }),
      'other.json': JSON.stringify({ loggers: ['explicit'] }),
      'empty/.keep': '',
    });
    expect((await loadConfig({ root: join(cwd, 'app'), cwd })).config?.loggers).toEqual(['fromRoot']);
    expect((await loadConfig({ root: join(cwd, 'empty'), cwd })).config?.loggers).toEqual(['fromCwd']);
    expect((await loadConfig({ explicit: 'other.json', root: join(cwd, 'app'), cwd })).config?.loggers).toEqual(['explicit']);
    expect(await loadConfig({ root: join(cwd, 'empty'), cwd: join(cwd, 'empty') })).toEqual({ config: undefined, file: undefined });
    await expect(loadConfig({ explicit: 'missing.json', root: cwd, cwd })).rejects.toMatchObject({
      code: 'CONFIG_NOT_FOUND',
      message: 'missing.json: config file not found',
    });
  });

  it('finds config files in core’s order of precedence', () => {
    const root = createTempProject({ 'leakwatch.config.json': '{}', 'leakwatch.config.ts': 'export default {};' });
    expect(findConfigFile([root])).toBe(join(root, 'leakwatch.config.ts'));
    expect(existsSync(join(root, 'leakwatch.config.json'))).toBe(true);
  });
});

describe('the starter config of `leakwatch init`', () => {
  it('parses to exactly the defaults', () => {
    const starter = parseConfig(JSON.parse(renderStarterConfig()), 'leakwatch.config.json');
    // Empty auth lists add nothing to the default markers.
    expect({ ...starter, auth: {} }).toEqual(DEFAULT_CONFIG);
    expect(Object.values(starter.auth).every((list) => Array.isArray(list) && list.length === 0)).toBe(true);
  });
});
