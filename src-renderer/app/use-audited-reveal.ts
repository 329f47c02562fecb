import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AuditSubject } from '../../src-shared/audit/event';
import { recordAction } from '../store/audit';
import { db } from '../store/instance';

/**
 * Masked personal data (DESIGN.md §4) shown in full only once the view is in
 * the audit log: revealing writes a view event first, and should that fail
 * the data stays masked. Hiding again records nothing.
 */
export function useAuditedReveal(subject: AuditSubject, detail: string) {
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const reveal = async () => {
    if (shown || busy) return;
    setBusy(true);
    try {
      await recordAction(db, { action: 'view', subject, detail });
      setShown(true);
    } catch {
      notifications.show({
        color: 'red',
        title: '未能显示',
        message: '查看记录未能写入审计日志，完整信息暂不显示，请重试',
      });
    } finally {
      setBusy(false);
    }
  };
  const hide = () => setShown(false);
  const toggle = () => (shown ? hide() : reveal());
  return { shown, busy, reveal, hide, toggle };
}
