import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../taxonomy/categories/index.js';
import { CATEGORY_IDS } from '../taxonomy/ids.js';
import { findSensitiveValues } from './find-sensitive-values.js';
import { VALUE_DETECTORS } from './registry.js';

// A value example may carry a label its detector needs (`aws_secret_access_key=`); the match must
// then cover everything after the label.
const LABEL = /^[A-Za-z_ ]*[:=] ?$/;

describe.each(CATEGORY_IDS)('category %s', (id) => {
  const category = CATEGORIES[id];

  it('lists exactly the detectors of its category', () => {
    const own = VALUE_DETECTORS.filter((d) => d.category === id).map((d) => d.id);
    expect([...category.valueDetectors].sort()).toEqual(own.sort());
  });

  it.each(category.examples.values.map((v) => [v]))('finds the value example %j', (value) => {
    for (const text of [value, `before ${value} after`, `{"field":"${value}"}`]) {
      const offset = text.indexOf(value);
      const matches = findSensitiveValues(text);
      expect(matches).toHaveLength(1);
      const [match] = matches;
      expect(match?.category).toBe(id);
      expect(category.valueDetectors).toContain(match?.detector);
      expect(match?.end).toBe(offset + value.length);
      expect(value.slice(0, (match?.start ?? 0) - offset)).toMatch(match?.start === offset ? /^$/ : LABEL);
    }
  });

  it.each(category.examples.notValues.map((v) => [v]))('does not find the near miss %j as this category', (value) => {
    for (const text of [value, `before ${value} after`]) {
      expect(findSensitiveValues(text).filter((m) => m.category === id)).toEqual([]);
    }
  });
});

it('gives every category with a detector at least two value examples and three near misses', () => {
  for (const id of CATEGORY_IDS) {
    const category = CATEGORIES[id];
    if (category.valueDetectors.length === 0) continue;
    expect(category.examples.values.length, id).toBeGreaterThanOrEqual(2);
    expect(category.examples.notValues.length, id).toBeGreaterThanOrEqual(3);
  }
});

it('has a value example found by each detector', () => {
  const found = new Set(
    CATEGORY_IDS.flatMap((id) => CATEGORIES[id].examples.values.flatMap((v) => findSensitiveValues(v).map((m) => m.detector))),
  );
  expect([...found].sort()).toEqual(VALUE_DETECTORS.map((d) => d.id).sort());
});
