import type { ApplicationExport } from '../../src-shared/registration/export';
import type { GenerateResult } from './types';

/** The messages between generate.ts (the page) and worker.ts. */
export interface GenerateRequest {
  type: 'generate';
  id: number;
  forms: ApplicationExport[];
  /** Absolute URL of the folder the fonts are served from, ending in a slash. */
  fontBase: string;
}

export type WorkerMessage =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: GenerateResult };
