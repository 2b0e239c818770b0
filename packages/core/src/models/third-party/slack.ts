import type { CallSinkModel } from '../types.js';

/** Slack's Web API (`@slack/web-api`): messages posted to channels are read by everyone in them. */
export const slackModel: CallSinkModel = {
  id: 'slack',
  title: 'Slack Web API',
  sink: 'third-party',
  modules: ['@slack/web-api'],
  receivers: [
    { kind: 'factory', module: '@slack/web-api', export: 'WebClient', construct: true },
    { kind: 'type', module: '@slack/web-api', name: 'WebClient' },
  ],
  methods: ['chat.postMessage', 'chat.postEphemeral', 'chat.scheduleMessage', 'chat.update', 'chat.meMessage', 'files.uploadV2', 'files.upload', 'views.publish', 'views.open'],
  args: [0],
  notes: 'The company\'s own workspace is still an outside service (policy point 8): a channel message goes to Slack and to every member of the channel, never to the data subject alone. The bot token given to `new WebClient()` authenticates and is not a send.',
};
