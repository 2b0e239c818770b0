#!/usr/bin/env node
// Benchmark of @leakwatch/guard (run `pnpm exec tsc -b` first; `pnpm run bench guard` runs it).
// Every figure is a median over rounds, and every ratio compares candidates measured side by side
// in this one process, so the machine's speed cancels out.
import { createServer } from 'node:http';
import autocannon from 'autocannon';
import express from 'express';
import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { createGuard } from '../dist/index.js';
import { guardResponse } from '../dist/adapters/express.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 300);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const HTTP_ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);

const LineItem = z.object({
  sku: z.string(),
  title: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number(),
  note: z.string().optional(),
});
const User = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().meta({ pii: 'contact' }),
  plan: z.enum(['free', 'pro', 'team']),
  verified: z.boolean(),
  address: z.object({ street: z.string(), city: z.string(), postcode: z.string(), country: z.string() }),
  items: z.array(LineItem),
  createdAt: z.string(),
});
const Summary = z.object({ id: z.string(), displayName: z.string(), plan: z.enum(['free', 'pro', 'team']), city: z.string(), orders: z.number().int() });
const List = z.array(Summary);

function makeUser(i) {
  return {
    id: `user-${i}`,
    displayName: `Customer ${i}`,
    email: `customer${i}@example.com`,
    plan: 'pro',
    verified: true,
    address: { street: `${i} Example Street`, city: 'Springfield', postcode: 'EX1 2MP', country: 'GB' },
    items: Array.from({ length: 20 }, (_, j) => ({
      sku: `SKU-${1000 + j}`,
      title: `Widget model ${j}`,
      quantity: (j % 4) + 1,
      unitPrice: 9.99 + j,
      note: j % 5 === 0 ? 'gift wrap please' : undefined,
      warehouseBin: `B-${j}`,
    })),
    createdAt: '2026-01-15T12:30:45.000Z',
    // Internal fields the response schema leaves out.
    passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
    riskScore: 0.12,
    internalNotes: 'migrated from legacy CRM',
  };
}

const user = makeUser(1);
const list = Array.from({ length: 200 }, (_, i) => ({ id: `user-${i}`, displayName: `Customer ${i}`, plan: 'free', city: 'Springfield', orders: i % 17, lastLoginIp: '198.51.100.7' }));

/** Runs fn repeatedly for about ROUND_MS; returns operations per second. */
function measure(fn) {
  let ops = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (let i = 0; i < 50; i++) sink += fn().length;
    ops += 50;
    elapsed = performance.now() - start;
  }
  if (sink === -1) console.log('unreachable');
  return (ops * 1000) / elapsed;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function compare(title, candidates) {
  for (const { fn } of candidates) for (let i = 0; i < 2000; i++) fn(); // warm-up
  const samples = new Map(candidates.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    // Interleaved rounds: a slow patch of the machine hits every candidate alike.
    for (const { name, fn } of candidates) samples.get(name).push(measure(fn));
  }
  const closures = median(samples.get(candidates[0].name));
  const codegen = median(samples.get(candidates[1].name));
  console.log(`\n### ${title}`);
  console.log('| candidate | median ops/s | closures guard ÷ candidate | codegen guard ÷ candidate |');
  console.log('|---|---:|---:|---:|');
  for (const { name } of candidates) {
    const ops = median(samples.get(name));
    console.log(`| ${name} | ${Math.round(ops).toLocaleString('en-US')} | ${(closures / ops).toFixed(2)}× | ${(codegen / ops).toFixed(2)}× |`);
  }
}

function jsonSchemaOf(schema) {
  return z.toJSONSchema(schema, { target: 'draft-7', io: 'output' });
}

function serializers(schema, value) {
  const guard = createGuard(schema);
  const guardCodegen = createGuard(schema, { backend: 'codegen' });
  const guardNoScan = createGuard(schema, { scanValues: false });
  // Without the clean-string cache every string goes through core's detectors, as unique strings would.
  const guardColdScan = createGuard(schema, { scanCacheSize: 0 });
  const fjs = fastJson(jsonSchemaOf(schema));
  // Sanity: every candidate produces JSON of the same declared data (the guard also drops `email`).
  JSON.parse(guard.stringify(value));
  return [
    { name: 'guard.stringify (closures, scanning on)', fn: () => guard.stringify(value) },
    { name: 'guard.stringify (codegen, scanning on)', fn: () => guardCodegen.stringify(value) },
    { name: 'guard.stringify (closures, scanning on, no string cache)', fn: () => guardColdScan.stringify(value) },
    { name: 'guard.stringify (closures, scanning off)', fn: () => guardNoScan.stringify(value) },
    { name: 'JSON.stringify', fn: () => JSON.stringify(value) },
    { name: 'schema.parse + JSON.stringify', fn: () => JSON.stringify(schema.parse(value)) },
    { name: 'fast-json-stringify', fn: () => fjs(value) },
  ];
}

async function throughput(url) {
  const result = await autocannon({ url, connections: 10, duration: HTTP_SECONDS });
  return result.requests.average;
}

async function benchExpress() {
  const app = express();
  app.get('/plain', (_req, res) => res.json(user));
  app.get('/guarded', guardResponse(User), (_req, res) => res.json(user));
  const server = createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const plain = [];
  const guarded = [];
  await throughput(`${base}/plain`); // warm-up
  for (let round = 0; round < HTTP_ROUNDS; round++) {
    plain.push(await throughput(`${base}/plain`));
    guarded.push(await throughput(`${base}/guarded`));
  }
  server.close();
  const p = median(plain);
  const g = median(guarded);
  console.log('\n### Express throughput, 2 kB payload (autocannon, 10 connections, loopback)');
  console.log('| route | median req/s | guarded ÷ unguarded |');
  console.log('|---|---:|---:|');
  console.log(`| guarded (guardResponse) | ${Math.round(g).toLocaleString('en-US')} | ${(g / p).toFixed(2)}× |`);
  console.log(`| unguarded res.json | ${Math.round(p).toLocaleString('en-US')} | 1.00× |`);
}

console.log(`Node ${process.version} (${process.platform} ${process.arch}); ${ROUNDS} rounds of ${ROUND_MS} ms, median`);
console.log(`2 kB payload: ${JSON.stringify(user).length} bytes as JSON.stringify sends it (internal fields included)`);
compare('2 kB user payload (nested address, 20 line items, extra internal fields)', serializers(User, user));
compare('200-item list', serializers(List, list));
if (process.env.BENCH_SKIP_HTTP !== '1') await benchExpress();
