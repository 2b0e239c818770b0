import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Blind round 15 shape, against the real typings of Next.js and next-auth 4: a route handler
// that reads a value off the session (`const email = session?.user?.email`) and leaves with a 401
// without it is authenticated, and its lookup by that value answers the caller's own record.
// Lines marked `// finding <rule>:<category>` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'] },
    include: ['src'],
  }),
  'src/lib/applicants.ts': `export interface ApplicantRow {
  id: number;
  email: string;
  phone: string;
}

export declare function findApplicantByEmail(email: string): Promise<ApplicantRow | undefined>;
export declare function findApplicantById(id: number): Promise<ApplicantRow | undefined>;
`,
  'src/app/api/me/route.ts': `import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server.js';
import { findApplicantByEmail } from '../../../lib/applicants.js';

export async function GET() {
  const session = await getServerSession();
  const email = session?.user?.email;
  if (!email) return NextResponse.json({ error: 'Sign in first.' }, { status: 401 });
  const user = await findApplicantByEmail(email);
  if (!user) return NextResponse.json({ error: 'Sign in first.' }, { status: 401 });
  return NextResponse.json({ email: user.email, phone: user.phone });
}
`,
  'src/app/api/applicants/[id]/route.ts': `import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server.js';
import { findApplicantById } from '../../../../lib/applicants.js';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getServerSession();
  const name = session?.user?.name;
  const { id } = await params;
  const user = await findApplicantById(Number(id));
  return NextResponse.json({ by: name, email: user?.email }); // finding no-sensitive-response:contact
}
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('round-15', FILES, {
    fixtureLinks: [
      ['eval-lettings', 'next'],
      ['eval-lettings', 'next-auth'],
      ['eval-lettings', 'react'],
      ['eval-lettings', '@types/node'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('blind round 15 shape', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(1);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
