import type { KeyProtection } from '../../src-shared/bridge/contract';

/** How the data key is kept, in words for 设置 → 安全. */
export function protectionText(protection: KeyProtection): string {
  switch (protection) {
    case 'os-keychain':
      return '由操作系统密钥库保管，并须输入工作人员的 PIN 或密码才能解开：只有在本机、本系统账户下才能打开数据';
    case 'os-basic-text':
      return '未受操作系统保护：本机没有可用的系统密钥库（常见于未启用密钥环的 Linux），数据只由 PIN 或密码加密';
    case 'none':
      return '浏览器模式：未使用操作系统密钥库，数据只由 PIN 或密码加密；关闭浏览器标签页不会清除本机数据';
  }
}

/** What protects the data, said before the first account is made. */
export function firstUseProtectionText(browserMode: boolean): string {
  return browserMode
    ? '浏览器模式下数据只由 PIN 或密码加密，未使用操作系统密钥库；关闭浏览器标签页不会清除本机数据。'
    : '证件号码、联系电话、简历、照片与扫描件加密保存，密钥由操作系统密钥库保管，并须输入 PIN 或密码才能解开。';
}
