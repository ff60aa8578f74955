import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the page once it is still (no transition running: a dialog fading in has colours half-way, which a
 * person never reads; a loader's endless spin does not count; a toast held open or gone) and fails on serious or critical violations, listing each with the elements at fault.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  // A toast fades out by itself after a few seconds; its colours half-way through (a contrast of 1.01 was seen once)
  // are not what a person reads. The pointer on a toast holds it open, as it does for a person reading it: one toast
  // is held and read with the page (its text, its close button), then let go. Several at once are waited out.
  await pageIsStill(page, 1);
  const toasts = page.locator('.mantine-Notification-root');
  const held =
    (await toasts.count()) === 1 &&
    (await toasts
      .first()
      .hover({ timeout: 2_000 })
      .then(
        () => true,
        () => false,
      ));
  await pageIsStill(page, held ? 1 : 0);
  const started = Date.now();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  if (process.env.AXE_TIMING) console.log(`axe ${label}: ${Date.now() - started} ms`);
  if (held) await page.mouse.move(0, 0);
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious
    .map((violation) =>
      [
        `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.slice(0, 8).map((node) => `    at ${node.target.join(' ')}\n       ${node.failureSummary?.replace(/\n/g, '\n       ')}`),
        violation.nodes.length > 8 ? `    ... and ${violation.nodes.length - 8} more` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
  expect(
    serious.map((violation) => violation.id),
    `Accessibility violations on ${label} (${page.url()}):\n\n${report}\n`,
  ).toEqual([]);
}

/** No transition running (an endless spinner does not count), and at most `toasts` toasts shown. */
async function pageIsStill(page: Page, toasts: number): Promise<void> {
  await page.waitForFunction(
    (most) =>
      document.querySelectorAll('.mantine-Notification-root').length <= most &&
      document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    toasts,
    { timeout: 15_000 },
  );
}
