import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findCallSinkModelProblems,
  findHttpClientModelProblems,
  findResponseModelProblems,
  findSanitizerProblems,
} from './check-model.js';
import { HTTP_CLIENT_MODELS } from './http-clients/index.js';
import { LOGGER_MODELS } from './loggers/index.js';
import { RESPONSE_MODELS } from './responses/index.js';
import { SANITIZERS } from './sanitizers/index.js';
import { THIRD_PARTY_MODELS } from './third-party/index.js';

const here = dirname(fileURLToPath(import.meta.url));

// Each folder of models/, its registry, and how to check one of its models.
const FOLDERS = [
  { folder: 'loggers', models: LOGGER_MODELS, problems: findCallSinkModelProblems },
  { folder: 'third-party', models: THIRD_PARTY_MODELS, problems: findCallSinkModelProblems },
  { folder: 'http-clients', models: HTTP_CLIENT_MODELS, problems: findHttpClientModelProblems },
  { folder: 'responses', models: RESPONSE_MODELS, problems: findResponseModelProblems },
  { folder: 'sanitizers', models: SANITIZERS, problems: findSanitizerProblems },
] as const;

function listModelFiles(folder: string): string[] {
  return readdirSync(join(here, folder))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

describe('models meta-test', () => {
  it('covers every folder of models/', () => {
    const folders = readdirSync(here, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(FOLDERS.map((f) => f.folder).sort());
  });

  for (const { folder, models, problems } of FOLDERS) {
    describe(folder, () => {
      it('registers exactly one model per file, whose id is the file name', () => {
        expect(models.map((m) => m.id).sort()).toEqual(listModelFiles(folder));
      });

      it('has a test beside every model file', () => {
        const files = readdirSync(join(here, folder));
        for (const id of listModelFiles(folder)) expect(files, `${folder}/${id}.test.ts`).toContain(`${id}.test.ts`);
      });

      it('exports each model from the file named after its id', () => {
        for (const id of listModelFiles(folder)) {
          const source = readFileSync(join(here, folder, `${id}.ts`), 'utf8');
          expect(source, `${folder}/${id}.ts`).toContain(`id: '${id}'`);
        }
      });

      it('has only well-formed models', () => {
        // The check functions take their own model type; each folder pairs them correctly.
        const check = problems as (model: (typeof models)[number]) => string[];
        expect(models.flatMap((model) => check(model))).toEqual([]);
      });
    });
  }

  it('has unique ids across every folder', () => {
    const ids = FOLDERS.flatMap(({ models }) => models.map((m) => m.id));
    expect(ids.length).toBeGreaterThan(50);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives loggers the log sink and SDKs the third-party sink', () => {
    expect(LOGGER_MODELS.every((m) => m.sink === 'log')).toBe(true);
    expect(THIRD_PARTY_MODELS.every((m) => m.sink === 'third-party')).toBe(true);
  });

  it('lists the conventional-name logger last, after every library model', () => {
    expect(LOGGER_MODELS.at(-1)?.id).toBe('conventional');
  });
});
