import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, apiToken, signIn } from './support/session';

const PHONE = { width: 390, height: 844 };

test('an admin imports an HR system’s semicolon export with extra columns and day-first dates', async ({ page, request }) => {
  const team = await freshTeam(request, 'Spreadsheets', { staff: 0 });
  const stamp = Date.now().toString(36);
  const joiner = { name: `Núñez, Ana ${stamp}`, email: `ana.${stamp}@larkspur.example` };
  const leaver = { name: `Bø Ørsted ${stamp}`, email: `bo.${stamp}@larkspur.example` };
  // As a European Excel or HR system writes it: a byte-order mark, semicolons, DD/MM/YYYY, columns of its own.
  const file = Buffer.from(
    [
      '\uFEFFName;Email;Department;Cost centre;Start date;Location;Leave date;Reason',
      `${joiner.name};${joiner.email};${team.department.name};CC-104;03/04/2021;Leeds;;`,
      `${leaver.name};${leaver.email};${team.department.name};CC-104;31/12/2019;York;28/02/2025;Resigned`,
    ].join('\r\n'),
    'utf8',
  );
  const choose = () => page.locator('input[type="file"]').setInputFiles({ name: 'hr-export.csv', mimeType: 'text/csv', buffer: file });

  await signIn(page, ADMIN.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
  await page.getByRole('link', { name: 'Import / export CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import the roster' })).toBeVisible();

  await test.step('the file has no hiredOn column: its own columns are offered to map, and Start date is mapped', async () => {
    await choose();
    await expect(page.getByRole('alert')).toContainText('Missing column: hiredOn');
    const startDate = page.getByRole('combobox', { name: 'Read “Start date” as' });
    await expect(startDate).toHaveValue('Ignore this column');
    await expect(page.getByRole('combobox', { name: 'Read “Cost centre” as' })).toBeVisible();
    await startDate.click();
    await page.getByRole('option', { name: 'Hired on', exact: true }).click();
  });

  await test.step('slash dates are not guessed: the rows are named until the admin says day first', async () => {
    await expect(page.getByRole('alert')).toContainText('Rows 2 and 3 write dates such as 03/04/2024');
    await expect(page.getByText('Dry run: ready to apply')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'spreadsheet import asking for the date format');
    await page.getByRole('radio', { name: 'DD/MM/YYYY (day first)' }).check();
    await expect(page.getByText('Dry run: ready to apply')).toBeVisible();
  });

  await test.step('the dry run lists the ignored columns and how it read the leave reason, then applies', async () => {
    await expect(page.getByText('Ignored columns: Cost centre, Location')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Leave reasons read as' })).toHaveText('Resigned → voluntary (1 row)');
    await expectNoSeriousA11yViolations(page, 'spreadsheet import dry run');
    await keepScreenshot(page, 'roster-import-spreadsheet-dry-run');
    await page.setViewportSize(PHONE);
    await expect(page.getByText('Ignored columns: Cost centre, Location')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'spreadsheet import dry run (phone)');
    await keepScreenshot(page, 'roster-import-spreadsheet-dry-run-phone');
    await page.getByRole('button', { name: 'Apply 2 changes' }).click();
    await expect(page.getByText('The roster now matches the file.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'spreadsheet import applied (phone)');
  });

  await test.step('the roster holds the dates as meant, day first, and the leaver as a voluntary departure', async () => {
    const auth = { Authorization: `Bearer ${await apiToken(request, ADMIN.email)}` };
    const exported = await (await request.get('/api/employees/export', { headers: auth })).text();
    expect(exported).toContain(`${joiner.email},${team.department.name},staff,,,2021-04-03,,`);
    expect(exported).toContain(`${leaver.email},${team.department.name},staff,,,2019-12-31,2025-02-28,voluntary`);
  });

  await test.step('the next visit remembers the mapping, and asks for the date format again', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Import the roster' })).toBeVisible();
    await choose();
    await expect(page.getByRole('alert')).toContainText('Rows 2 and 3 write dates');
    await expect(page.getByRole('combobox', { name: 'Read “Start date” as' })).toHaveValue('Hired on');
    await page.getByRole('radio', { name: 'DD/MM/YYYY (day first)' }).check();
    await expect(page.getByText('Dry run: ready to apply')).toBeVisible();
    await expect(page.getByText('No change').last()).toBeVisible();
  });
});
