import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// A request to a mail or SMS provider's HTTP API shaped like a message (`{ to, subject, text }`)
// delivers to its recipient like the provider's SDK (policy point 8): addressed to the data
// subject's own address it is no third-party leak; addressed to a configured inbox, what it says is.
// A wrapper's recipient parameter is decided at each call. Lines marked
// `// finding <rule>:<category>` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'] },
    include: ['src'],
  }),
  'src/mail.ts': `const MAIL_API = 'https://api.mail.example.com/v3/send';
const OPS_INBOX = 'ops@example.com';

export interface Guest {
  fullName: string;
  email: string;
  phone: string;
}

export async function sendReceipt(guest: Guest): Promise<void> {
  await fetch(MAIL_API, { method: 'POST', body: JSON.stringify({ to: guest.email, subject: 'Your receipt', text: \`Dear \${guest.fullName}\` }) });
}

export async function alertOps(guest: Guest): Promise<void> {
  await fetch(MAIL_API, { method: 'POST', body: JSON.stringify({ to: OPS_INBOX, subject: 'New guest', text: \`Guest \${guest.email} arrived\` }) }); // finding no-sensitive-third-party:contact
}

export async function sendInvite(to: string, inviteToken: string): Promise<void> {
  await fetch(MAIL_API, { method: 'POST', body: JSON.stringify({ to, template: 'invite', link: \`https://app.example.com/join/\${inviteToken}\` }) });
}

export async function identify(guest: Guest): Promise<void> {
  await fetch('https://events.example.com/identify', { method: 'POST', body: JSON.stringify({ name: guest.fullName, to: guest.email }) }); // finding no-sensitive-third-party:contact
}
`,
  'src/invites.ts': `import { sendInvite, type Guest } from './mail.js';

export async function inviteGuest(guest: Guest, token: string): Promise<void> {
  await sendInvite(guest.email, token);
}

export async function inviteDesk(guest: Guest): Promise<void> {
  await sendInvite('desk@example.com', guest.phone); // finding no-sensitive-third-party:phone
}
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('message-delivery', FILES, { fixtureLinks: [['eval-hotel', '@types/node']] }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('messages to the data subject over a provider HTTP API', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(3);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
