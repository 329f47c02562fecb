import { describe, expect, it } from 'vitest';
import { decideAppendOnly, decideRecord, mergeMetaValue } from '../../../../src-shared/backup/merge';
import { passphraseProblem, repeatProblem } from '../../../../src-shared/backup/passphrase';

describe('the backup passphrase', () => {
  it('needs 8 characters as typed, a Chinese character counting as one', () => {
    expect(passphraseProblem('')).toBe('请输入备份密码');
    expect(passphraseProblem('        ')).toBe('请输入备份密码');
    expect(passphraseProblem('1234567')).toBe('备份密码至少 8 个字符');
    expect(passphraseProblem('威海英才卡备份密')).toBeNull();
    expect(passphraseProblem('威海英才卡备份')).toBe('备份密码至少 8 个字符');
    expect(passphraseProblem('12345678')).toBeNull();
  });

  it('must be typed the same twice, whatever Unicode form the input method gave', () => {
    expect(repeatProblem('12345678', '')).toBe('请再次输入备份密码');
    expect(repeatProblem('12345678', '12345679')).toBe('两次输入的密码不一致');
    expect(repeatProblem('café-2026', 'cafe\u0301-2026')).toBeNull();
  });
});

describe('one record in both the backup and this profile', () => {
  const record = (updatedAt: string, name = '张三') => ({ id: 'a', updatedAt, name });

  it('is added when only the backup has it', () => {
    expect(decideRecord(undefined, record('2026-11-01T00:00:00.000Z'))).toBe('add');
  });

  it('takes the backup’s copy only when it was changed later', () => {
    expect(decideRecord(record('2026-11-01T00:00:00.000Z'), record('2026-11-02T00:00:00.000Z', '李四'))).toBe(
      'replace',
    );
    expect(decideRecord(record('2026-11-03T00:00:00.000Z'), record('2026-11-02T00:00:00.000Z', '李四'))).toBe('keep');
  });

  it('keeps this device’s copy when both were changed at the same moment, and calls equal copies the same', () => {
    expect(decideRecord(record('2026-11-02T00:00:00.000Z'), record('2026-11-02T00:00:00.000Z', '李四'))).toBe('keep');
    expect(decideRecord(record('2026-11-02T00:00:00.000Z'), record('2026-11-02T00:00:00.000Z'))).toBe('same');
  });

  it('never lets an unreadable time win', () => {
    expect(decideRecord(record('2026-11-02T00:00:00.000Z'), record('not a time', '李四'))).toBe('keep');
  });

  it('in an append-only table is only ever added', () => {
    expect(decideAppendOnly(undefined)).toBe('add');
    expect(decideAppendOnly({ id: 'e' })).toBe('same');
  });
});

describe('device settings in both', () => {
  it('keeps this device’s, but a 申领编号 counter takes the larger', () => {
    expect(mergeMetaValue('sequence:2026', 3, 7)).toEqual({ value: 7, changed: true });
    expect(mergeMetaValue('sequence:2026', 9, 7)).toEqual({ value: 9, changed: false });
    expect(mergeMetaValue('device', { deviceId: 'here' }, { deviceId: 'there' })).toEqual({
      value: { deviceId: 'here' },
      changed: false,
    });
    expect(mergeMetaValue('sync-interval-minutes', 5, 30)).toEqual({ value: 5, changed: false });
  });
});
