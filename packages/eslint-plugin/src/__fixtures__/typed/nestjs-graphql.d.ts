// The shape of `@nestjs/graphql`'s decorators the typed rule tests use: the package is not a
// dependency of the plugin, and the rules match decorators by module and name only.
declare module '@nestjs/graphql' {
  export function Resolver(type?: () => unknown): ClassDecorator;
  export function Query(type?: () => unknown, options?: object): MethodDecorator;
  export function Mutation(type?: () => unknown, options?: object): MethodDecorator;
  export function ResolveField(type?: () => unknown, options?: object): MethodDecorator;
  export function ObjectType(): ClassDecorator;
  export function Field(type?: () => unknown, options?: object): PropertyDecorator;
  export function Args(name?: string, options?: object): ParameterDecorator;
  export function Context(): ParameterDecorator;
  export function Parent(): ParameterDecorator;
  export const ID: unique symbol;
}
