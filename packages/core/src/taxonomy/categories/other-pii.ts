import type { CategoryDefinition } from '../category.js';

/** `other-pii`: Other personal data. */
export const otherPii: CategoryDefinition = {
  id: 'other-pii',
  title: 'Other personal data',
  why: 'Dates of birth, precise geolocation and IP addresses identify or track a person.',
  defaultSeverity: { log: 'medium', response: 'medium', 'third-party': 'high' },
  names: {
    terms: [
      'dob', 'date of birth', 'birth date', 'birthdate', 'birthday', 'birth day', 'geburtsdatum',
      'fecha de nacimiento', 'date de naissance', 'ip address', 'ipaddress', 'ipaddr', 'ip addr', 'ipv address',
      'ipv addr', 'source address', 'source ip', 'client ip', 'remote ip', 'remote address', 'remote addr',
      'x forwarded for', 'forwarded for', 'real ip', 'latitude', 'longitude', 'lat', 'lng', 'lon', 'lat lng',
      'latlng', 'latlon', 'lat long', 'geo', 'geolocation', 'geo location', 'geopoint', 'geo point', 'geohash',
      'coordinates', 'coords', 'coord', 'gps', 'gps location', 'precise location', 'exact location',
      'location coordinates',
      // network peers: OpenTelemetry's `client.address` and `network.peer.address` hold the caller's IP
      'client address', 'peer address', 'forwarded address', 'client addr', 'peer addr',
    ],
    suffixTerms: [
      // ipCountry and ipAllowlist are not an address
      'ip', 'ipv',
    ],
    notTerms: [
      'server ip', 'host ip', 'bind ip', 'listen ip', 'proxy ip', 'gateway ip', 'node ip', 'pod ip', 'cluster ip',
      'service ip', 'load balancer ip', 'dns ip', 'allowed ip', 'trusted ip', 'local ip',
      // cloud metadata endpoints: one well-known address for every instance
      'metadata ip', 'metadata ipv address',
      // model-hosting regions (Anthropic's `inference_geo`) are coarse places
      'inference geo', 'workspace geo',
      // screen, text and layout positions are not places on Earth
      'layout coordinates', 'layout coords', 'cursor coords', 'cursor coordinates', 'char coords', 'coords char',
      'mouse coordinates', 'mouse coords', 'screen coordinates', 'screen coords', 'pixel coordinates',
      'canvas coordinates', 'texture coordinates', 'page coordinates', 'client coordinates', 'client coords',
      'viewport coordinates', 'grid coordinates', 'tile coordinates', 'svg coordinates', 'text coords',
    ],
  },
  valueDetectors: ['ipv4', 'ipv6'],
  examples: {
    names: [
      'dob', 'dateOfBirth', 'birthDate', 'ipAddress', 'clientIp', 'ipV4', 'latitude', 'lng', 'geo', 'coordinates',
      'xForwardedFor', 'remoteAddress',
    ],
    notNames: [
      'city', 'country', 'ipCountry', 'location', 'geoCountry', 'ipAllowlist', 'timezone', 'latency', 'serverIp',
      'age',
    ],
    values: [
      '192.0.2.1',
      '203.0.113.42',
      '2001:db8::1',
      '2001:0db8:0000:0000:0000:ff00:0042:8329',
      '::ffff:198.51.100.7',
    ],
    notValues: [
      '1.2.3',
      'v1.2.3.4',
      '1.2.3.4.5',
      '256.1.1.1',
      '127.0.0.1',
      '255.255.255.0',
      '12:30:45',
      '::1',
      '00:1a:2b:3c:4d:5e',
      'std::map',
    ],
  },
};
