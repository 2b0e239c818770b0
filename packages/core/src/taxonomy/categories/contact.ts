import type { CategoryDefinition } from '../category.js';

/** `contact`: Contact details. */
export const contact: CategoryDefinition = {
  id: 'contact',
  title: 'Contact details',
  why: 'E-mail and postal addresses identify and locate a person and feed phishing and account takeover.',
  defaultSeverity: { log: 'medium', response: 'medium', 'third-party': 'high' },
  names: {
    terms: [
      'email', 'e mail', 'emailaddress', 'email address', 'address', 'postal address', 'street address', 'street',
      'address line', 'mailing address', 'mail address', 'reply to', 'correo', 'correo electronico',
    ],
    notTerms: [
      'mac address', 'server address', 'host address', 'bind address', 'listen address', 'socket address',
      'memory address', 'wallet address', 'contract address', 'token address', 'base address', 'hardware address',
      'network address', 'broadcast address', 'gateway address', 'proxy address', 'bluetooth address',
      'ble address', 'device address', 'node address', 'local address', 'web address', 'url address',
      'endpoint address', 'service address', 'dns address', 'eth address', 'btc address', 'bitcoin address',
      'ethereum address', 'crypto address', 'deposit address', 'multicast address', 'loopback address',
      'group address', 'lookup address', 'attempted address', 'redis address', 'grpc address', 'http address',
      'api address', 'rpc address', 'address space', 'address family', 'address bar', 'address sanitizer',
      'bound address', 'queue address', 'metadata address', 'plus address', 'interface address', 'load address',
    ],
  },
  valueDetectors: ['email'],
  examples: {
    names: [
      'email', 'userEmail', 'email_address', 'E_MAIL', 'postalAddress', 'billingAddress', 'addressLine1',
      'streetAddress', 'replyTo',
    ],
    notNames: [
      'emailTemplate', 'emailTemplateId', 'emailVerified', 'isEmailVerified', 'emailConfirmed', 'emailSentAt',
      'emailCount', 'macAddress', 'walletAddress', 'hashedEmail', 'sendEmail', 'emailer',
    ],
    values: [
      'jane.doe@example.com',
      'j.doe+newsletter@mail.example.co.uk',
      'support_team@example.org',
    ],
    notValues: [
      '@example/package',
      'lodash@4.17.21',
      'logo@2x.png',
      'user@localhost',
      'jane.doe@',
      '@@@',
    ],
  },
};
