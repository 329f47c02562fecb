/**
 * The server's error answers: `{ error: { code, message } }`, with a
 * machine-readable code and a Chinese message a person can act on. The
 * client shows `message`; tests and code branch on `code`.
 */
export const API_ERRORS = {
  'malformed-json': '请求内容不是有效的 JSON。',
  'invalid-request': '请求内容不符合要求。',
  'unsupported-media-type': '不支持的内容类型。',
  'body-too-large': '请求内容过大。',
  'not-found': '请求的地址不存在。',
  'record-not-found': '记录不存在。',
  'attachment-not-found': '附件不存在。',
  'method-not-allowed': '不支持该请求方法。',
  unauthenticated: '设备未登记或登记已失效，请在「设置」中重新登记本设备。',
  'token-revoked': '本设备的登记已被管理员注销，请联系管理员重新登记。',
  forbidden: '本设备无权进行此操作。',
  'other-district': '本设备只能访问本区市的记录。',
  'enrolment-code-invalid': '登记码不正确，请核对后重新输入。',
  'enrolment-code-expired': '登记码已过期，请向管理员索取新的登记码。',
  'enrolment-code-used': '登记码已被使用过，每个登记码只能登记一台设备。',
  'bad-credentials': '用户名或密码不正确。',
  'account-disabled': '该账号已停用。',
  'sign-in-locked': '登录失败次数过多，请 15 分钟后再试。',
  'username-taken': '用户名已存在。',
  'role-district-mismatch': '市级和管理员账号属于市级（市直），区市窗口账号须选择所属区市。',
  'unknown-district': '区市代码不正确。',
  'device-not-found': '设备不存在。',
  conflict: '记录已被其他设备修改，请先同步。',
  'record-moved': '记录所属区市不能更改。',
  'hash-mismatch': '附件内容与其 SHA-256 校验值不符。',
  'mutation-gap': '变更序号不连续：服务器缺少本批之前的变更。',
  'mutation-order': '同一批中的变更序号必须从小到大连续排列。',
  'city-decision': '审核结论和制卡、发卡只能由市级记录，区市窗口不能更改。',
  'append-only': '审计记录只能新增，不能修改或删除。',
  'audit-invalid': '审计记录的格式不正确。',
  'upload-offset-mismatch': '续传位置与服务器已收到的不符，请从服务器给出的位置继续上传。',
  'upload-length-mismatch': '附件总长度与正在进行的上传不符。',
  'upload-chunk-too-long': '这一块超出了附件的总长度。',
  'rate-limited': '请求过于频繁，请稍后再试。',
  timeout: '请求超时，请稍后再试。',
  unavailable: '服务器正在停止或暂时不可用，请稍后再试。',
  internal: '服务器内部错误，请稍后再试或联系管理员。',
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

export function apiErrorBody(code: ApiErrorCode, message: string = API_ERRORS[code]): ApiErrorBody {
  return { error: { code, message } };
}
