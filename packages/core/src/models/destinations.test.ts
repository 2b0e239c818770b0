import { describe, expect, it } from 'vitest';
import { findMessageRecipientKeys, findThirdPartyService, isExternalUrlName, isInternalHost } from './destinations.js';

describe('isInternalHost', () => {
  it('accepts localhost, loopback, private ranges and cluster names', () => {
    for (const host of ['localhost', '127.0.0.1', '10.1.2.3', '192.168.0.10', '172.20.0.5', 'billing.svc.cluster.local', 'api.internal', 'LOCALHOST']) {
      expect(isInternalHost(host)).toBe(true);
    }
  });

  it('rejects public hosts and look-alikes', () => {
    for (const host of ['example.com', 'api.example.com', '172.32.0.1', 'internal.example.com', 'localhost.example.com', '8.8.8.8']) {
      expect(isInternalHost(host)).toBe(false);
    }
  });
});

describe('findThirdPartyService', () => {
  it('knows the Measurement Protocol and webhook hosts', () => {
    expect(findThirdPartyService('www.google-analytics.com')).toBe('Google Analytics (Measurement Protocol)');
    expect(findThirdPartyService('hooks.slack.com')).toBe('Slack webhooks');
    expect(findThirdPartyService('api.openai.com')).toBe('OpenAI');
  });

  it('does not match hosts that only contain a service name', () => {
    expect(findThirdPartyService('sentry.io.example.com')).toBeUndefined();
    expect(findThirdPartyService('notsegment.io')).toBeUndefined();
  });
});

describe('isExternalUrlName', () => {
  it('matches stored webhook and callback URLs', () => {
    for (const name of ['webhookUrl', 'webhook_url', 'callbackUrl', 'CALLBACK_URL', 'notifyUrl', 'webhookEndpoint', 'customerWebhookUrls']) {
      expect(isExternalUrlName(name)).toBe(true);
    }
  });

  it('does not match other URLs', () => {
    for (const name of ['apiUrl', 'baseUrl', 'avatarUrl', 'webhookSecret', 'redirectUrl']) expect(isExternalUrlName(name)).toBe(false);
  });
});

describe('findMessageRecipientKeys', () => {
  it('names the recipient keys of a message-shaped body', () => {
    expect(findMessageRecipientKeys(['to', 'subject', 'text'])).toEqual(['to']);
    expect(findMessageRecipientKeys(['To', 'Body'])).toEqual(['To']);
    expect(findMessageRecipientKeys(['to', 'template', 'link'])).toEqual(['to']);
  });

  it('finds no message without a recipient or without content', () => {
    // An analytics event names a user but says nothing to them.
    expect(findMessageRecipientKeys(['event', 'userId', 'email'])).toEqual([]);
    // A routing record has a destination but no message.
    expect(findMessageRecipientKeys(['to', 'from', 'amount'])).toEqual([]);
    expect(findMessageRecipientKeys([])).toEqual([]);
  });
});
