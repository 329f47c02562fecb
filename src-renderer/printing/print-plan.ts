import type { Application, ApplicationStatus } from '../../src-shared/registration/application';

/** Why an application cannot be printed, or null when it can (registered or further along). */
export function printRefusal(status: ApplicationStatus): string | null {
  switch (status) {
    case 'draft':
      return '尚未完成登记，请先完成登记';
    case 'withdrawn':
      return '申领已撤回，不能打印';
    case 'rejected':
      return '申领未通过，不能打印';
    default:
      // Registered, and every step after it: a copy can always be printed again.
      return null;
  }
}

/** What printing does to the status: a registered application now waits for the unit's seal; later ones keep theirs. */
export function statusAfterPrint(status: ApplicationStatus): ApplicationStatus {
  return status === 'registered' ? 'awaiting-seal' : status;
}

export interface SkippedApplication {
  application: Application;
  reason: string;
}

export interface PrintPlan {
  /** In the order they were asked for. */
  printable: Application[];
  skipped: SkippedApplication[];
}

/** Splits a selection into what will be printed and what is skipped, with the reason for each. */
export function planPrint(applications: readonly Application[]): PrintPlan {
  const plan: PrintPlan = { printable: [], skipped: [] };
  for (const application of applications) {
    const reason = printRefusal(application.status);
    if (reason) plan.skipped.push({ application, reason });
    else plan.printable.push(application);
  }
  return plan;
}

/** How an application is named to staff: 姓名（申领编号）. */
export function applicationLabel(application: Pick<Application, 'number' | 'applicant'>): string {
  return `${application.applicant.name || '（未填姓名）'}（${application.number}）`;
}

/** The suggested file name of a printout: one form by its 申领编号, several by count and time. */
export function pdfFileName(printable: readonly Pick<Application, 'number'>[], now: Date): string {
  const [only] = printable;
  if (printable.length === 1 && only) return `申领登记表-${only.number}.pdf`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `申领登记表-${printable.length}份-${stamp}.pdf`;
}

/** The title print queues show. */
export function printTitle(printable: readonly Pick<Application, 'number'>[]): string {
  const [only] = printable;
  return printable.length === 1 && only ? `申领登记表 ${only.number}` : `申领登记表（${printable.length} 份）`;
}
