// Types of electron-security-report.mjs, for the unit tests that import it.

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export const GATED_SEVERITIES: readonly Severity[];
export const NO_FILE: 'N/A';

/** The part of one issue of electronegativity's `run()` result that is read. */
export interface AnalyserIssue {
  id: string;
  file: string;
  sample?: string;
  location?: { line: number; column: number };
  description?: string;
  severity?: { name: string };
  confidence?: { name: string };
}

export interface AnalyserResult {
  issues?: AnalyserIssue[];
  errors?: { file: string; message: string; tolerable?: boolean }[];
}

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  /** Repository path, or 'N/A' for a global check. */
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
  url: string;
}

export interface ParseError {
  file: string;
  message: string;
  tolerable: boolean;
}

export interface AllowEntry {
  check: string;
  file: string;
  reason: string;
}

export interface Judgement {
  allowed: { finding: Finding; entry: AllowEntry }[];
  blocking: Finding[];
  informational: Finding[];
  stale: AllowEntry[];
}

export interface Suppression {
  file: string;
  line: number;
  text: string;
}

export interface Verdict {
  judgement: Judgement;
  parseErrors: ParseError[];
  parseWarnings?: ParseError[];
  suppressions: Suppression[];
}

export function readAnalyserResult(
  result: AnalyserResult,
  scanRoot: string,
): { findings: Finding[]; parseErrors: ParseError[]; parseWarnings: ParseError[] };
export function parseAllowList(text: string, source?: string): AllowEntry[];
export function judge(findings: Finding[], allowList: AllowEntry[]): Judgement;
export function findInlineSuppressions(files: { path: string; text: string }[]): Suppression[];
export function passed(verdict: Verdict): boolean;
export function formatSummary(verdict: Verdict & { allowListFile: string }): string[];
