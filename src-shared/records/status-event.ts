import type { ApplicationStatus } from '../registration/application';
import type { SyncedRecord } from './record';

/**
 * One status change of an application: who, when, from what to what, and
 * why. Events are only ever added, never changed (DESIGN.md §4).
 */
export interface StatusEvent extends SyncedRecord {
  applicationId: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  /** Why, in the staff member's words, or what happened (e.g. 打印申领登记表). */
  reason: string;
  /**
   * What the step recorded (src-shared/cards/workflow.ts StepField → text):
   * the 报送 date and 文号, the items to correct, the card number… Absent on
   * events recorded before the review workflow.
   */
  details?: Record<string, string>;
}
