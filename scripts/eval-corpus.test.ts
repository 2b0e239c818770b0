import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRuleFor, isCategoryId, isSinkId } from '@leakwatch/core';
import { describe, expect, it } from 'vitest';

/** One entry of an evaluation fixture's expected-findings.json. */
interface ExpectedFinding {
  file: string;
  line: number;
  ruleId: string;
  category: string;
  sink: string;
  engines: string[];
  note: string;
}

const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url));
const evalFixtures = readdirSync(fixturesDir).filter((name) => name.startsWith('eval-')).sort();

function readExpected(name: string): ExpectedFinding[] {
  return JSON.parse(readFileSync(join(fixturesDir, name, 'expected-findings.json'), 'utf8')) as ExpectedFinding[];
}

function listSources(name: string): string[] {
  return readdirSync(join(fixturesDir, name, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
}

// A finding sits where a sink statement starts: a logger, console or wrapper call, a response
// write, a `return` from a handler or resolver, a thrown HTTP exception, or an outgoing request.
const SINK_START =
  /^\s*(?:if \(.+\) )?(?:return\b|throw\b|(?:const \w+ = )?await\b|ctx\.(?:body|set|throw)\b|res\.|reply\.|c\.(?:json|text)\(|(?:this\.)?log(?:ger)?\.\w+\(|request\.log\.\w+\(|console\.\w+\(|Sentry\.\w+\(|analytics\.\w+\(|log\(|track(?:Event)?\(|send\w*\()/;

describe('the evaluation corpus', () => {
  it('has forty-nine apps, one of them clean', () => {
    expect(evalFixtures).toHaveLength(49);
    expect(readExpected('eval-clean')).toEqual([]);
  });

  it('leaves most findings to whole-program analysis: a name-matching linter should miss them', () => {
    const all = evalFixtures.flatMap(readExpected);
    const analyzerOnly = all.filter((entry) => !entry.engines.includes('eslint'));
    expect(all.length).toBeGreaterThan(60);
    expect(analyzerOnly.length * 2).toBeGreaterThan(all.length);
  });

  for (const name of evalFixtures) {
    describe(name, () => {
      const expected = readExpected(name);

      it('is a private fixture package with a strict NodeNext tsconfig and 4 to 10 source files', () => {
        const pkg = JSON.parse(readFileSync(join(fixturesDir, name, 'package.json'), 'utf8')) as { name: string; private: boolean };
        expect(pkg.name).toBe(`@leakwatch-fixtures/${name}`);
        expect(pkg.private).toBe(true);
        const tsconfig = readFileSync(join(fixturesDir, name, 'tsconfig.json'), 'utf8');
        for (const option of ['"strict": true', '"module": "nodenext"', '"noEmit": true']) expect(tsconfig).toContain(option);
        const sources = listSources(name);
        expect(sources.length).toBeGreaterThanOrEqual(4);
        expect(sources.length).toBeLessThanOrEqual(10);
      });

      it('lists known rules, categories and sinks, with the rule core assigns to each pair', () => {
        for (const entry of expected) {
          expect(isCategoryId(entry.category), entry.category).toBe(true);
          expect(isSinkId(entry.sink), entry.sink).toBe(true);
          if (isCategoryId(entry.category) && isSinkId(entry.sink)) expect(entry.ruleId).toBe(findRuleFor(entry.category, entry.sink));
          expect(entry.engines).toContain('analyzer');
          for (const engine of entry.engines) expect(['eslint', 'analyzer']).toContain(engine);
          expect(entry.note.length).toBeGreaterThan(20);
        }
      });

      it('is sorted, with one entry per (category, sink) and place', () => {
        const keys = expected.map((e) => [e.file, String(e.line).padStart(6, '0'), e.ruleId, e.category].join('|'));
        expect(keys).toEqual([...keys].sort());
        const places = expected.map((e) => `${e.file}:${e.line}:${e.category}:${e.sink}`);
        expect(new Set(places).size).toBe(places.length);
      });

      it('points every entry at an existing line where a sink statement starts', () => {
        for (const entry of expected) {
          const path = join(fixturesDir, name, entry.file);
          expect(existsSync(path), entry.file).toBe(true);
          const line = readFileSync(path, 'utf8').split('\n')[entry.line - 1] ?? '';
          expect(line, `${entry.file}:${entry.line}`).toMatch(SINK_START);
        }
      });
    });
  }
});
