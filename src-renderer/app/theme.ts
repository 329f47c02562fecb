import { createTheme } from '@mantine/core';

const chineseSans =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: chineseSans,
  headings: { fontFamily: chineseSans, fontWeight: '600' },
  defaultRadius: 'sm',
});
