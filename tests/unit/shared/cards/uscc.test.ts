import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUscc } from '../../../../src-shared/cards/uscc';
import { usccCheckCharacter } from '../../../../src-shared/registration/rules/check-characters';

// GB 32100-2015 code characters, written out here rather than imported: 0–9 and A–Z without I, O, S, V, Z.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WRONG_CHECK = '统一社会信用代码的校验位不对，请核对后重新输入';

describe('parseUscc', () => {
  it.each(['91350100M000100Y43', '911100001000079554'])('accepts the real code %s', (code) => {
    expect(parseUscc(code)).toEqual({ ok: true, value: code });
  });

  it.each([
    ['9135 0100 M000 100Y 43', '91350100M000100Y43'],
    ['91350100m000100y43', '91350100M000100Y43'],
    ['  91350100-M000100-Y43 ', '91350100M000100Y43'],
    ['911100001000079554\n', '911100001000079554'],
    ['9111 0000 1000 0795 54', '911100001000079554'],
  ])('reads %j as %s', (typed, code) => {
    expect(parseUscc(typed)).toEqual({ ok: true, value: code });
  });

  it('asks for a code when there is none', () => {
    expect(parseUscc('')).toEqual({ ok: false, message: '请填写统一社会信用代码' });
    expect(parseUscc('   ')).toEqual({ ok: false, message: '请填写统一社会信用代码' });
  });

  it('refuses a wrong check character', () => {
    expect(parseUscc('91350100M000100Y44')).toEqual({ ok: false, message: WRONG_CHECK });
    expect(parseUscc('911100001000079553')).toEqual({ ok: false, message: WRONG_CHECK });
    // Two characters swapped.
    expect(parseUscc('91530100M000100Y43')).toEqual({ ok: false, message: WRONG_CHECK });
  });

  it('refuses 17 or 19 characters', () => {
    expect(parseUscc('91350100M000100Y4')).toEqual({ ok: false, message: '统一社会信用代码应为 18 位，现为 17 位' });
    expect(parseUscc('91350100M000100Y433')).toEqual({ ok: false, message: '统一社会信用代码应为 18 位，现为 19 位' });
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('refuses the letter %s', (letter) => {
    const message = `统一社会信用代码不含字符“${letter}”（不使用 I、O、S、V、Z）`;
    expect(parseUscc(`91350100${letter}000100Y43`)).toEqual({ ok: false, message });
    expect(parseUscc(`91350100M000100Y4${letter}`)).toEqual({ ok: false, message });
    expect(parseUscc(`91350100${letter.toLowerCase()}000100Y43`)).toEqual({ ok: false, message });
  });

  it('refuses other characters', () => {
    expect(parseUscc('91350100M000100Y4_')).toEqual({
      ok: false,
      message: '统一社会信用代码不含字符“_”（不使用 I、O、S、V、Z）',
    });
  });
});

const codeChar = fc.constantFrom(...ALPHABET);
const body = fc.array(codeChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));

describe('parseUscc (property)', () => {
  it('accepts any body with its check character, and refuses it with any one character changed', () => {
    fc.assert(
      fc.property(
        body,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: ALPHABET.length - 1 }),
        (b, at, shift) => {
          const check = usccCheckCharacter(b);
          expect(check).not.toBeNull();
          expect(ALPHABET).toContain(check);
          const code = `${b}${check}`;
          expect(parseUscc(code)).toEqual({ ok: true, value: code });
          expect(parseUscc(code.toLowerCase())).toEqual({ ok: true, value: code });

          const current = ALPHABET.indexOf(code[at] ?? '');
          const changed = code.slice(0, at) + ALPHABET[(current + shift) % ALPHABET.length] + code.slice(at + 1);
          expect(changed).not.toBe(code);
          expect(parseUscc(changed)).toEqual({ ok: false, message: WRONG_CHECK });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
