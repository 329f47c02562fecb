import type { Gender } from '../registration/application';
import type { CodeEntry } from './code-list';

/** 性别 — GB/T 2261.1《个人基本信息分类与代码 第1部分：人的性别代码》. */
export const GENDERS: readonly CodeEntry<Gender>[] = [
  { code: '1', label: '男' },
  { code: '2', label: '女' },
];
