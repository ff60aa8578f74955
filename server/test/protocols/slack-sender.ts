import { createHmac } from 'node:crypto';

/**
 * Sends a request to Heroics the way Slack does: form-encoded, with X-Slack-Request-Timestamp and X-Slack-Signature
 * (`v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>`), computed here independently of the app's code.
 */
export function signedSlackRequest(signingSecret: string, fields: Record<string, string>, options: { timestamp?: number } = {}) {
  const body = new URLSearchParams(fields).toString();
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': signature } };
}

/** The view_submission payload Slack posts when the hero-story modal is submitted (state.values keyed by block and action). */
export function storyModalSubmission(
  teamId: string,
  userId: string,
  fields: {
    heroes: string[];
    title: string;
    situation: string;
    action: string;
    impact: string;
    channel: string;
    values: string[];
    occurredOn: string;
    quote?: string;
  },
) {
  const text = (value: string) => ({ type: 'plain_text_input', value });
  return {
    type: 'view_submission',
    team: { id: teamId, domain: 'larkspur' },
    user: { id: userId, team_id: teamId },
    trigger_id: '1234.5678.abcd',
    view: {
      id: 'V0MODAL001',
      callback_id: 'hero_story',
      private_metadata: '{"channelId":null}',
      state: {
        values: {
          heroes: { heroes: { type: 'multi_users_select', selected_users: fields.heroes } },
          title: { title: text(fields.title) },
          situation: { situation: text(fields.situation) },
          action: { action: text(fields.action) },
          impact: { impact: text(fields.impact) },
          channel: { channel: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: fields.channel }, value: fields.channel } } },
          values: {
            values: { type: 'multi_static_select', selected_options: fields.values.map((value) => ({ text: { type: 'plain_text', text: value }, value })) },
          },
          occurred_on: { occurred_on: { type: 'datepicker', selected_date: fields.occurredOn } },
          handoff: { handoff: { type: 'checkboxes', selected_options: [{ value: 'yes' }] } },
          quote: { quote: text(fields.quote ?? '') },
        },
      },
    },
  };
}
