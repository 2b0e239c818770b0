import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../result/scan-result.js';
import { readMarkedLines, removeTempProject, scanTempProject } from '../test-project.js';

// Blind round 14 shapes, against the real typings of Stripe and Express: personal data in a Stripe
// customer or a payment's metadata goes to a third party (an order id and amount do not); what a
// package's client returns carries nothing of the key it was made with; a NestJS interceptor reads
// the request of each route it wraps (a body logged on a controller with a sign-in route). Lines marked
// `// finding <rule>:<category>` must be reported exactly; no other line may be.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'], experimentalDecorators: true, emitDecoratorMetadata: true },
    include: ['src'],
  }),
  'src/billing.ts': `import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_test_placeholder');

export interface Customer {
  id: string;
  stripeId: string;
  email: string;
  dateOfBirth: string;
}

export async function syncProfile(customer: Customer): Promise<void> {
  await stripe.customers.update(customer.stripeId, { email: customer.email }); // finding no-sensitive-third-party:contact
}

export async function charge(orderId: string, amount: number, metadata: Record<string, string>): Promise<string> {
  const intent = await stripe.paymentIntents.create({ amount, currency: 'eur', metadata: { orderId, ...metadata } });
  return intent.id;
}
`,
  'src/routes.ts': `import express from 'express';
import { charge, syncProfile, type Customer } from './billing.js';

declare function loadCustomer(id: string): Promise<Customer>;

export const router = express.Router();

router.post('/orders/:id/pay', async (req, res) => {
  const paymentIntentId = await charge(req.params.id, 2500, { box: 'spring' });
  res.status(202).json({ paymentIntentId });
});

router.post('/customers/:id/pay-gift', async (req, res) => {
  const customer = await loadCustomer(req.params.id);
  const paymentIntentId = await charge(req.params.id, 2500, { birthDate: customer.dateOfBirth }); // finding no-sensitive-third-party:other-pii
  await syncProfile(customer);
  res.status(202).json({ paymentIntentId });
});
`,
  'src/interceptors.ts': `import { Body, Controller, Get, Injectable, Logger, Post, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';

interface LoggedRequest {
  url: string;
  body: unknown;
}

@Injectable()
export class BodyLoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('http');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<LoggedRequest>();
    this.logger.log(\`\${req.url} \${JSON.stringify(req.body)}\`); // finding no-sensitive-log:credential
    return next.handle();
  }
}

@Injectable()
export class CatalogLoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('catalog');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<LoggedRequest>();
    this.logger.log(\`\${req.url} \${JSON.stringify(req.body)}\`);
    return next.handle();
  }
}

@Controller('portal')
@UseInterceptors(BodyLoggingInterceptor)
export class PortalController {
  @Post('sign-in')
  signIn(@Body() body: { patientNumber: string; password: string }) {
    return { ok: body.patientNumber.length > 0 };
  }
}

@Controller('catalog')
@UseInterceptors(CatalogLoggingInterceptor)
export class CatalogController {
  @Get('services')
  list() {
    return [{ id: 'checkup' }];
  }
}
`,
};

let root: string | undefined;
let result: ScanResult;

beforeAll(async () => {
  ({ root, result } = await scanTempProject('round-14', FILES, {
    fixtureLinks: [
      ['eval-subscriptions', 'stripe'],
      ['eval-subscriptions', 'express'],
      ['eval-subscriptions', '@types/express'],
      ['eval-subscriptions', '@types/node'],
      ['eval-clinicdesk', '@nestjs/common'],
      ['eval-clinicdesk', '@nestjs/core'],
      ['eval-clinicdesk', 'reflect-metadata'],
      ['eval-clinicdesk', 'rxjs'],
    ],
  }));
}, 120_000);

afterAll(() => {
  removeTempProject(root);
});

describe('blind round 14 shapes', () => {
  it('reports exactly the marked lines', () => {
    const expected = readMarkedLines(FILES, /\/\/ finding ((?:[a-z-]+:[a-z-]+ ?)+)$/, { split: true });
    expect(expected).toHaveLength(3);
    const actual = result.findings.map((finding) => `${finding.location.file}:${finding.location.line} ${finding.ruleId}:${finding.category}`);
    expect(actual.sort()).toEqual(expected.sort());
  });
});
