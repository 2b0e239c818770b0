import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Code-first GraphQL (NestJS `@nestjs/graphql` with its real typings, and type-graphql through a
// declared stub): a resolver answers only the `@Field()`s of the output type its decorator names
// (inherited and nested ones included; a scalar answers one value), `@Args()` are the caller's
// input, Nest's HTTP exceptions reach the caller, and HubSpot is a third party. Lines marked
// `// finding <rule>:<category> …` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'es2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      noEmit: true,
      types: ['node'],
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      skipLibCheck: true,
    },
    include: ['src'],
  }),
  'src/models.ts': `import { Field, ID, InputType, InterfaceType, ObjectType } from '@nestjs/graphql';

/** A member as stored: handed out whole by the repository. */
export interface MemberRow {
  id: string;
  handle: string;
  email: string;
  phone: string;
  passwordHash: string;
  apiToken: string;
  iban: string;
  locked: boolean;
  suspended: boolean;
  crmId: string;
}

@InterfaceType()
export abstract class Node {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class MemberCard extends Node {
  @Field() handle!: string;
}

@ObjectType()
export class MemberContact extends MemberCard {
  @Field() email!: string;
}

@ObjectType()
export class TeamType {
  @Field(() => ID) id!: string;
  @Field(() => [MemberContact]) members!: MemberContact[];
}

@ObjectType()
export class OwnProfile {
  @Field() email!: string;
  @Field() phone!: string;
  @Field() apiToken!: string;
}

@ObjectType()
export class OwnSettings {
  @Field() email!: string;
  @Field() phone!: string;
}

@ObjectType()
export class SessionType {
  @Field() token!: string;
}

@ObjectType()
export class InviteType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
}

@InputType()
export class LoginInput {
  @Field() email!: string;
  @Field() password!: string;
}

@InputType()
export class InviteInput {
  @Field() email!: string;
  @Field() phone!: string;
}
`,
  'src/repo.ts': `import type { InviteInput, MemberRow } from './models.js';

const members: MemberRow[] = [];

export function findMember(id: string): MemberRow | undefined {
  return members.find((member) => member.id === id);
}

export function findMemberByEmail(email: string): MemberRow | undefined {
  return members.find((member) => member.email === email);
}

export function listMembers(): MemberRow[] {
  return members;
}

export function saveInvite(input: InviteInput): MemberRow {
  const row: MemberRow = { id: 'm_1', handle: 'new', email: input.email, phone: input.phone, passwordHash: '', apiToken: '', iban: '', locked: false, suspended: false, crmId: '1' };
  members.push(row);
  return row;
}

export function verify(plain: string, hash: string): boolean {
  return plain.length > 0 && hash.length > 0;
}
`,
  'src/crm.ts': `import { Client } from '@hubspot/api-client';
import type { MemberRow } from './models.js';

// The private-app token authenticates to HubSpot itself: no send.
const hubspot = new Client({ accessToken: process.env['HUBSPOT_TOKEN'] ?? '' });

export async function createCrmContact(row: MemberRow): Promise<void> {
  await hubspot.crm.contacts.basicApi.create({ properties: { email: row.email }, associations: [] }); // finding no-sensitive-third-party:contact
}

export async function touchCrmContact(row: MemberRow): Promise<void> {
  await hubspot.crm.contacts.basicApi.update(row.crmId, { properties: { last_seen: 'today' } });
  await hubspot.crm.contacts.basicApi.getById(row.crmId);
}
`,
  'src/guards.ts': `import { Injectable, type CanActivate } from '@nestjs/common';

export interface Ctx {
  req: { user: { id: string } };
}

/** The signed-in caller's id, read off the request the guard authenticated. */
export function readCallerId(ctx: Ctx): string {
  const caller = ctx.req.user;
  return caller.id;
}

@Injectable()
export class JwtAuthGuard implements CanActivate {
  canActivate(): boolean {
    return true;
  }
}
`,
  'src/members.resolver.ts': `import { ConflictException, ForbiddenException, Logger, UnauthorizedException, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { createCrmContact, touchCrmContact } from './crm.js';
import { JwtAuthGuard, readCallerId, type Ctx } from './guards.js';
import { InviteInput, InviteType, LoginInput, MemberCard, MemberContact, OwnProfile, OwnSettings, SessionType, TeamType } from './models.js';
import { findMember, findMemberByEmail, listMembers, saveInvite, verify } from './repo.js';

const logger = new Logger('members');

@Resolver(() => MemberCard)
@UseGuards(JwtAuthGuard)
export class MembersResolver {
  // MemberCard declares only id and handle: the row's e-mail, phone, hash, token, IBAN and flags stay out.
  @Query(() => MemberCard)
  member(@Args('id') id: string) {
    return findMember(id);
  }

  // The type's own field plus the inherited ones: only the e-mail goes out.
  @Query(() => MemberContact)
  memberContact(@Args('id') id: string) {
    return findMember(id); // finding no-sensitive-response:contact
  }

  @Query(() => [MemberContact])
  members() {
    return listMembers(); // finding no-sensitive-response:contact
  }

  // Nested: the team's members go out as MemberContact.
  @Query(() => TeamType)
  team(@Args('id') id: string) {
    return { id, members: listMembers() }; // finding no-sensitive-response:contact
  }

  // Without a type function, the declared return type is the output type.
  @Query()
  memberCard(@Args('id') id: string): MemberCard | undefined {
    return findMember(id);
  }

  // A thrown error's body is not shaped by the output type: its keys go out as they are.
  @Mutation(() => MemberCard)
  rename(@Args('id') id: string, @Args('handle') handle: string) {
    const row = findMember(id);
    if (row !== undefined && row.handle === handle) throw new ConflictException({ takenBy: row.email }); // finding no-sensitive-response:contact
    return row;
  }

  // A scalar answers its one value: a whole row cannot ride along, an e-mail returned as itself does.
  @Mutation(() => Boolean)
  async syncMember(@Args('id') id: string): Promise<boolean> {
    const row = findMember(id);
    if (row === undefined) return false;
    await touchCrmContact(row);
    return true;
  }

  @Query(() => String)
  memberEmail(@Args('id') id: string) {
    return findMember(id)?.email ?? ''; // finding no-sensitive-response:contact
  }

  // Read by the caller's identity: the owner's own e-mail and phone are fine, a stored token is not.
  @Query(() => OwnProfile)
  ownProfile(@Context() ctx: Ctx) {
    return findMember(ctx.req.user.id); // finding no-sensitive-response:credential
  }

  // Keyed by a helper in another module that returns the caller's id: still the owner's own record.
  @Query(() => OwnProfile)
  ownProfileViaHelper(@Context() ctx: Ctx) {
    return findMember(readCallerId(ctx)); // finding no-sensitive-response:credential
  }

  // The same read through a type without the token: the hash and the token are projected away.
  @Query(() => OwnSettings)
  ownSettings(@Context() ctx: Ctx) {
    return findMember(ctx.req.user.id);
  }

  // Signed in but any id: the status flag on a Boolean answer is still the account's state.
  @Query(() => Boolean)
  isLocked(@Args('id') id: string) {
    return findMember(id)?.locked ?? false; // finding no-account-oracle:account-status
  }
}

@Resolver()
export class PublicResolver {
  @Mutation(() => SessionType)
  async login(@Args('input') input: LoginInput): Promise<SessionType> {
    const row = findMemberByEmail(input.email);
    if (!row) {
      logger.warn({ attempt: input }); // finding no-sensitive-log:credential no-sensitive-log:contact
      throw new UnauthorizedException('invalid credentials');
    }
    if (row.locked) throw new ForbiddenException('this account is locked'); // finding no-account-oracle:account-status
    if (!verify(input.password, row.passwordHash)) throw new UnauthorizedException('invalid credentials');
    // After the password: the owner may learn their own state.
    if (row.suspended) throw new ForbiddenException('your account is suspended');
    return { token: 'issued' };
  }

  // An untyped sign-up form is a credential body all the same.
  @Mutation(() => Boolean)
  register(@Args('form') form: Record<string, string>): boolean {
    logger.log(form); // finding no-sensitive-log:credential
    return true;
  }

  // The same untyped form on an operation that takes no password.
  @Mutation(() => Boolean)
  feedback(@Args('form') form: Record<string, string>): boolean {
    logger.log(form);
    return true;
  }

  // What the caller just typed, echoed back: no finding.
  @Mutation(() => InviteType)
  async invite(@Args('input') input: InviteInput): Promise<InviteType> {
    const row = saveInvite(input);
    await createCrmContact(row);
    return { id: row.id, email: input.email };
  }

  // A stored e-mail to an anonymous caller is.
  @Query(() => InviteType)
  inviteById(@Args('id') id: string) {
    const row = findMember(id);
    return { id, email: row?.email ?? '' }; // finding no-sensitive-response:contact
  }
}
`,
  'src/type-graphql.d.ts': `declare module 'type-graphql' {
  export function Resolver(of?: () => unknown): ClassDecorator;
  export function Query(type?: () => unknown, options?: { name?: string }): MethodDecorator;
  export function Mutation(type?: () => unknown, options?: { name?: string }): MethodDecorator;
  export function FieldResolver(type?: () => unknown): MethodDecorator;
  export function Arg(name: string, type?: () => unknown): ParameterDecorator;
  export function Ctx(): ParameterDecorator;
  export function Root(): ParameterDecorator;
  export function ObjectType(): ClassDecorator;
  export function Field(type?: () => unknown): PropertyDecorator;
  export function Authorized(): MethodDecorator;
}
`,
  'src/patients.ts': `import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';

interface PatientRow {
  id: string;
  displayName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
}

declare function findPatient(id: string): PatientRow;

@ObjectType()
class PatientCard {
  @Field() displayName!: string;
  @Field() email!: string;
}

@Resolver(() => PatientCard)
export class PatientResolver {
  // Anonymous: PatientCard's e-mail goes out, the phone and the date of birth do not.
  @Query(() => PatientCard)
  patient(@Arg('id') id: string) {
    return findPatient(id); // finding no-sensitive-response:contact
  }

  @Mutation(() => PatientCard, { name: 'changeEmail' })
  updateEmail(@Arg('email') email: string) {
    return { displayName: 'you', email };
  }

  @Authorized()
  @Query(() => PatientCard)
  self(@Ctx() ctx: { user: { id: string } }) {
    return findPatient(ctx.user.id);
  }

  @FieldResolver(() => String)
  phoneHint(@Root() patient: PatientRow) {
    return patient.phone.slice(-2); // finding no-sensitive-response:phone-fragment
  }
}
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // The real NestJS, GraphQL and HubSpot typings, from the evaluation fixture that installs them.
  const names = ['@nestjs/common', '@nestjs/graphql', '@hubspot/api-client', 'graphql', 'reflect-metadata', 'rxjs', '@types/node'];
  ({ root, result } = await scanTempProject('code-first', FILES, { fixtureLinks: names.map((name) => ['eval-newsroom', name] as const) }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('code-first GraphQL', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(16);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('names operations by method or decorator name, field resolvers by their parent type, and reads guards', () => {
    const routes = result.routes.filter((route) => route.framework === 'graphql').map((route) => `${route.method} ${route.path} ${route.authenticated ? 'authenticated' : 'anonymous'}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'QUERY member authenticated',
        'QUERY ownProfile authenticated',
        'MUTATION login anonymous',
        'MUTATION register anonymous',
        'QUERY patient anonymous',
        'MUTATION changeEmail anonymous',
        'QUERY self authenticated',
        'FIELD PatientCard.phoneHint anonymous',
      ]),
    );
  });
});
