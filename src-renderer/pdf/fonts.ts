/**
 * The fonts embedded in the printed form. The files are copied from npm
 * packages by scripts/fonts.mjs (keep the two lists in step) and served from
 * the app's own origin as `fonts/<file>`.
 */

/** pdfmake font family names, in fallback order: a character is drawn in the first that has it. */
export type FontFamily = 'SC' | 'JP' | 'TC';
export const FONT_FALLBACK_ORDER: readonly FontFamily[] = ['SC', 'JP', 'TC'];
export const PRIMARY_FONT: FontFamily = 'SC';

export interface FontFile {
  file: string;
  family: FontFamily;
  style: 'normal' | 'bold';
  /** Where the file comes from: node_modules/<package>/<dir>/<file>. */
  package: string;
  dir: string;
}

export const FONT_FILES: readonly FontFile[] = [
  // Body text: Noto Serif SC, a Song (宋体) face like the printed notice.
  {
    file: 'NotoSerifSC_400Regular.ttf',
    family: 'SC',
    style: 'normal',
    package: '@expo-google-fonts/noto-serif-sc',
    dir: '400Regular',
  },
  // Titles and labels.
  {
    file: 'NotoSerifSC_700Bold.ttf',
    family: 'SC',
    style: 'bold',
    package: '@expo-google-fonts/noto-serif-sc',
    dir: '700Bold',
  },
  // Rare characters: JP has some SC lacks (𠮷 U+20BB7), TC others.
  {
    file: 'NotoSerifJP_400Regular.ttf',
    family: 'JP',
    style: 'normal',
    package: '@expo-google-fonts/noto-serif-jp',
    dir: '400Regular',
  },
  {
    file: 'NotoSerifTC_400Regular.ttf',
    family: 'TC',
    style: 'normal',
    package: '@expo-google-fonts/noto-serif-tc',
    dir: '400Regular',
  },
];

/** The font files of one family's normal face: the one whose character set decides coverage. */
export function normalFontFile(family: FontFamily): FontFile {
  const file = FONT_FILES.find((font) => font.family === family && font.style === 'normal');
  if (!file) throw new Error(`no normal face for ${family}`);
  return file;
}

/**
 * The pdfmake font dictionary, naming files as stored in pdfmake's virtual
 * file system. Fallback families have no bold of their own: user text is
 * never bold, and labels are fixed text that SC Bold draws.
 */
export function pdfmakeFontDictionary(): Record<FontFamily, { normal: string; bold: string }> {
  const file = (family: FontFamily, style: 'normal' | 'bold') =>
    (FONT_FILES.find((font) => font.family === family && font.style === style) ?? normalFontFile(family)).file;
  return {
    SC: { normal: file('SC', 'normal'), bold: file('SC', 'bold') },
    JP: { normal: file('JP', 'normal'), bold: file('JP', 'normal') },
    TC: { normal: file('TC', 'normal'), bold: file('TC', 'normal') },
  };
}
