import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, signIn } from './support/session';

const HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';

test('an admin imports a roster CSV, opens the reports, reads the survival curves and downloads a CSV', async ({ page, request }) => {
  // A department and manager of this journey's own: the import adds people to it and records a departure there,
  // never in the demo company's departments that other journeys read.
  const team = await freshTeam(request, 'Imports', { staff: 0 });
  const stamp = Date.now().toString(36);
  const newcomer = { name: `Imani Import ${stamp}`, email: `imani.${stamp}@larkspur.example` };
  const colleague = { name: `Jonas Import ${stamp}`, email: `jonas.${stamp}@larkspur.example` };
  const rows = (leftOnTypo: string) =>
    [
      HEADER,
      `${newcomer.name},${newcomer.email},${team.department.name},staff,Shoe Fitter,${team.manager.email},2024-09-02,,`,
      `${colleague.name},${colleague.email},${team.department.name},staff,"Chat Agent, nights",${team.manager.email},2021-03-15,${leftOnTypo},voluntary`,
    ].join('\n');

  await signIn(page, ADMIN.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
  await page.getByRole('link', { name: 'Import / export CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import the roster' })).toBeVisible();

  // A file with a mistake: the dry run names the row and the field, and nothing can be applied.
  await page.locator('input[type="file"]').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('2021-02-30')) });
  await expect(page.getByText('Dry run: 1 row has errors')).toBeVisible();
  const errorRow = page.locator('tr[data-row-error="true"]');
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow).toContainText('leftOn:');
  await expect(errorRow).toContainText('is not a date written YYYY-MM-DD');
  await expect(page.getByRole('button', { name: /^Apply/ })).toBeDisabled();
  await expectNoSeriousA11yViolations(page, 'roster import with errors');
  await keepScreenshot(page, 'roster-import-dry-run-errors');

  // The corrected file: two new people (one who already left), applied in one go.
  // Clearing the file clears its report too.
  await page.getByRole('button', { name: 'Clear the chosen file' }).click();
  await expect(page.getByText('Dry run: 1 row has errors')).toBeHidden();
  await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
  await page.locator('input[type="file"]').setInputFiles({ name: 'roster-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('2025-08-31')) });
  await expect(page.getByText('Dry run: ready to apply')).toBeVisible();
  await page.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(page.getByText('The roster now matches the file.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster import applied');
  await keepScreenshot(page, 'roster-import-applied');

  // The reports: survival curves of recognised and not recognised people, with the at-risk table.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  const survival = page.getByRole('region', { name: 'Do recognised people stay longer?' });
  await expect(survival.getByText('Share still employed by years since hire')).toBeVisible();
  await expect(survival.locator('.recharts-line')).toHaveCount(3);
  await expect(survival.getByText('By colleagues or managers (solid line)')).toBeVisible();
  await expect(survival.getByText('By customers only (dotted line)')).toBeVisible();
  await expect(survival.getByText('Not recognised (dashed line)')).toBeVisible();
  const summary = survival.getByRole('table', { name: /^Retention by how people were recognised/ });
  // Three groups that do not overlap: their people add up to everyone followed, as the caption says.
  await expect(summary.getByRole('rowheader')).toHaveText(['Recognised by colleagues or managers', 'Recognised by customers only', 'Not recognised']);
  const followed = Number(/\(([\d,]+) (?:person|people) followed/.exec((await summary.getAttribute('aria-label')) ?? '')?.[1].replace(/,/g, ''));
  const people = await summary
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .locator('td:nth-child(2)')
    .allInnerTexts();
  expect(people.map(Number).reduce((a, b) => a + b, 0)).toBe(followed);
  await expect(survival.getByRole('table', { name: 'Number at risk (still observed) by years since hire' })).toBeVisible();
  // Whether the difference is more than chance, in words: a rate with its interval and p-value, or too few to tell.
  const chance = survival.getByRole('region', { name: 'Is the difference more than chance?' });
  await expect(chance.getByText('Recognised in any way vs not recognised')).toBeVisible();
  await expect(chance.getByTestId('log-rank-any')).toContainText(
    /left at \d+\.\d\d times the rate of those not recognised \(95% confidence interval \d+\.\d\d to \d+\.\d\d\)\. A difference this large would arise by chance alone .*\(log-rank p [=<] [\d.]+\)|Too few people to tell/,
  );
  await expect(page.getByRole('region', { name: 'Tenure' }).getByRole('table', { name: 'Tenure by department' })).toContainText('Shoes');
  // The coverage chart labels its departments as names and its scale in percent ("Shoes", "50%"), never "Shoes%".
  // (The page asks for five reports at once; the server prepares two at a time per person and the rest come back.)
  const coverage = page.getByRole('region', { name: 'Recognition coverage' });
  const labels = coverage.locator('svg text');
  await expect(labels.filter({ hasText: /^Shoes$/ })).toHaveCount(1);
  await expect(labels.filter({ hasText: /^50%$/ }).first()).toBeVisible();
  await expect(labels.filter({ hasText: /[A-Za-z]%/ })).toHaveCount(0);
  await expect(page.getByText('This did not load')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'reports');
  await keepScreenshot(page, 'reports');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    survival.getByRole('button', { name: 'Download CSV: recognition and retention summary' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^recognition-retention-summary-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  // A UTF-8 byte-order mark first, so Excel reads names with accents correctly.
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split('\r\n')[0]).toBe(
    'department,group,recognised_within_months,people,leavers,still_employed,retention_12_months,retention_24_months,median_tenure_years',
  );
  expect(csv).toContain('All departments,recognised_by_peers_or_managers,6,');
  expect(csv).toContain('All departments,recognised_by_customers_only,6,');
  expect(csv).toContain('All departments,not_recognised,6,');

  // A department picked: the tenure table narrows to it.
  await page.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: team.department.name, exact: true }).click();
  const tenure = page.getByRole('table', { name: 'Tenure by department' });
  await expect(tenure.getByRole('rowheader')).toHaveText([team.department.name, 'All departments']);
  // Three people in the department: far too few to tell the difference from chance.
  await expect(chance.getByTestId('log-rank-any')).toContainText('Too few people to tell whether the difference is more than chance');
  // The manager and the newcomer are employed; the colleague imported as gone is not counted.
  await expect(
    tenure
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: team.department.name }) })
      .getByRole('cell')
      .first(),
  ).toHaveText('2');
});
