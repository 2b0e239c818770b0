import { describe, expect, it } from 'vitest';
import { findThirdPartyService, isExternalUrlName, isInternalHost } from './destinations.js';

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
