import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import { nestjsModel } from './nestjs.js';

describe('nestjs model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(nestjsModel)).toEqual([]);
    expect(nestjsModel.sink).toBe('response');
  });

  it('declares routes with @Controller and verb decorators from @nestjs/common', () => {
    expect(nestjsModel.decorators?.controller).toEqual(['Controller']);
    expect(nestjsModel.decorators?.routes).toEqual(expect.arrayContaining(['Get', 'Post', 'Delete']));
    expect(nestjsModel.returnIsBody).toBe(true);
  });

  it('passes @Res() to Express writes and reads @Header and @HttpCode', () => {
    expect(nestjsModel.decorators?.params?.response).toContain('Res');
    expect(nestjsModel.decorators?.params?.writesOn).toBe('express');
    expect(nestjsModel.decorators?.responseDecorators?.map((d) => d.name)).toEqual(expect.arrayContaining(['Header', 'HttpCode']));
  });

  it('matches HttpException subclasses by name, but not other classes', () => {
    const pattern = new RegExp(nestjsModel.exceptions?.[0]?.pattern ?? '$^');
    for (const name of ['HttpException', 'NotFoundException', 'UnauthorizedException', 'ForbiddenException', 'BadRequestException']) {
      expect(pattern.test(name)).toBe(true);
    }
    expect(pattern.test('ExceptionFilter')).toBe(false);
    expect(pattern.test('NotFoundError')).toBe(false);
  });
});
