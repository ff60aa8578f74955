import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FakeSlack } from '../../server/test/protocols/fake-slack';
import { signedSlackRequest, storyModalSubmission } from '../../server/test/protocols/slack-sender';
import { WebhookReceiver } from '../../server/test/protocols/webhook-receiver';
import { FAKE_SLACK_PORT } from '../playwright.config';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { apiToken, signIn, signOut } from './support/session';

const SIGNING_SECRET = 'journey-signing-secret-0123456789abcdef';

// Three sign-ins, five axe scans and two round trips through the job queue: longer than a one-page journey.
test.describe.configure({ timeout: 120_000 });

test('an admin connects Slack and a webhook; stories reach the channel and the receiver, and a story told in Slack reaches the feed', async ({
  page,
  request,
}) => {
  const slack = await new FakeSlack().start(FAKE_SLACK_PORT);
  const receiver = await new WebhookReceiver().start();
  try {
    // People of the journey's own: an admin, and a teller and a colleague on one team.
    const {
      admin,
      staff: [teller, colleague],
    } = await freshTeam(request, 'Integrations', { staff: 2, admin: true });
    const staffToken = await apiToken(request, teller.email, teller.password);
    const headers = { Authorization: `Bearer ${staffToken}` };
    slack.addUser('U0STAFF001', teller.email, 'teller');
    slack.addUser('U0COLLEAG1', colleague.email, 'colleague');
    let secret = '';
    // The company keeps UTC, so yesterday is a day the server accepts for anyone employed now.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

    await test.step('the admin connects Slack, sends stories to #support-heroes and adds a webhook', async () => {
      await signIn(page, admin!.email, admin!.password);
      await page.getByRole('link', { name: 'Integrations' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'integrations (not connected)');
      // The manifest comes with the admin's session (a plain link would open a 401), as a file to upload to Slack.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'app manifest' }).click()]);
      expect(download.suggestedFilename()).toBe('heroics-slack-app-manifest.yml');
      expect(readFileSync((await download.path())!, 'utf8')).toContain('command: /hero');
      await page.getByLabel('Signing secret').fill(SIGNING_SECRET);
      await page.getByLabel('Bot token').fill('xoxb-wrong-token');
      await page.getByRole('button', { name: 'Connect Slack' }).click();
      await expect(page.getByText(/Slack did not accept the bot token/)).toBeVisible();
      await page.getByLabel('Bot token').fill(slack.token);
      await page.getByRole('button', { name: 'Connect Slack' }).click();
      await expect(page.getByText('Connected to Larkspur Support')).toBeVisible();
      await page.getByRole('textbox', { name: 'Channel', exact: true }).fill('#support-heroes');
      await page.getByRole('button', { name: 'Add channel' }).click();
      await expect(page.getByRole('cell', { name: '#support-heroes', exact: true })).toBeVisible();

      await page.getByRole('textbox', { name: 'Receiver name' }).fill('HR system');
      await page.getByRole('textbox', { name: 'Address', exact: true }).fill(receiver.url('/hr'));
      await page.getByRole('button', { name: 'Add webhook' }).click();
      secret = (await page.getByTestId('webhook-secret').textContent()) ?? '';
      expect(secret).toMatch(/^whsec_/);
      await expect(page.getByRole('cell', { name: /^HR system http/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'integrations (connected)');
      await keepScreenshot(page, 'integrations');
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'integrations (phone)');
      await keepScreenshot(page, 'integrations-phone');
      await page.setViewportSize({ width: 1280, height: 800 });
      await signOut(page, admin!.name);
    });

    const title = `Kept the store open for a late pickup ${Date.now().toString(36)}`;
    await test.step('a story told in the app appears in the Slack channel and at the webhook receiver', async () => {
      const values = await (await request.get('/api/values', { headers })).json();
      const created = await request.post('/api/stories', {
        headers,
        data: {
          title,
          heroIds: [colleague.id],
          situation: 'A customer was stuck in traffic.',
          action: 'Waited twenty minutes after closing.',
          impact: 'The gift made it to the party.',
          occurredOn: yesterday,
          channel: 'in_person',
          resolvedWithoutHandoff: true,
          valueIds: [values[0].id],
        },
      });
      expect(created.status()).toBe(201);
      await expect
        .poll(() => slack.callsOf('chat.postMessage').some((c) => c.args.channel === 'C0HEROES01' && String(c.args.text).includes(title)), { timeout: 20_000 })
        .toBe(true);
      await expect.poll(() => receiver.at('/hr').some((r) => r.body.includes(title)), { timeout: 20_000 }).toBe(true);
      const delivery = receiver.at('/hr').find((r) => r.body.includes(title))!;
      expect(String(delivery.headers['heroics-signature'])).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    });

    const slackTitle = `Told from Slack ${Date.now().toString(36)}`;
    await test.step('a story submitted from the Slack form appears in the feed', async () => {
      const values = await (await request.get('/api/values', { headers })).json();
      const payload = storyModalSubmission(slack.teamId, 'U0STAFF001', {
        heroes: ['U0COLLEAG1'],
        title: slackTitle,
        situation: 'A parcel went to the wrong town.',
        action: 'Drove it over on the way home.',
        impact: 'Delivered before dinner.',
        channel: 'field',
        values: [values[0].id],
        occurredOn: yesterday,
      });
      const signed = signedSlackRequest(SIGNING_SECRET, { payload: JSON.stringify(payload) });
      const answer = await request.post('/api/integrations/slack/interactions', { headers: signed.headers, data: signed.body });
      expect(answer.status()).toBe(200);
      await signIn(page, teller.email, teller.password);
      await expect
        .poll(
          async () => {
            await page.reload();
            // The feed has drawn its stories (after a reload the session and the first page load first).
            await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 15_000 });
            return page.getByRole('heading', { level: 2, name: slackTitle }).isVisible();
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      await expectNoSeriousA11yViolations(page, 'feed with a story from Slack');
    });
  } finally {
    await slack.stop();
    await receiver.stop();
  }
});
