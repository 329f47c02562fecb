import type { CodeEntry } from './code-list';

/** 政治面貌 — GB/T 4762《政治面貌代码》, labels as the standard writes them. */
export const POLITICAL_STATUSES: readonly CodeEntry[] = [
  { code: '01', label: '中国共产党党员' },
  { code: '02', label: '中国共产党预备党员' },
  { code: '03', label: '中国共产主义青年团团员' },
  { code: '04', label: '中国国民党革命委员会会员' },
  { code: '05', label: '中国民主同盟盟员' },
  { code: '06', label: '中国民主建国会会员' },
  { code: '07', label: '中国民主促进会会员' },
  { code: '08', label: '中国农工民主党党员' },
  { code: '09', label: '中国致公党党员' },
  { code: '10', label: '九三学社社员' },
  { code: '11', label: '台湾民主自治同盟盟员' },
  { code: '12', label: '无党派民主人士' },
  { code: '13', label: '群众' },
];
