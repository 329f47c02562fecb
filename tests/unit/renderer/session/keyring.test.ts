import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openKeyring } from '../../../../src-renderer/session/keyring';
import { OS_KEY_CHANGED_MESSAGE } from '../../../../src-shared/bridge/contract';
import { fakeOsKeyStore, keyringName as name } from './os-key-store';

const at = (seconds: number) => new Date(Date.parse('2026-11-23T10:00:00Z') + seconds * 1000);

describe('the keyring', { timeout: 30_000 }, () => {
  it('signs a staff member in with the PIN set on first use, and gives the same data key each time', async () => {
    const os = fakeOsKeyStore();
    const keyring = openKeyring(os, name());
    expect(await keyring.state()).toEqual({ profile: null, staff: [] });
    expect(await keyring.createProfile('王窗口', '123456', 'talent-card')).toMatchObject({
      ok: false,
      message: 'PIN 不能是重复或连续的数字',
    });
    const created = await keyring.createProfile(' 王窗口 ', '246810', 'talent-card');
    if (!created.ok) throw new Error(created.message);
    expect((await keyring.state()).staff).toEqual(['王窗口']);
    const signedIn = await keyring.signIn('王窗口', '246810');
    expect(signedIn).toMatchObject({ ok: true, staffName: '王窗口', profile: { database: 'talent-card' } });
    expect(signedIn.ok && signedIn.dataKey).toEqual(created.dataKey);

    const added = await keyring.addStaff(created.dataKey, '李窗口', '窗口密码2026年');
    expect(added.ok).toBe(true);
    const other = await keyring.signIn('李窗口', '窗口密码2026年');
    expect(other.ok && other.dataKey).toEqual(created.dataKey);
    expect(await keyring.signIn('赵某', '246810')).toMatchObject({ ok: false, code: 'unknown-staff' });
    keyring.close();
  });

  it('rate-limits wrong PINs across restarts, and a right PIN after the wait clears the count', async () => {
    const os = fakeOsKeyStore();
    const db = name();
    let keyring = openKeyring(os, db);
    await keyring.createProfile('王窗口', '246810', 'talent-card', at(0));
    for (let i = 1; i <= 4; i++) {
      expect(await keyring.signIn('王窗口', '000000', at(i))).toMatchObject({
        ok: false,
        code: 'wrong-secret',
        retryAt: null,
      });
    }
    expect(await keyring.signIn('王窗口', '000000', at(5))).toEqual({
      ok: false,
      code: 'wrong-secret',
      message: 'PIN 或密码不正确，已连续错误 5 次，请 30 秒后再试',
      retryAt: at(35).toISOString(),
    });
    // The app closed and opened again: the count and the wait are still there, even for the right PIN.
    keyring.close();
    keyring = openKeyring(os, db);
    expect(await keyring.signIn('王窗口', '246810', at(20))).toEqual({
      ok: false,
      code: 'throttled',
      message: '尝试次数过多，请 15 秒后再试',
      retryAt: at(35).toISOString(),
    });
    // Another wrong one after the wait doubles it.
    expect(await keyring.signIn('王窗口', '000000', at(40))).toMatchObject({ retryAt: at(100).toISOString() });
    expect(await keyring.signIn('王窗口', '246810', at(100))).toMatchObject({ ok: true });
    expect(await keyring.signIn('王窗口', '000000', at(101))).toMatchObject({ retryAt: null });
    keyring.close();
  });

  it('says plainly when the OS key changed, keeps the old database, and starts a new profile for a restore', async () => {
    const os = fakeOsKeyStore();
    const keyring = openKeyring(os, name());
    const first = await keyring.createProfile('王窗口', '246810', 'talent-card');
    if (!first.ok) throw new Error(first.message);
    os.changeKey();
    expect(await keyring.signIn('王窗口', '246810')).toEqual({
      ok: false,
      code: 'os-key-changed',
      message: OS_KEY_CHANGED_MESSAGE,
    });
    // The PIN was right: no wrong try counted.
    expect(await keyring.signIn('王窗口', '246810')).toMatchObject({ code: 'os-key-changed' });
    const recovered = await keyring.createProfile('王窗口', '135790', 'talent-card-20261123100000');
    if (!recovered.ok) throw new Error(recovered.message);
    expect(recovered.profile).toMatchObject({ database: 'talent-card-20261123100000', previous: ['talent-card'] });
    expect(recovered.dataKey).not.toEqual(first.dataKey);
    expect(await keyring.signIn('王窗口', '135790')).toMatchObject({ ok: true });
    keyring.close();
  });
});
