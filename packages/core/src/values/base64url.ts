// A tiny base64url decoder: core runs in browsers and Node alike, so it cannot rely on Buffer,
// and atob only exists on the DOM side of es2023.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((ch, i) => [ch.charCodeAt(0), i]));

/**
 * Decodes unpadded base64url into an ASCII string. Returns undefined for characters outside the
 * alphabet, an impossible length, or a byte ≥ 0x80 (JOSE headers are ASCII JSON).
 */
export function decodeBase64UrlAscii(input: string): string | undefined {
  if (input.length % 4 === 1) return undefined;
  let bits = 0;
  let bitCount = 0;
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const value = VALUES.get(input.charCodeAt(i));
    if (value === undefined) return undefined;
    bits = ((bits << 6) | value) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      const byte = (bits >> bitCount) & 0xff;
      if (byte >= 0x80) return undefined;
      out += String.fromCharCode(byte);
    }
  }
  return out;
}

/** Encodes an ASCII string as unpadded base64url (test data and round trips). */
export function encodeBase64UrlAscii(input: string): string {
  let out = '';
  let bits = 0;
  let bitCount = 0;
  for (let i = 0; i < input.length; i++) {
    bits = ((bits << 8) | (input.charCodeAt(i) & 0xff)) & 0xffffff;
    bitCount += 8;
    while (bitCount >= 6) {
      bitCount -= 6;
      out += ALPHABET.charAt((bits >> bitCount) & 0x3f);
    }
  }
  if (bitCount > 0) out += ALPHABET.charAt((bits << (6 - bitCount)) & 0x3f);
  return out;
}
