import type { BridgeError } from '../../src-shared/bridge/contract';

export type EnrolField = 'serverUrl' | 'code' | 'deviceName';

/**
 * Where a failed enrolment's message belongs: next to the field the user
 * should correct, or (null) above the button when no field is at fault.
 */
export function fieldOfEnrolError(error: BridgeError): EnrolField | null {
  if (error.code === 'server-unreachable') return 'serverUrl';
  if (error.code === 'server-error') {
    if (error.serverCode?.startsWith('enrolment-code-')) return 'code';
    if (error.serverCode === 'unrecognised-response' || error.serverCode === 'redirected') return 'serverUrl';
  }
  if (error.code === 'invalid-request') {
    if (/服务器地址/.test(error.message)) return 'serverUrl';
    if (/登记码/.test(error.message)) return 'code';
    if (/本机名称/.test(error.message)) return 'deviceName';
  }
  return null;
}
