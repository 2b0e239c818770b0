import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type { CategoryId } from '@leakwatch/core';
import type * as ts from 'typescript';
import type { Knowledge } from './knowledge.js';

// Nested records are followed this deep: `{ data: { user: User } }` still shows User's fields.
const MAX_DEPTH = 3;
// Library and DOM types (Express's Request, Date, Map) describe machinery, not a person's record.
const LIBRARY_FILE = /[\\/]node_modules[\\/]|[\\/]typescript[\\/]lib[\\/]|lib\.[\w.]+\.d\.ts$/;

/**
 * Categories carried by a value's declared type: a `User` whose properties include `passwordHash`
 * and `phone`, seen through aliases, intersections, unions, generics, arrays and promises.
 * One instance per file; results are cached per type.
 */
export class TypeCategories {
  private readonly cache = new Map<ts.Type, readonly CategoryId[]>();
  private readonly checker: ts.TypeChecker;

  constructor(
    private readonly services: ParserServicesWithTypeInformation,
    private readonly knowledge: Knowledge,
  ) {
    this.checker = services.program.getTypeChecker();
  }

  /** Categories of the expression's type, or none for primitives, functions and library types. */
  getCategories(node: TSESTree.Node): readonly CategoryId[] {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return [];
    let type: ts.Type;
    try {
      type = this.checker.getTypeAtLocation(tsNode);
    } catch {
      return [];
    }
    return this.collect(type, 0, new Set());
  }

  /** The names of a record type's data properties, for a projection suggestion; null when not a plain record. */
  getPropertyNames(node: TSESTree.Node): string[] | null {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return null;
    const type = this.checker.getTypeAtLocation(tsNode);
    if (type.isUnion() || this.checker.isArrayType(type) || this.isLibraryType(type)) return null;
    if (this.checker.getIndexInfosOfType(type).length > 0) return null;
    const names: string[] = [];
    for (const symbol of this.checker.getPropertiesOfType(type)) {
      if (!/^[A-Za-z_$][\w$]*$/.test(symbol.name)) return null;
      names.push(symbol.name);
    }
    return names.length > 0 ? names : null;
  }

  /** Categories of a record type's property, by name and by nested type. */
  getPropertyCategories(node: TSESTree.Node, name: string): readonly CategoryId[] {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return [];
    const type = this.checker.getTypeAtLocation(tsNode);
    const symbol = this.checker.getPropertyOfType(type, name);
    const result = new Set(this.knowledge.classifyNames([name]));
    if (symbol) for (const category of this.collect(this.checker.getTypeOfSymbol(symbol), 1, new Set())) result.add(category);
    return [...result];
  }

  private collect(type: ts.Type, depth: number, seen: Set<ts.Type>): readonly CategoryId[] {
    const cached = this.cache.get(type);
    if (cached) return cached;
    if (depth > MAX_DEPTH || seen.has(type)) return [];
    seen.add(type);
    const result = new Set<CategoryId>();
    const add = (categories: readonly CategoryId[]): void => {
      for (const category of categories) result.add(category);
    };
    if (type.isUnion()) {
      for (const member of type.types) add(this.collect(member, depth, seen));
    } else {
      const awaited = this.checker.getAwaitedType(type);
      if (awaited && awaited !== type) {
        add(this.collect(awaited, depth, seen));
      } else if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
        for (const argument of this.checker.getTypeArguments(type as ts.TypeReference)) add(this.collect(argument, depth, seen));
      } else if (this.isRecord(type)) {
        const properties = this.checker.getPropertiesOfType(type);
        const dataNames: string[] = [];
        for (const property of properties) {
          const propertyType = this.checker.getTypeOfSymbol(property);
          if (propertyType.getCallSignatures().length > 0) continue;
          dataNames.push(property.name);
          add(this.collect(propertyType, depth + 1, seen));
        }
        add(this.knowledge.classifyNames(dataNames));
      }
    }
    seen.delete(type);
    const categories = [...result];
    if (depth === 0) this.cache.set(type, categories);
    return categories;
  }

  private isRecord(type: ts.Type): boolean {
    // Primitives have no own properties (only their apparent type has), so no TypeFlags are needed:
    // their values differ between TypeScript versions and the plugin does not import typescript.
    if (type.getCallSignatures().length > 0 || this.checker.getPropertiesOfType(type).length === 0) return false;
    return !this.isLibraryType(type);
  }

  private isLibraryType(type: ts.Type): boolean {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declarations = symbol?.getDeclarations();
    if (!declarations || declarations.length === 0) return false;
    return declarations.every((declaration) => LIBRARY_FILE.test(declaration.getSourceFile().fileName));
  }
}
