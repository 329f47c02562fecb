import { DISTRICTS } from '../../src-shared/codes/districts';

export const ADMIN_PREFIX = 'npm run server -- admin';

interface CommandHelp {
  synopsis: string;
  summary: string;
}

const COMMANDS: Record<string, CommandHelp> = {
  'create-enrolment': {
    synopsis: 'create-enrolment --district 区市 --role 角色 [--hours 小时]',
    summary: '生成一次性设备登记码（默认 24 小时内有效，最长 168 小时）；最后一行单独输出登记码。',
  },
  'list-devices': { synopsis: 'list-devices', summary: '列出已登记的设备。' },
  'revoke-device': { synopsis: 'revoke-device --id 设备ID', summary: '注销设备：它的令牌立即失效。' },
  'create-account': {
    synopsis: 'create-account --username 用户名 --name 显示名 --role 角色 [--district 区市] [--password-stdin]',
    summary: '创建工作人员账号。--password-stdin：从标准输入第一行读密码；否则生成初始密码，只显示这一次。',
  },
  'list-accounts': { synopsis: 'list-accounts', summary: '列出工作人员账号。' },
  'list-audit-breaks': {
    synopsis: 'list-audit-breaks',
    summary: '列出审计记录链的断裂：哪台设备、哪条记录、何种断裂（只列出位置，不显示记录内容）。',
  },
  'verify-audit': {
    synopsis: 'verify-audit',
    summary: '从数据库中的审计记录重新核对每条记录链，记下新发现的断裂（如直接在数据库中被改动的记录）。',
  },
  backup: {
    synopsis: 'backup --out 文件',
    summary: '备份数据库：内置数据库为数据目录的一致副本，PostgreSQL 用 pg_dump。服务器运行时也可以备份。',
  },
  restore: {
    synopsis: 'restore --in 文件',
    summary: '从备份恢复（须先停止服务器）。内置数据库原有的数据目录会保留在旁边，不会删除。',
  },
  help: { synopsis: 'help', summary: '显示本说明。' },
};

/** The usage of one command, or of all of them. */
export function usageText(command?: string): string {
  const help = command ? COMMANDS[command] : undefined;
  if (help)
    return `用法：${ADMIN_PREFIX} ${help.synopsis}\n  ${help.summary}\n运行「${ADMIN_PREFIX} help」查看全部命令。`;
  const districts = DISTRICTS.map((d) => `${d.label}/${d.shortLabel}/${d.code}`).join('、');
  return [
    `用法：${ADMIN_PREFIX} <命令> [参数]`,
    '',
    '命令：',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.synopsis}`, `      ${c.summary}`]),
    '',
    '角色：district（区市窗口）、city（市级）、admin（管理员），也可以直接写中文。',
    `区市：${districts}；可写全称、简称或代码。`,
    '市级和管理员属于市级（市直），可以不写 --district。',
    '',
    '服务器正在运行时，命令交给服务器执行（内置数据库同一时间只能由一个进程打开）；',
    '服务器未运行时，命令直接打开数据库。DATA_DIR、DATABASE_URL 须与服务器使用的相同。',
  ].join('\n');
}
