import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the page once it is still (no transition running: a dialog fading in has colours half-way, which a
 * person never reads; a loader's endless spin does not count; no toast waiting to fade out) and fails on serious or critical violations, listing each with the elements at fault.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  // A toast (it closes by itself after a few seconds) is gone first: it fades out while axe reads the page, and its
  // colours half-way through (the contrast of 1.01 seen once) are not what a person reads.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.mantine-Notification-root').length === 0 &&
      document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 15_000 },
  );
  const started = Date.now();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  if (process.env.AXE_TIMING) console.log(`axe ${label}: ${Date.now() - started} ms`);
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
