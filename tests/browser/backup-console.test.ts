// The backups on the staff console's dashboard, in Chromium: a failing backup shown as a notice with its reason (in the
// console's words), then the time of the last backup once one works again. Axe on both.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { TEST_STAFF } from '../support/kiosk.ts';
import { accessibilityProblems } from '../support/screen-checks.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vikno-backup-console-'));
// A file where the backup folder should be: every backup fails until it is a folder.
const backupDir = path.join(folder, 'backups');
writeFileSync(backupDir, 'not a folder');
const suite = useBrowserSuite({ backup: { dir: backupDir, intervalMs: 3_600_000, keep: 5 } });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('backups on the staff console', { timeout: 120_000 }, () => {
  it('shows a failing backup with its reason, then the last backup time once it works', async () => {
    await suite.kiosk.server.backupNow();
    const page = await (await suite.browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    try {
      await page.goto(`${suite.kiosk.server.url}/staff`);
      await page.getByRole('textbox', { name: 'Логін' }).fill(TEST_STAFF.login);
      await page.getByLabel('Пароль').fill(TEST_STAFF.password);
      await page.getByRole('button', { name: 'Увійти' }).click();
      const backups = page.getByRole('region', { name: 'Резервні копії бази даних' });
      // In the console's words, naming the folder.
      await backups.getByText(new RegExp(`^Резервні копії не вдаються з .*: ${backupDir} — не папка\\. Перевірте диск`)).waitFor();
      await expect(backups.getByText('Копій ще немає.').count()).resolves.toBe(1);
      expect(await accessibilityProblems(page)).toEqual([]);

      rmSync(backupDir);
      mkdirSync(backupDir);
      await suite.kiosk.server.backupNow();
      await backups.getByText(/^Остання копія: \d{2}\.\d{2}\.\d{4}/).waitFor();
      await expect(backups.getByText(/не вдаються/).count()).resolves.toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
