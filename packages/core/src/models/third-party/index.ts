import type { CallSinkModel } from '../types.js';
import { amplitudeModel } from './amplitude.js';
import { anthropicModel } from './anthropic.js';
import { datadogModel } from './datadog.js';
import { googleAnalyticsModel } from './google-analytics.js';
import { googleGenerativeAiModel } from './google-generative-ai.js';
import { hubspotModel } from './hubspot.js';
import { intercomModel } from './intercom.js';
import { mailgunModel } from './mailgun.js';
import { mixpanelModel } from './mixpanel.js';
import { nodemailerModel } from './nodemailer.js';
import { openaiModel } from './openai.js';
import { postmarkModel } from './postmark.js';
import { posthogModel } from './posthog.js';
import { resendModel } from './resend.js';
import { segmentModel } from './segment.js';
import { sendgridModel } from './sendgrid.js';
import { sentryModel } from './sentry.js';
import { slackModel } from './slack.js';
import { stripeModel } from './stripe.js';
import { svixModel } from './svix.js';
import { twilioModel } from './twilio.js';
import { vercelAiModel } from './vercel-ai.js';

/** Every third-party SDK model: error trackers, analytics, LLM APIs, webhooks, messaging. */
export const THIRD_PARTY_MODELS: readonly CallSinkModel[] = [
  sentryModel,
  segmentModel,
  mixpanelModel,
  posthogModel,
  amplitudeModel,
  datadogModel,
  googleAnalyticsModel,
  openaiModel,
  anthropicModel,
  googleGenerativeAiModel,
  vercelAiModel,
  svixModel,
  twilioModel,
  sendgridModel,
  nodemailerModel,
  resendModel,
  postmarkModel,
  hubspotModel,
  mailgunModel,
  slackModel,
  intercomModel,
  stripeModel,
];
