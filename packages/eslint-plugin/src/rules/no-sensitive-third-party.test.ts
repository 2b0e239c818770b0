import { noSensitiveThirdParty } from './no-sensitive-third-party.js';
import { TYPED, createRuleTester, createTypedRuleTester, expectError } from '../test-helpers.js';

const ruleTester = createRuleTester();
const thirdParty = (line: number, category: string, expression: string, target: string) =>
  expectError('sensitiveThirdParty' as const, line, category, 'third-party', expression, target);

const SEGMENT = "import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'example' });\n";
const TWILIO = "import twilio from 'twilio';\nconst client = twilio('AC-example', 'example');\n";
const MAILER = "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\n";

ruleTester.run('no-sensitive-third-party', noSensitiveThirdParty, {
  valid: [
    // Delivery to the data subject through a provider (policy point 8).
    `${TWILIO}await client.messages.create({ to: user.phone, from: '+15550100', body: \`Your code is \${code}\` });`,
    `${MAILER}await transporter.sendMail({ to: user.email, subject: 'Welcome', text: 'Thanks for signing up' });`,
    // An order id and amount to a payment processor; same-origin, internal and unresolved URLs.
    "await fetch('https://api.payments.example.com/charges', { method: 'POST', body: JSON.stringify({ orderId: order.id, amount: order.total }) });",
    "await fetch('/api/profile', { method: 'PUT', body: JSON.stringify({ email: user.email }) });",
    "await fetch('http://localhost:3000/internal', { method: 'POST', body: JSON.stringify({ email: user.email }) });",
    'await fetch(process.env.BILLING_API_URL, { method: \'POST\', body: JSON.stringify({ email: u.email }) });',
    // Hashes, ids, booleans, masks without digits.
    `${SEGMENT}analytics.track({ userId: user.id, event: 'Signed Up', properties: { emailHash: sha256(user.email) } });`,
    `${SEGMENT}analytics.track({ userId: user.id, event: 'Profile', properties: { hasPassword: Boolean(user.passwordHash), phoneVerified: user.phoneVerified } });`,
    `${SEGMENT}analytics.track({ userId: user.id, event: 'Hint', properties: { hint: user.phone.replace(/\\d/g, '*') } });`,
    "import * as Sentry from '@sentry/node';\nSentry.captureException(error, { tags: { route: 'login' } });",
    "import { PostHog } from 'posthog-node';\nconst posthog = new PostHog('example');\nposthog.capture({ distinctId: user.id, event: 'login' });",
    "import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: ticket.subject }] });",
    // Account status goes to no-account-oracle, not to this rule.
    `${SEGMENT}analytics.track({ userId: user.id, event: 'Login refused', properties: { locked: user.isLocked } });`,
    { code: `${SEGMENT}analytics.identify({ userId: user.id, traits: { email: user.email } });`, filename: 'src/analytics.test.ts' },
  ],
  invalid: [
    {
      code: `${SEGMENT}analytics.identify({ userId: user.id, traits: { email: user.email } });`,
      errors: [thirdParty(3, 'contact', 'user.email', 'analytics.identify')],
    },
    {
      code: "import * as Sentry from '@sentry/node';\nSentry.setUser({ id: user.id, email: user.email });",
      errors: [thirdParty(2, 'contact', 'user.email', 'Sentry.setUser')],
    },
    {
      code: "import { setUser } from '@sentry/node';\nsetUser({ id: user.id, ip_address: req.ip });",
      errors: [thirdParty(2, 'other-pii', 'req.ip', 'setUser')],
    },
    {
      code: "import * as Sentry from '@sentry/node';\nexport function reportError(user, error) {\n  Sentry.setUser({ email: user.email });\n  Sentry.captureException(error);\n}\nreportError(currentUser, new Error('x'));",
      errors: [thirdParty(3, 'contact', 'user.email', 'Sentry.setUser')],
    },
    {
      code: "import { PostHog } from 'posthog-node';\nconst posthog = new PostHog('example');\nposthog.capture({ distinctId: user.id, event: 'signup', properties: { phone: user.phone } });",
      errors: [thirdParty(3, 'phone', 'user.phone', 'posthog.capture')],
    },
    {
      code: "import Mixpanel from 'mixpanel';\nconst mixpanel = Mixpanel.init('example');\nmixpanel.people.set(user.id, { $email: user.email });",
      errors: [thirdParty(3, 'contact', 'user.email', 'mixpanel.people.set')],
    },
    {
      code: "import * as amplitude from '@amplitude/analytics-node';\namplitude.track('Login', { ip: req.ip });",
      errors: [thirdParty(2, 'other-pii', 'req.ip', 'amplitude.track')],
    },
    {
      code: "import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: `Summarise the ticket of ${customer.email}` }] });",
      errors: [thirdParty(3, 'contact', 'customer.email', 'openai.chat.completions.create')],
    },
    {
      code: "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.create({ model: 'claude', messages: [{ role: 'user', content: JSON.stringify(patient.ssn) }] });",
      errors: [thirdParty(3, 'government-id', 'patient.ssn', 'client.messages.create')],
    },
    {
      code: "import { generateText } from 'ai';\nawait generateText({ model, prompt: `Write to ${user.email}` });",
      errors: [thirdParty(2, 'contact', 'user.email', 'generateText')],
    },
    {
      code: "import axios from 'axios';\nawait axios.post('https://hooks.example.com/notify', { email: user.email });",
      errors: [thirdParty(2, 'contact', 'user.email', 'axios.post')],
    },
    {
      code: "await fetch(customer.webhookUrl, { method: 'POST', body: JSON.stringify({ phone: user.phone }) });",
      errors: [thirdParty(1, 'phone', 'user.phone', 'fetch')],
    },
    {
      code: 'await fetch(`https://api.example.com/lookup?ssn=${person.ssn}`);',
      errors: [thirdParty(1, 'government-id', 'person.ssn', 'fetch')],
    },
    {
      code: "await fetch(process.env.SLACK_WEBHOOK_URL, { method: 'POST', body: JSON.stringify({ text: `New signup ${user.email}` }) });",
      errors: [thirdParty(1, 'contact', 'user.email', 'fetch')],
    },
    {
      code: "import got from 'got';\nawait got.post('https://crm.example.com/leads', { json: { email: lead.email } });",
      errors: [thirdParty(2, 'contact', 'lead.email', 'got.post')],
    },
    {
      code: "import ky from 'ky';\nawait ky.post('https://api.example.com/people', { json: { phone: user.phone } });",
      errors: [thirdParty(2, 'phone', 'user.phone', 'ky.post')],
    },
    {
      code: "import fetch from 'node-fetch';\nawait fetch('https://api.example.com/people', { method: 'POST', body: JSON.stringify({ dob: user.dateOfBirth }) });",
      errors: [thirdParty(2, 'other-pii', 'user.dateOfBirth', 'fetch')],
    },
    {
      code: `${TWILIO}await client.messages.create({ to: '+15550100', from: '+15550101', body: \`New signup: \${user.email}\` });`,
      errors: [thirdParty(3, 'contact', 'user.email', 'client.messages.create')],
    },
    {
      code: `${MAILER}await transporter.sendMail({ to: 'support@example.com', text: \`Customer phone \${user.phone}\` });`,
      errors: [thirdParty(3, 'phone', 'user.phone', 'transporter.sendMail')],
    },
    {
      code: "import sgMail from '@sendgrid/mail';\nawait sgMail.send({ to: 'ops@example.com', text: person.ssn });",
      errors: [thirdParty(2, 'government-id', 'person.ssn', 'sgMail.send')],
    },
    {
      code: "import { Resend } from 'resend';\nconst resend = new Resend('example');\nawait resend.contacts.create({ email: user.email, audienceId: 'a' });",
      errors: [thirdParty(3, 'contact', 'user.email', 'resend.contacts.create')],
    },
    {
      code: "import { Svix } from 'svix';\nconst svix = new Svix('example');\nawait svix.message.create('app', { eventType: 'user.created', payload: { email: user.email } });",
      errors: [thirdParty(3, 'contact', 'user.email', 'svix.message.create')],
    },
    {
      code: `${SEGMENT}function track(name, props) {\n  analytics.track({ userId: 'anon', event: name, properties: props });\n}\ntrack('signup', { email: body.email });`,
      errors: [thirdParty(6, 'contact', 'body.email', 'track → analytics.track')],
    },
    {
      code: "gtag('event', 'login', { email: user.email });",
      errors: [thirdParty(1, 'contact', 'user.email', 'gtag')],
    },
    {
      code: "import * as Sentry from '@sentry/node';\nSentry.captureMessage(`login failed with ${body.password}`);",
      errors: [thirdParty(2, 'credential', 'body.password', 'Sentry.captureMessage')],
    },
    {
      code: `${SEGMENT}analytics.track({ userId: user.id, event: 'OTP sent', properties: { prefix: user.phone.slice(0, 3) } });`,
      errors: [thirdParty(3, 'phone-fragment', 'user.phone.slice(0, 3)', 'analytics.track')],
    },
    {
      code: "import axios from 'axios';\nconst crm = axios.create({ baseURL: 'https://crm.example.com' });\nawait crm.post('https://crm.example.com/contacts', { phone: lead.phoneNumber });",
      errors: [thirdParty(3, 'phone', 'lead.phoneNumber', 'crm.post')],
    },
    {
      // A relative path on a derived client goes to the origin it was made for (`prefixUrl`).
      code: "import got from 'got';\nconst vendor = got.extend({ prefixUrl: 'https://api.kyc-vendor.example.com/v3' });\nexport async function screen(customer) {\n  return vendor.post('screenings', { json: { reference: customer.id, email: customer.email } }).json();\n}",
      errors: [thirdParty(4, 'contact', 'customer.email', 'vendor.post')],
    },
  ],
});

ruleTester.run('no-sensitive-third-party (derived clients)', noSensitiveThirdParty, {
  valid: [
    // The same client made for the app's own internal service: not another organisation.
    "import got from 'got';\nconst internal = got.extend({ prefixUrl: 'http://localhost:4000' });\nexport async function sync(customer) {\n  await internal.post('customers', { json: { email: customer.email } });\n}",
    // An absolute URL on a derived client is decided by itself.
    "import got from 'got';\nconst vendor = got.extend({ prefixUrl: 'https://api.vendor.example.com' });\nexport async function sync(customer) {\n  await vendor.post('http://localhost:4000/customers', { json: { email: customer.email } });\n}",
  ],
  invalid: [],
});

const typedRuleTester = createTypedRuleTester();

typedRuleTester.run('no-sensitive-third-party (typed)', noSensitiveThirdParty, {
  valid: [
    {
      code: "interface Event { id: string; type: string }\ndeclare const events: Event[];\nexport async function send() {\n  await fetch('https://hooks.example.com/x', { method: 'POST', body: JSON.stringify(events) });\n}",
      options: TYPED,
    },
  ],
  invalid: [
    {
      code: "interface Customer { id: string; email: string }\ndeclare const customer: Customer;\nexport async function send() {\n  await fetch('https://hooks.example.com/x', { method: 'POST', body: JSON.stringify({ customer }) });\n}",
      options: TYPED,
      errors: [thirdParty(4, 'contact', 'customer', 'fetch')],
    },
  ],
});

// Blind round 8: a service's own key in its authentication header is its purpose, as the analyzer decides.
const PARTNER = "const PARTNER_API = 'https://api.partner.example.com/v2';\n";
ruleTester.run('no-sensitive-third-party (authentication headers)', noSensitiveThirdParty, {
  valid: [
    `${PARTNER}await fetch(\`\${PARTNER_API}/accruals\`, {\n  method: 'POST',\n  headers: { 'content-type': 'application/json', authorization: \`Bearer \${process.env.PARTNER_API_KEY}\` },\n  body: JSON.stringify({ bookingId: booking.id }),\n});`,
    `${PARTNER}await fetch(\`\${PARTNER_API}/members\`, { headers: { 'x-api-key': process.env.PARTNER_API_KEY } });`,
  ],
  invalid: [
    {
      // The same key in the body, or in the URL's query string, is data the service may log or forward.
      code: `${PARTNER}await fetch(\`\${PARTNER_API}/accruals\`, {\n  method: 'POST',\n  body: JSON.stringify({ key: process.env.PARTNER_API_KEY }),\n});`,
      errors: [thirdParty(2, 'credential', 'process.env.PARTNER_API_KEY', 'fetch')],
    },
    {
      code: `${PARTNER}await fetch(\`\${PARTNER_API}/accruals?api_key=\${process.env.PARTNER_API_KEY}\`);`,
      errors: [thirdParty(2, 'credential', 'process.env.PARTNER_API_KEY', 'fetch')],
    },
    {
      // Only the authentication header is exempt: other headers are data, credentials included.
      code: `${PARTNER}await fetch(\`\${PARTNER_API}/members\`, { headers: { authorization: \`Bearer \${process.env.PARTNER_API_KEY}\`, 'x-member-email': user.email, 'x-debug': user.passwordHash } });`,
      errors: [thirdParty(2, 'contact', 'user.email', 'fetch'), thirdParty(2, 'credential', 'user.passwordHash', 'fetch')],
    },
  ],
});

ruleTester.run('no-sensitive-third-party (a message to the subject over a provider HTTP API)', noSensitiveThirdParty, {
  valid: [
    // A mail provider's REST API, addressed to the guest's own e-mail: a delivery to the data subject.
    "const MAIL_API = 'https://api.mail.example.com/v3/send';\nexport async function sendReceipt(guest) {\n  await fetch(MAIL_API, { method: 'POST', body: JSON.stringify({ to: guest.email, subject: 'Your receipt', text: `Dear ${guest.fullName}` }) });\n}",
    // The message built first, then sent; an SMS gateway takes `To` and `Body`.
    "import axios from 'axios';\nexport async function sendCode(user, code) {\n  const message = { To: user.phone, Body: `Your code is ${code}` };\n  await axios.post('https://sms.example.com/messages', message);\n}",
  ],
  invalid: [
    {
      // Addressed to the operations inbox: the guest's e-mail in the text goes to someone else.
      code: "const OPS_INBOX = 'ops@example.com';\nexport async function alertOps(guest) {\n  await fetch('https://api.mail.example.com/v3/send', { method: 'POST', body: JSON.stringify({ to: OPS_INBOX, subject: 'New guest', text: `Guest ${guest.email} arrived` }) });\n}",
      errors: [thirdParty(3, 'contact', 'guest.email', 'fetch')],
    },
    {
      // No message, only a profile: an analytics identify call over HTTP.
      code: "export async function identify(user) {\n  await fetch('https://events.example.com/identify', { method: 'POST', body: JSON.stringify({ userId: user.id, to: user.email }) });\n}",
      errors: [thirdParty(2, 'contact', 'user.email', 'fetch')],
    },
  ],
});

ruleTester.run('no-sensitive-third-party (undici functions imported by name)', noSensitiveThirdParty, {
  valid: [
    // The service's own sidecar on localhost is no third party.
    "import { request } from 'undici';\nexport async function enrol(row) {\n  await request('http://localhost:8080/enrolments', { method: 'POST', body: JSON.stringify({ niNumber: row.niNumber }) });\n}",
    // Only an id leaves.
    "import { request } from 'undici';\nexport async function enrol(row) {\n  await request('https://api.pensions.example.com/v1/enrolments', { method: 'POST', body: JSON.stringify({ memberRef: row.id }) });\n}",
  ],
  invalid: [
    {
      code: "import { request } from 'undici';\nexport async function enrol(row) {\n  await request('https://api.pensions.example.com/v1/enrolments', { method: 'POST', body: JSON.stringify({ memberRef: row.id, niNumber: row.niNumber }) });\n}",
      errors: [thirdParty(3, 'government-id', 'row.niNumber', 'request')],
    },
  ],
});

ruleTester.run('no-sensitive-third-party (a payment processor, dates written out)', noSensitiveThirdParty, {
  valid: [
    // An order's id and amount are what a processor needs (policy point 8).
    "import Stripe from 'stripe';\nconst stripe = new Stripe('sk_test_example');\nexport async function pay(order) {\n  await stripe.paymentIntents.create({ amount: order.total, currency: 'eur', metadata: { orderId: order.id } });\n}",
  ],
  invalid: [
    {
      // `update(id, params)`: the params carry the customer's e-mail.
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe('sk_test_example');\nexport async function sync(customer) {\n  await stripe.customers.update(customer.stripeId, { email: customer.email });\n}",
      errors: [thirdParty(4, 'contact', 'customer.email', 'stripe.customers.update')],
    },
    {
      // A date written out is the same date of birth.
      code: "import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: 'example' });\nexport async function plan(member) {\n  await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: `born on ${member.dateOfBirth.toISOString().slice(0, 10)}` }] });\n}",
      errors: [thirdParty(4, 'other-pii', 'member.dateOfBirth', 'openai.chat.completions.create')],
    },
  ],
});
