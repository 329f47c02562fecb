import { describe, expect, it } from 'vitest';
import {
  checkDeviceName,
  checkServerPath,
  normaliseEnrolmentCode,
  normaliseServerUrl,
} from '../../../src-shared/bridge/server';
import { validateRequest } from '../../../src-shared/bridge/validate';

describe('the server operations’ arguments', () => {
  it('accepts well-formed requests', () => {
    expect(validateRequest('serverConnection', [])).toBeNull();
    expect(validateRequest('serverForget', [])).toBeNull();
    expect(
      validateRequest('serverEnrol', [
        { serverUrl: 'https://sync.weihai.example', code: 'AB23-CD45', deviceName: '王窗口（环翠区）' },
      ]),
    ).toBeNull();
    expect(
      validateRequest('serverRequest', [{ method: 'GET', path: '/api/v1/records/applications?after=3' }]),
    ).toBeNull();
    expect(
      validateRequest('serverRequest', [{ method: 'PUT', path: '/api/v1/records/projects/x', body: {} }]),
    ).toBeNull();
    expect(
      validateRequest('serverRequest', [
        { method: 'PUT', path: `/api/v1/attachments/${'a'.repeat(64)}`, body: new Uint8Array([1, 2]) },
      ]),
    ).toBeNull();
    expect(
      validateRequest('serverRequest', [
        {
          method: 'PATCH',
          path: `/api/v1/attachments/${'a'.repeat(64)}`,
          body: new Uint8Array([1, 2]),
          upload: { offset: 8, length: 10 },
        },
      ]),
    ).toBeNull();
  });

  const enrol = { serverUrl: 'http://127.0.0.1:8787', code: 'AB23-CD45', deviceName: '测试机' };
  const chunk = {
    method: 'PATCH',
    path: `/api/v1/attachments/${'a'.repeat(64)}`,
    body: new Uint8Array([1, 2]),
    upload: { offset: 0, length: 10 },
  };
  it.each([
    ['serverConnection', ['extra'], '不接受参数'],
    ['serverForget', [{}], '不接受参数'],
    ['serverEnrol', [], '请求格式'],
    ['serverEnrol', ['http://127.0.0.1'], '请求格式'],
    ['serverEnrol', [{ ...enrol, token: 'x' }], '未知字段 token'],
    ['serverEnrol', [{ ...enrol, serverUrl: 42 }], 'serverUrl'],
    ['serverEnrol', [{ ...enrol, serverUrl: 'file:///etc/passwd' }], 'http://'],
    ['serverEnrol', [{ ...enrol, serverUrl: 'javascript:alert(1)' }], 'http://'],
    ['serverEnrol', [{ ...enrol, code: '   ' }], '登记码'],
    ['serverEnrol', [{ ...enrol, code: 'x'.repeat(40) }], '过长'],
    ['serverEnrol', [{ ...enrol, deviceName: '' }], '本机名称'],
    ['serverEnrol', [{ ...enrol, deviceName: '名'.repeat(101) }], '过长'],
    ['serverRequest', [null], '请求格式'],
    ['serverRequest', [{ method: 'DELETE', path: '/api/v1/me' }], '请求方法'],
    ['serverRequest', [{ method: 'get', path: '/api/v1/me' }], '请求方法'],
    ['serverRequest', [{ method: 'GET', path: '/readyz' }], '/api/v1/'],
    ['serverRequest', [{ method: 'GET', path: '//evil.example/api/v1/me' }], '/api/v1/'],
    ['serverRequest', [{ method: 'GET', path: '/api/v1//me' }], '不允许'],
    ['serverRequest', [{ method: 'GET', path: '/api/v1/a/../../x' }], '..'],
    ['serverRequest', [{ method: 'GET', path: '/api/v1/%2E%2E/x' }], '..'],
    ['serverRequest', [{ method: 'GET', path: '/api/v1/me#x' }], '不允许'],
    ['serverRequest', [{ method: 'GET', path: '/api/v1/me\r\nX-Evil: 1' }], '不允许'],
    ['serverRequest', [{ method: 'GET', path: '/api/v1/姓名' }], '不允许'],
    ['serverRequest', [{ method: 'HEAD', path: '/api/v1/me', body: 'x' }], '请求体'],
    ['serverRequest', [{ method: 'GET', path: '/api/v1/me', headers: { authorization: 'x' } }], '未知字段'],
    ['serverRequest', [{ ...chunk, method: 'PUT' }], 'PATCH'],
    ['serverRequest', [{ ...chunk, body: { bytes: [1] } }], 'PATCH'],
    ['serverRequest', [{ ...chunk, upload: { offset: -1, length: 10 } }], '续传位置'],
    ['serverRequest', [{ ...chunk, upload: { offset: 0.5, length: 10 } }], '续传位置'],
    ['serverRequest', [{ ...chunk, upload: { offset: 0, length: 10, extra: 1 } }], '续传位置'],
    ['serverRequest', [{ ...chunk, upload: { offset: 9, length: 10 } }], '超出'],
  ] as const)('%s refuses %j', (operation, args, message) => {
    expect(validateRequest(operation, args)).toEqual({
      code: 'invalid-request',
      message: expect.stringContaining(message),
    });
  });
});

it('refuses an address, a JSON body or an attachment over its limit', () => {
  const refusals = [
    validateRequest('serverEnrol', [
      { serverUrl: `https://a.cn/${'x'.repeat(3000)}`, code: 'AB23-CD45', deviceName: '测试机' },
    ]),
    validateRequest('serverRequest', [
      { method: 'POST', path: '/api/v1/sessions', body: { a: 'x'.repeat(1024 * 1024) } },
    ]),
    validateRequest('serverRequest', [
      { method: 'PUT', path: '/api/v1/attachments/x', body: new Uint8Array(21 * 1024 * 1024) },
    ]),
  ];
  expect(refusals).toEqual([
    { code: 'invalid-request', message: expect.stringContaining('过长') },
    { code: 'invalid-request', message: expect.stringContaining('1 MB') },
    { code: 'invalid-request', message: expect.stringContaining('20 MB') },
  ]);
});

it('refuses a body that cannot become JSON', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  for (const body of [{ n: 1n }, circular, () => 1]) {
    expect(validateRequest('serverRequest', [{ method: 'POST', path: '/api/v1/sessions', body }])).toEqual({
      code: 'invalid-request',
      message: expect.stringContaining('JSON'),
    });
  }
});

describe('normaliseServerUrl', () => {
  it.each([
    ['https://sync.weihai.example/', 'https://sync.weihai.example'],
    ['  HTTP://127.0.0.1:8787  ', 'http://127.0.0.1:8787'],
    ['sync.weihai.example', 'https://sync.weihai.example'],
    ['https://gw.example.cn/talent//', 'https://gw.example.cn/talent'],
    ['https://sync.example.cn:443', 'https://sync.example.cn'],
  ])('%s → %s', (typed, expected) => {
    expect(normaliseServerUrl(typed)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'ws://a.cn', 'https://a:b@a.cn', 'https://a.cn?x=1', 'https://a.cn/#', 'http://[::1'])(
    'refuses %j with a message',
    (typed) => {
      expect(normaliseServerUrl(typed)).toMatchObject({ ok: false, message: expect.any(String) });
    },
  );
});

describe('normaliseEnrolmentCode and checkDeviceName', () => {
  it('accepts a code typed in lower case, with spaces or without the dash', () => {
    expect(normaliseEnrolmentCode(' ab23 cd45 ')).toEqual({ ok: true, value: 'AB23-CD45' });
    expect(normaliseEnrolmentCode('AB23CD45')).toEqual({ ok: true, value: 'AB23-CD45' });
  });

  it('says what a code looks like', () => {
    expect(normaliseEnrolmentCode('AB23-CD4')).toEqual({ ok: false, message: expect.stringContaining('8 位') });
    expect(normaliseEnrolmentCode('')).toEqual({ ok: false, message: '请填写登记码' });
  });

  it('trims device names and refuses blank, long or control characters', () => {
    expect(checkDeviceName(' 王窗口（环翠区） ')).toEqual({ ok: true, value: '王窗口（环翠区）' });
    expect(checkDeviceName(' ')).toMatchObject({ ok: false });
    expect(checkDeviceName('名'.repeat(101))).toMatchObject({ ok: false });
    expect(checkDeviceName('a\u0007b')).toMatchObject({ ok: false });
  });

  it('keeps paths under the API', () => {
    expect(checkServerPath('/api/v1/records/applications?district=HC&after=0&limit=500')).toMatchObject({ ok: true });
  });
});
