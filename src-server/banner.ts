import type { EnrolmentCodeInfo } from '../src-shared/api/schemas';

export interface BannerFacts {
  address: string;
  dataDir: string;
  databaseKind: 'pglite' | 'postgres';
  /** Whether the server answers only on this machine (127.0.0.1, ::1, localhost). */
  loopbackOnly: boolean;
  /** Set when no admin device is enrolled yet. */
  firstAdminCode: EnrolmentCodeInfo | null;
}

/** What a person starting the server needs to read: where it listens and how to enrol a device. */
export function bannerText(facts: BannerFacts): string {
  const database =
    facts.databaseKind === 'pglite' ? `内置数据库 PGlite（${facts.dataDir}）` : 'PostgreSQL（DATABASE_URL）';
  const lines = ['', `威海英才卡中心服务器已启动：${facts.address}`, `数据库：${database}`];
  if (!facts.loopbackOnly) {
    lines.push(
      '注意：服务器本身不加密（HTTP）。对外提供服务时，请在它前面放置 HTTPS 反向代理，',
      '      并设置 TRUST_PROXY 为代理的地址；令牌和个人信息不得以明文经过网络。',
    );
  }
  const code = facts.firstAdminCode;
  if (code) {
    const expires = new Date(code.expiresAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    lines.push(
      '',
      `尚无管理员设备。第一台管理员设备的登记码（只能使用一次，有效至 ${expires}）：`,
      '',
      `    ${code.code}`,
      '',
      '登记设备：在应用「设置 → 同步」中填写服务器地址和登记码，或：',
      `  curl -X POST ${facts.address}/api/v1/devices/enrol -H 'Content-Type: application/json' \\`,
      `       -d '{"code":"${code.code}","deviceName":"管理员电脑"}'`,
    );
  }
  lines.push(
    '',
    '为区市窗口生成登记码：npm run server -- admin create-enrolment --district 环翠区 --role district',
    '',
  );
  return lines.join('\n');
}

export function printBanner(facts: BannerFacts): void {
  process.stderr.write(`${bannerText(facts)}\n`);
}
