import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { fillApplicant, newApplication, setUpDevice } from './helpers';

/** Every byte Chromium keeps for the site's IndexedDB: LevelDB logs and tables, and blob files. */
async function indexedDbBytes(profile: string): Promise<Buffer> {
  const root = join(profile, 'Default', 'IndexedDB');
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Buffer.concat(await Promise.all(files.map((file) => readFile(join(file.parentPath, file.name)))));
}

const utf16 = (text: string) => Buffer.from(text, 'utf16le');

test('the browser profile’s IndexedDB files hold no 证件号码 or phone, though the name is there', async ({
  baseURL,
  launchOptions,
  locale,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'talent-card-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, locale });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await setUpDevice(page);
    await newApplication(page);
    await fillApplicant(page, {
      name: '周密封',
      idNumber: '370102198506150013',
      phone: '13912345678',
      ethnicity: '汉族',
    });
    await expect(page.getByTestId('save-state')).toContainText('草稿已保存');
  } finally {
    // Closing the browser writes everything out to the profile folder.
    await context.close();
  }
  try {
    const bytes = await indexedDbBytes(profile);
    // What the scan can see: the name is kept readable for the name search.
    expect(bytes.includes(utf16('周密封')) || bytes.includes(Buffer.from('周密封'))).toBe(true);
    for (const secret of ['370102198506150013', '198506150013', '13912345678']) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
      expect(bytes.includes(utf16(secret)), secret).toBe(false);
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
