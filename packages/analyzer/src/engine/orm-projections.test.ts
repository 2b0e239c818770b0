import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// What TypeORM and Mongoose leave out of a record at run time, each positive beside its tricky
// negative, in one program scanned once against the real ORM typings. Lines marked
// `// finding <rule>:<category> …` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, experimentalDecorators: true, types: ['node'] },
    include: ['src'],
  }),
  'src/mongo.ts': `import { Schema, model, type Types } from 'mongoose';

/** A member; \`password\` is deselected, the JSON form drops \`resetToken\`. */
export interface IMember {
  name: string;
  email: string;
  phone: string;
  password: string;
  resetToken: string;
  banned: boolean;
}

const memberSchema = new Schema<IMember>(
  {
    name: { type: String },
    email: { type: String },
    phone: { type: String },
    password: { type: String, select: false },
    resetToken: { type: String },
    banned: { type: Boolean, default: false },
  },
  {
    toJSON: {
      transform(_doc, ret: Record<string, unknown>) {
        delete ret['resetToken'];
        return ret;
      },
    },
  },
);

export const Member = model<IMember>('Member', memberSchema);

/** A support agent: the schema has no type argument, the model links it, and toJSON is set later. */
export interface IAgent {
  name: string;
  email: string;
  phone: string;
  apiKey: string;
}

const agentSchema = new Schema({
  name: String,
  email: String,
  phone: String,
  apiKey: { type: String, select: false },
});
agentSchema.set('toJSON', {
  transform: (_doc: unknown, ret: Record<string, unknown>) => {
    delete ret.phone;
    return ret;
  },
});

export const Agent = model<IAgent>('Agent', agentSchema);

export interface IPost {
  title: string;
  author: Types.ObjectId;
}

export const Post = model<IPost>('Post', new Schema<IPost>({ title: String, author: { type: Schema.Types.ObjectId, ref: 'Member' } }));

/** No interface: the document type is inferred from the definition. */
export const Device = model('Device', new Schema({ label: { type: String }, email: { type: String }, password: { type: String, select: false } }));

/** The public card: a blacklist keeps what it does not name. */
export function findMemberCard(id: string) {
  return Member.findById(id).select('-email -phone -banned').lean();
}
`,
  'src/nest-guest.ts': `import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { model, type HydratedDocument } from 'mongoose';

/** A guest as \\\`@nestjs/mongoose\\\` declares it: a decorated class, not a \\\`new Schema()\\\`. */
@Schema({ collection: 'guests' })
export class Guest {
  @Prop({ required: true })
  email!: string;

  @Prop({ required: true })
  phone!: string;

  @Prop({ select: false })
  passwordHash!: string;

  @Prop()
  passportNumber!: string;
}

export type GuestDocument = HydratedDocument<Guest>;
export const GuestSchema = SchemaFactory.createForClass(Guest);
GuestSchema.set('toJSON', {
  transform(_doc, ret: Record<string, unknown>) {
    delete ret.passportNumber;
    return ret;
  },
});
export const GuestModel = model<Guest>('Guest', GuestSchema);
`,
  'src/nest-guest-routes.ts': `import express from 'express';
import { GuestModel } from './nest-guest.js';

export const guestRouter = express.Router();

// Any :id: the hash is never selected and the transform deletes the passport; e-mail and phone go out.
guestRouter.get('/guests/:id', async (req, res) => {
  const guest = await GuestModel.findById(req.params.id).exec();
  res.json(guest); // finding no-sensitive-response:contact no-sensitive-response:phone
});

// Read out of the document, the passport is no longer behind the transform.
guestRouter.get('/guests/:id/passport', async (req, res) => {
  const guest = await GuestModel.findById(req.params.id).exec();
  res.json({ passport: guest?.passportNumber }); // finding no-sensitive-response:government-id
});
`,
  'src/entities.ts': `import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Team {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  name!: string;

  @Column()
  leadPhone!: string;
}

@Entity()
export class Staff {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  displayName!: string;

  @Column()
  email!: string;

  @Column()
  phone!: string;

  @Column({ select: false })
  password!: string;

  @Column()
  suspended!: boolean;

  @ManyToOne(() => Team)
  team!: Team;
}

@Entity()
export class Badge {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Team)
  team!: Team;
}
`,
  'src/staff-store.ts': `import { DataSource, Repository } from 'typeorm';
import { Badge, Staff } from './entities.js';

export const dataSource = new DataSource({ type: 'postgres', url: process.env['DATABASE_URL'] ?? '' });

/** The directory: the select keeps what the declared \`Staff[]\` would not. */
export function listStaffCards(): Promise<Staff[]> {
  return dataSource.getRepository(Staff).find({ select: { id: true, displayName: true } });
}

/** A custom repository: the reads are TypeORM's own. */
export class StaffRepository extends Repository<Staff> {}
export const staffRepository = new StaffRepository(Staff, dataSource.manager);

export function findStaff(id: number): Promise<Staff | null> {
  return dataSource.getRepository(Staff).findOneBy({ id });
}

export function findStaffForSignIn(email: string): Promise<Staff | null> {
  return dataSource.getRepository(Staff).createQueryBuilder('staff').addSelect('staff.password').where('staff.email = :email', { email }).getOne();
}

export function findBadge(id: number): Promise<Badge | null> {
  return dataSource.getRepository(Badge).findOneBy({ id });
}

export function findBadgeWithTeam(id: number): Promise<Badge | null> {
  return dataSource.getRepository(Badge).findOne({ where: { id }, relations: { team: true } });
}
`,
  'src/mongo-routes.ts': `import express from 'express';
import { Agent, Device, Member, Post, findMemberCard, type IMember } from './mongo.js';

export const app = express();

app.get('/cards/:id', async (req, res) => {
  const card = await Member.findById(req.params.id).select('name email').lean();
  res.json(card); // finding no-sensitive-response:contact
});

app.get('/cards/:id/blacklist', async (req, res) => {
  res.json(await findMemberCard(req.params.id)); // finding no-sensitive-response:credential
});

app.get('/cards/:id/object', async (req, res) => {
  const card = await Member.findById(req.params.id).select({ name: 1, phone: 1 }).lean();
  res.json(card); // finding no-sensitive-response:phone
});

app.get('/cards/:id/object-deny', async (req, res) => {
  const card = await Member.findById(req.params.id, { email: 0, phone: 0, banned: 0, resetToken: 0 }).lean();
  res.json(card);
});

app.get('/cards/:id/projection', async (req, res) => {
  const card = await Member.findById(req.params.id, 'name phone').lean();
  res.json(card); // finding no-sensitive-response:phone
});

app.get('/cards/:id/names', async (req, res) => {
  const card = await Member.findById(req.params.id).select('name').lean();
  res.json(card);
});

app.post('/members/check', async (req, res) => {
  const { name } = req.body as { name: string };
  const member = await Member.findOne({ name }).select('+password -email -phone -banned -resetToken').lean();
  res.json(member); // finding no-sensitive-response:credential
});

app.get('/members/:id', async (req, res) => {
  const member = await Member.findById(req.params.id);
  res.json(member); // finding no-sensitive-response:contact no-sensitive-response:phone no-account-oracle:account-status
});

app.get('/members/:id/reset', async (req, res) => {
  const member = await Member.findById(req.params.id);
  if (!member) return res.sendStatus(404);
  return res.json({ reset: member.resetToken }); // finding no-sensitive-response:credential
});

app.get('/members/:id/plain', async (req, res) => {
  const member = await Member.findById(req.params.id).select('-email -phone -banned');
  if (!member) return res.sendStatus(404);
  return res.json(member.toObject()); // finding no-sensitive-response:credential
});

app.get('/members/:id/log', async (req, res) => {
  const member = await Member.findById(req.params.id).select('-email -phone -banned');
  console.log(member); // finding no-sensitive-log:credential
  console.log(JSON.stringify(member));
  res.sendStatus(204);
});

app.get('/agents/:id', async (req, res) => {
  res.json(await Agent.findById(req.params.id)); // finding no-sensitive-response:contact
});

app.get('/agents/:id/raw', async (req, res) => {
  res.json(await Agent.findById(req.params.id).lean()); // finding no-sensitive-response:contact no-sensitive-response:phone
});

app.get('/agents/:id/key', async (req, res) => {
  res.json(await Agent.findById(req.params.id).select('+apiKey -email')); // finding no-sensitive-response:credential
});

app.post('/agents/seed', async (_req, res) => {
  const agent = await Agent.create({ name: 'Demo', email: 'agent@example.com', phone: '555-0100', apiKey: 'demo' });
  console.log(agent); // finding no-sensitive-log:credential no-sensitive-log:contact no-sensitive-log:phone
  res.sendStatus(201);
});

app.get('/posts/:id', async (req, res) => {
  const post = await Post.findById(req.params.id).populate<{ author: IMember }>('author');
  res.json(post); // finding no-sensitive-response:contact no-sensitive-response:phone no-account-oracle:account-status
});

app.get('/posts/:id/lean', async (req, res) => {
  const post = await Post.findById(req.params.id).populate<{ author: Pick<IMember, 'name' | 'email' | 'password'> }>('author', 'name').lean();
  res.json(post);
});

app.post('/signup', async (req, res) => {
  const member = await Member.create(req.body as Pick<IMember, 'name' | 'email' | 'phone' | 'password'>);
  res.status(201).json({ member }); // finding no-sensitive-response:credential
});

app.post('/members/demo', async (_req, res) => {
  const member = await Member.create({ name: 'Demo', email: 'demo@example.com', phone: '555-0101', password: 'x', resetToken: '', banned: false });
  res.status(201).json({ name: member.name, email: member.email }); // finding no-sensitive-response:contact
});

app.get('/devices/:id', async (req, res) => {
  res.json(await Device.findById(req.params.id).lean()); // finding no-sensitive-response:contact
});

app.get('/devices/:id/secret', async (req, res) => {
  res.json(await Device.findById(req.params.id).select('+password').lean()); // finding no-sensitive-response:contact no-sensitive-response:credential
});

app.get('/stats', async (_req, res) => {
  const [total, banned] = await Promise.all([Member.countDocuments(), Member.countDocuments({ banned: true })]);
  res.json({ total, banned });
});

app.post('/members/:id/rename', async (req, res) => {
  const member = await Member.findByIdAndUpdate(req.params.id, { name: 'Renamed' }, { new: true }).lean();
  res.json(member); // finding no-sensitive-response:contact no-sensitive-response:phone no-sensitive-response:credential no-account-oracle:account-status
});

app.get('/members/:id/state', async (req, res) => {
  const member = await Member.findById(req.params.id).select('banned').lean();
  res.json({ banned: member?.banned }); // finding no-account-oracle:account-status
});
`,
  'src/staff-routes.ts': `import { randomBytes, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { Staff } from './entities.js';
import { dataSource, findBadge, findBadgeWithTeam, findStaff, findStaffForSignIn, listStaffCards, staffRepository } from './staff-store.js';

export const app = express();

function checkPassword(given: string, stored: string): boolean {
  return timingSafeEqual(Buffer.from(given), Buffer.from(stored));
}

app.get('/staff', async (_req, res) => {
  res.json(await listStaffCards());
});

app.get('/staff/emails', async (_req, res) => {
  res.json(await dataSource.getRepository(Staff).find({ select: { id: true, email: true, suspended: false } })); // finding no-sensitive-response:contact
});

app.get('/staff/:id', async (req, res) => {
  res.json(await findStaff(Number(req.params.id))); // finding no-sensitive-response:contact no-sensitive-response:phone no-account-oracle:account-status
});

app.get('/staff/:id/custom', async (req, res) => {
  res.json(await staffRepository.findOneBy({ id: Number(req.params.id) })); // finding no-sensitive-response:contact no-sensitive-response:phone no-account-oracle:account-status
});

app.get('/staff/:id/hash', async (req, res) => {
  res.json(await dataSource.getRepository(Staff).find({ where: { id: Number(req.params.id) }, select: { id: true, password: true } })); // finding no-sensitive-response:credential
});

app.get('/staff/:id/team', async (req, res) => {
  const staff = await dataSource.getRepository(Staff).findOne({ where: { id: Number(req.params.id) }, relations: { team: true }, select: { id: true, team: { id: true, name: true } } });
  res.json(staff);
});

app.get('/staff/:id/lead', async (req, res) => {
  const staff = await dataSource.getRepository(Staff).findOne({ where: { id: Number(req.params.id) }, relations: { team: true }, select: { id: true, team: { leadPhone: true } } });
  res.json(staff); // finding no-sensitive-response:phone
});

app.get('/badges/:id', async (req, res) => {
  res.json(await findBadge(Number(req.params.id)));
});

app.get('/badges/:id/team', async (req, res) => {
  res.json(await findBadgeWithTeam(Number(req.params.id))); // finding no-sensitive-response:phone
});

app.post('/sign-in', async (req, res) => {
  const { email, password } = req.body as { email: string; password: string };
  const staff = await findStaffForSignIn(email);
  if (!staff || !checkPassword(password, staff.password)) return res.sendStatus(401);
  const token = randomBytes(32).toString('hex');
  return res.json({ token, staff }); // finding no-sensitive-response:credential
});

app.post('/staff/seed', async (_req, res) => {
  const staff = dataSource.getRepository(Staff).create({ displayName: 'Demo', email: 'lead@example.com', phone: '555-0102', password: 'x', suspended: false });
  console.log(staff); // finding no-sensitive-log:credential no-sensitive-log:contact no-sensitive-log:phone
  res.sendStatus(201);
});
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  // The real client typings, from the evaluation fixtures that install them.
  ({ root, result } = await scanTempProject('orm-projections', FILES, {
    fixtureLinks: [
      ['eval-recipes', 'mongoose'],
      ['eval-recipes', 'express'],
      ['eval-recipes', '@types/express'],
      ['eval-recipes', '@types/node'],
      ['eval-warehouse', 'typeorm'],
      ['eval-hotel', '@nestjs/mongoose'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('ORM projections', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true }).map((key) => {
      const [location, pair] = key.split(' ') as [string, string];
      return `${location} ${pair}`;
    });
    expect(expected).toHaveLength(48);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
