import type { CategoryDefinition } from '../category.js';

/** `financial`: Financial data. */
export const financial: CategoryDefinition = {
  id: 'financial',
  title: 'Financial data',
  why: 'Card numbers, CVVs, IBANs and bank account numbers enable fraud and fall under PCI DSS and banking secrecy rules.',
  defaultSeverity: { log: 'medium', response: 'medium', 'third-party': 'high' },
  names: {
    terms: [
      'card number', 'cardnumber', 'credit card', 'credit card number', 'creditcard', 'debit card number',
      'cc number', 'cc num', 'ccn', 'card no', 'card num', 'primary account number', 'cvv', 'cvc', 'security code',
      'card security code', 'card verification value', 'card verification code', 'iban', 'bank account',
      'bank account number', 'account number', 'account no', 'acct number', 'acct no', 'routing number',
      'routing no', 'aba number', 'sort code', 'sortcode', 'bsb', 'clabe', 'ccv', 'bank routing',
    ],
    suffixTerms: [
      // panX and panOffset are map panning
      'pan',
    ],
  },
  valueDetectors: ['payment-card', 'iban'],
  examples: {
    names: [
      'cardNumber', 'creditCardNumber', 'pan', 'cvv', 'cvc2', 'iban', 'bankAccountNumber', 'routingNumber',
      'accountNumber', 'securityCode',
    ],
    notNames: [
      'last4', 'cardLast4', 'panLast4', 'maskedCardNumber', 'cardBrand', 'cvvRequired', 'cardNumberLength',
      'sortKey', 'panX', 'ibanCountry',
    ],
    values: [
      '4111 1111 1111 1111',
      '4111111111111111',
      '5555-5555-5555-4444',
      '3782 822463 10005',
      'GB82 WEST 1234 5698 7654 32',
      'GB82WEST12345698765432',
      'DE89 3704 0044 0532 0130 00',
    ],
    notValues: [
      '4111 1111 1111 1112',
      '1234567890123456789',
      '**** **** **** 1111',
      '1111',
      'GB83 WEST 1234 5698 7654 32',
      'GB82',
      '550e8400-e29b-41d4-a716-446655440000',
    ],
  },
};
