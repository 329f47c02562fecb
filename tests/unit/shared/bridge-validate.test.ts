import { describe, expect, it } from 'vitest';
import { MAX_REQUESTED_OPEN_FILE_BYTES } from '../../../src-shared/bridge/contract';
import { validateRequest } from '../../../src-shared/bridge/validate';

const pdf = new Uint8Array([37, 80, 68, 70]);

describe('validateRequest', () => {
  it('accepts well-formed requests', () => {
    expect(validateRequest('appInfo', [])).toBeNull();
    expect(validateRequest('saveFile', [{ suggestedName: '申领登记表.pdf', data: pdf }])).toBeNull();
    expect(
      validateRequest('openFile', [{ filters: [{ name: '图片', extensions: ['jpg', 'png'] }], multiple: true }]),
    ).toBeNull();
    expect(validateRequest('printPdf', [{ pdf, printer: 'HP', copies: 2, title: '申领登记表' }])).toBeNull();
    expect(validateRequest('openPdf', [{ pdf, title: '申领登记表' }])).toBeNull();
    // A backup of everything may be far larger than a scan.
    expect(validateRequest('openFile', [{ maxBytes: MAX_REQUESTED_OPEN_FILE_BYTES }])).toBeNull();
  });

  it.each([
    ['appInfo', ['extra'], '不接受参数'],
    ['saveFile', [null], '请求格式不正确'],
    ['saveFile', [{ suggestedName: '../../.bashrc', data: pdf }], '不可用'],
    ['saveFile', [{ suggestedName: '  ', data: pdf }], '不可用'],
    ['saveFile', [{ suggestedName: 'a.pdf', data: 'text' }], '文件内容'],
    ['saveFile', [{ suggestedName: 'a.pdf', data: new Uint8Array() }], '为空'],
    ['openFile', [{ filters: [{ name: 'x', extensions: ['p df'] }] }], '筛选'],
    ['openFile', [{ maxBytes: -1 }], '上限'],
    ['openFile', [{ maxBytes: MAX_REQUESTED_OPEN_FILE_BYTES + 1 }], '上限'],
    ['printPdf', [{ pdf, printer: 'HP', copies: 0, title: 't' }], '份数'],
    ['printPdf', [{ pdf, printer: 'HP', copies: 1.5, title: 't' }], '份数'],
    ['printPdf', [{ pdf, printer: 'x'.repeat(300), copies: 1, title: 't' }], '过长'],
    ['openPdf', [{ pdf, title: 'a\u0000b' }], '不可用'],
  ] as const)('%s refuses %j', (operation, args, message) => {
    expect(validateRequest(operation, args)).toEqual({
      code: 'invalid-request',
      message: expect.stringContaining(message),
    });
  });
});
