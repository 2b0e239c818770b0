import type { CategoryDefinition } from '../category.js';

/** `government-id`: Government identifiers. */
export const governmentId: CategoryDefinition = {
  id: 'government-id',
  title: 'Government identifiers',
  why: 'SSNs, passport, national id, tax id and driver licence numbers enable identity theft and are regulated almost everywhere.',
  defaultSeverity: { log: 'medium', response: 'medium', 'third-party': 'high' },
  names: {
    terms: [
      'ssn', 'social security number', 'social security no', 'social security', 'social insurance number',
      'sin number', 'sin no', 'national id', 'national identification number', 'national identity number',
      'national insurance number', 'national id number', 'nin', 'nino', 'ni number', 'ni no', 'ni num', 'bsn', 'aadhaar', 'aadhar',
      'passport number', 'passport no', 'passport num', 'passport id', 'tax id', 'taxid', 'tax number',
      'tax identification number', 'tax no', 'tin', 'itin', 'tax file number', 'drivers license', 'driver license',
      'driving license', 'driver licence', 'drivers licence', 'driving licence', 'dl number', 'license number',
      'licence number', 'identity number', 'identity card number', 'id card number', 'voter id', 'personnummer',
      'pesel', 'cpf', 'curp', 'nif', 'dni', 'nhs number', 'medicare number', 'residence permit number',
      'government id', 'gov id', 'govt id', 'government issued id', 'license no', 'licence no', 'id card no',
      'id card num',
    ],
    keepModifiers: [
      'last',
    ],
  },
  valueDetectors: ['us-ssn'],
  examples: {
    names: [
      'ssn', 'userSSN', 'socialSecurityNumber', 'passportNumber', 'passport_no', 'nationalId', 'taxId',
      'driversLicenseNumber', 'aadhaar', 'bsn', 'nino', 'ni_number', 'niNumber', 'ssnLast4',
    ],
    notNames: [
      'passport', 'passportExpiry', 'ssnVerified', 'hasSsn', 'ssnHash', 'sin', 'taxRate', 'licenseKey',
    ],
    values: [
      '123-45-6789',
      '219-09-9999',
    ],
    notValues: [
      '000-12-3456',
      '666-12-3456',
      '900-12-3456',
      '123-00-6789',
      '123-45-0000',
      '123456789',
      '12345-6789',
    ],
  },
};
