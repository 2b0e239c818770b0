import type { DestinationModel } from './types.js';

/** How engines decide that an HTTP client call goes to a third party. */
export const DESTINATION_MODEL: DestinationModel = {
  externalUrlNamePattern: '(webhook|callback|notify|notification|hook|postback|ping)_?(url|uri|endpoint|target)s?$',
  internalHostPatterns: [
    '^localhost$',
    '^127\\.\\d+\\.\\d+\\.\\d+$',
    '^\\[?::1\\]?$',
    '^0\\.0\\.0\\.0$',
    '\\.internal$',
    '\\.local$',
    '\\.localhost$',
    '\\.svc(\\.cluster\\.local)?$',
    '^10\\.\\d+\\.\\d+\\.\\d+$',
    '^192\\.168\\.\\d+\\.\\d+$',
    '^172\\.(1[6-9]|2\\d|3[01])\\.\\d+\\.\\d+$',
  ],
  knownThirdPartyHosts: [
    { pattern: '(^|\\.)google-analytics\\.com$', service: 'Google Analytics (Measurement Protocol)' },
    { pattern: '(^|\\.)googletagmanager\\.com$', service: 'Google Tag Manager' },
    { pattern: '(^|\\.)segment\\.(io|com)$', service: 'Segment' },
    { pattern: '(^|\\.)mixpanel\\.com$', service: 'Mixpanel' },
    { pattern: '(^|\\.)posthog\\.com$', service: 'PostHog' },
    { pattern: '(^|\\.)amplitude\\.com$', service: 'Amplitude' },
    { pattern: '(^|\\.)sentry\\.io$', service: 'Sentry' },
    { pattern: '(^|\\.)datadoghq\\.(com|eu)$', service: 'Datadog' },
    { pattern: '(^|\\.)hooks\\.slack\\.com$', service: 'Slack webhooks' },
    { pattern: '(^|\\.)discord(app)?\\.com$', service: 'Discord webhooks' },
    { pattern: '(^|\\.)api\\.openai\\.com$', service: 'OpenAI' },
    { pattern: '(^|\\.)api\\.anthropic\\.com$', service: 'Anthropic' },
    { pattern: '(^|\\.)generativelanguage\\.googleapis\\.com$', service: 'Google Gemini' },
    { pattern: '(^|\\.)api\\.hubapi\\.com$', service: 'HubSpot' },
    { pattern: '(^|\\.)api\\.intercom\\.io$', service: 'Intercom' },
    { pattern: '(^|\\.)zapier\\.com$', service: 'Zapier' },
  ],
  notes:
    'Order: a relative URL (`/api/…`) or one whose host matches `internalHostPatterns` is the project itself; a known third-party host, any other absolute `http(s)` URL literal, or a URL read from a name matching `externalUrlNamePattern` (a stored `webhookUrl`, `callbackUrl`) is a third party; an unresolved URL is not reported. A URL built on an environment variable (`process.env.BILLING_API_URL`) is treated as unresolved unless its name matches the webhook pattern.',
};

/** Whether a hostname belongs to the project's own side (localhost, private ranges, cluster names). */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return DESTINATION_MODEL.internalHostPatterns.some((pattern) => new RegExp(pattern).test(host));
}

/** The known third-party service a hostname belongs to, if any. */
export function findThirdPartyService(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  return DESTINATION_MODEL.knownThirdPartyHosts.find((entry) => new RegExp(entry.pattern).test(host))?.service;
}

/** Whether a variable, property or env-var name holds a stored external URL (a webhook or callback). */
export function isExternalUrlName(name: string): boolean {
  return new RegExp(DESTINATION_MODEL.externalUrlNamePattern, 'i').test(name);
}

// What mail and SMS providers' HTTP APIs take: whom a message goes to, and what it says.
const MESSAGE_RECIPIENT_KEYS: ReadonlySet<string> = new Set(['to', 'recipient', 'recipients']);
const MESSAGE_CONTENT_KEYS: ReadonlySet<string> = new Set(['subject', 'text', 'html', 'template', 'templateid', 'template_id', 'templatealias', 'message', 'body', 'content']);

/**
 * The recipient keys of a request body shaped like a message to someone (`{ to, subject, text }`,
 * `{ to, template, link }`), or an empty list when it has no recipient key or nothing a message
 * says. Engines treat such a request as a delivery (policy point 8) when every recipient is the
 * data subject's own address or number, as for a provider's SDK.
 */
export function findMessageRecipientKeys(keys: readonly string[]): string[] {
  const recipients = keys.filter((key) => MESSAGE_RECIPIENT_KEYS.has(key.toLowerCase()));
  if (recipients.length === 0 || !keys.some((key) => MESSAGE_CONTENT_KEYS.has(key.toLowerCase()))) return [];
  return recipients;
}
