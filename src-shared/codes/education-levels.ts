import type { CodeEntry } from './code-list';

/**
 * 文化程度 — the selectable subset of GB/T 4658-2006《学历代码》.
 *
 * The form asks for a level of education, not whether the course was completed,
 * so the list offers one entry per level. Doctoral and master's degrees are told
 * apart because the talent policies weigh them differently; they use the
 * standard's 毕业 codes (11, 14). The other levels use the standard's level
 * codes (20, 30, 40, 60, 70, 80) and 90 其他.
 */
export const EDUCATION_LEVELS: readonly CodeEntry[] = [
  { code: '11', label: '博士研究生' },
  { code: '14', label: '硕士研究生' },
  { code: '20', label: '大学本科' },
  { code: '30', label: '大学专科' },
  { code: '40', label: '中等职业教育' },
  { code: '60', label: '普通高级中学' },
  { code: '70', label: '初级中学' },
  { code: '80', label: '小学' },
  { code: '90', label: '其他' },
];
