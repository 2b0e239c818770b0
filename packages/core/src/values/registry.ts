import type { ValueDetector, ValueDetectorInfo } from './detector.js';
import { awsAccessKeyDetector } from './detectors/aws-access-key.js';
import { awsSecretKeyDetector } from './detectors/aws-secret-key.js';
import { emailDetector } from './detectors/email.js';
import { githubTokenDetector } from './detectors/github-token.js';
import { googleApiKeyDetector } from './detectors/google-api-key.js';
import { ibanDetector } from './detectors/iban.js';
import { ipv4Detector } from './detectors/ipv4.js';
import { ipv6Detector } from './detectors/ipv6.js';
import { jwtDetector } from './detectors/jwt.js';
import { openaiKeyDetector } from './detectors/openai-key.js';
import { paymentCardDetector } from './detectors/payment-card.js';
import { pemPrivateKeyDetector } from './detectors/pem-private-key.js';
import { phoneDetector } from './detectors/phone.js';
import { slackTokenDetector } from './detectors/slack-token.js';
import { slackWebhookDetector } from './detectors/slack-webhook.js';
import { stripeKeyDetector } from './detectors/stripe-key.js';
import { usSsnDetector } from './detectors/us-ssn.js';

/**
 * Every detector, most specific first: when two matches of equal length overlap, the earlier
 * detector in this list wins (a credential shape beats a generic number shape).
 */
export const DETECTORS: readonly ValueDetector[] = [
  pemPrivateKeyDetector,
  jwtDetector,
  awsAccessKeyDetector,
  awsSecretKeyDetector,
  stripeKeyDetector,
  githubTokenDetector,
  slackWebhookDetector,
  slackTokenDetector,
  googleApiKeyDetector,
  openaiKeyDetector,
  ibanDetector,
  paymentCardDetector,
  usSsnDetector,
  emailDetector,
  ipv6Detector,
  ipv4Detector,
  phoneDetector,
];

/** The value detectors' registry entries (id, category, title, description), most specific first. */
export const VALUE_DETECTORS: readonly ValueDetectorInfo[] = DETECTORS.map(({ id, category, title, description }) =>
  Object.freeze({ id, category, title, description }),
);
