import type { CategoryDefinition } from '../category.js';

/** `phone`: Phone numbers. */
export const phone: CategoryDefinition = {
  id: 'phone',
  title: 'Phone numbers',
  why: 'A full phone number identifies a person, enables SIM-swap and smishing attacks, and links accounts across services.',
  defaultSeverity: { log: 'medium', response: 'medium', 'third-party': 'high' },
  names: {
    terms: [
      'phone', 'phone number', 'phonenumber', 'phone no', 'phone num', 'telephone', 'tel', 'tel number', 'msisdn',
      'e164', 'mobile number', 'mobile no', 'mobile phone', 'mobilephone', 'cellphone', 'cell phone', 'cell number',
      'contact number', 'whatsapp number', 'telefon', 'telefono', 'teléfono', 'telefone', 'sms number',
      'fax number', 'national number', 'caller number', 'sender number', 'recipient number',
    ],
    suffixTerms: [
      // mobileApp and mobileBreakpoint are not numbers; toNumberSync and fromNumberToArray are conversions
      'mobile', 'fax', 'from number', 'to number',
    ],
    notTerms: [
      // type conversions (`stringToNumber`, `coerceIntFromNumber`): a number that is not a phone
      'string to number', 'str to number', 'hex to number', 'byte to number', 'char to number', 'value to number',
      'buffer to number', 'int from number', 'float from number', 'string from number', 'boolean from number',
      'bool from number', 'id from number', 'type from number', 'big int from number', 'bigint from number',
      // device and browser families in user-agent parsers
      'windows phone', 'android mobile', 'ios mobile', 'generic mobile', 'explorer mobile', 'opera mobile',
      'firefox mobile', 'chrome mobile', 'safari mobile', 'edge mobile', 'sentry mobile',
    ],
    maskedCategory: 'phone-fragment',
  },
  valueDetectors: ['phone'],
  examples: {
    names: [
      'phone', 'phoneNumber', 'phone_number', 'mobileNumber', 'msisdn', 'e164Phone', 'telephone', 'userPhoneE164',
      'PHONE_NO',
    ],
    notNames: [
      'phoneVerified', 'phoneCount', 'phoneticSpelling', 'telemetry', 'hotel', 'television', 'microphone',
      'phoneType', 'isMobile', 'mobileBreakpoint', 'smartphone', 'phoneFormat',
    ],
    values: [
      '+44 20 7946 0958',
      '+1-202-555-0143',
      '0044 20 7946 0958',
      '(202) 555-0143',
      '202-555-0143',
      '202.555.0143',
      '020 7946 0958',
      '07700 900123',
      '030 12345678',
      '+49 30 12345678',
      '0151 23456789',
      '01 23 45 67 89',
      '06 12 34 56 78',
      '+91 98765 43210',
      '098765 43210',
      '138 0013 8000',
      '+86 138 0013 8000',
      '050 123 4567',
      '+966 50 123 4567',
      '(11) 91234-5678',
      '+55 11 91234-5678',
      '+12025550143',
    ],
    notValues: [
      '2024-01-15',
      '15.01.2024',
      '01/15/2024',
      '12:30:45',
      '2024-01-15T12:30:45.000Z',
      'v10.4.0',
      '2.31.1',
      '1,234.56',
      '$12,345',
      'ORD-2024-000123',
      '#100234',
      '1048576 bytes',
      '1718000000',
      '1234567890123456789',
      '12345-6789',
      '123-456-7890',
      '2025550143',
      '***-***-****',
      '***-***-0143',
      '+30 days',
      'HTTP/1.1 200 OK',
    ],
  },
};
