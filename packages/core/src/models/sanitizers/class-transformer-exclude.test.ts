import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { classTransformerExclude } from './class-transformer-exclude.js';

describe('class-transformer-exclude sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(classTransformerExclude)).toEqual([]);
  });

  it('needs ClassSerializerInterceptor or instanceToPlain to take effect', () => {
    expect(classTransformerExclude.calls).toEqual([{ module: 'class-transformer', callee: 'Exclude' }]);
    expect(classTransformerExclude.requires).toContainEqual({ module: '@nestjs/common', callee: 'ClassSerializerInterceptor' });
    expect(classTransformerExclude.requires).toContainEqual({ module: 'class-transformer', callee: 'instanceToPlain' });
  });
});
