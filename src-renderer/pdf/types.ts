import type { ApplicationExport } from '../../src-shared/registration/export';

/** A character no embedded font can draw: printing stops and names it. */
export interface UnprintableCharacter {
  code: 'unprintable';
  /** The field path, e.g. `applicant.name`. */
  field: string;
  /** The field's name on the form, e.g. 姓名. */
  fieldLabel: string;
  char: string;
  /** "U+E000" */
  codePoint: string;
  /** The whole message for the user, in Chinese. */
  message: string;
}

export interface GenerateOptions {
  /** Called after each form is laid out: forms done, forms in all. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export type GenerateResult =
  | { ok: true; pdf: Uint8Array; pages: number }
  | { ok: false; error: UnprintableCharacter }
  | { ok: false; error: { code: 'cancelled'; message: string } }
  | { ok: false; error: { code: 'failed'; message: string } };

/** Lays out one or more applications as one A4 PDF, off the UI thread. */
export type GeneratePdf = (forms: ApplicationExport[], options?: GenerateOptions) => Promise<GenerateResult>;
