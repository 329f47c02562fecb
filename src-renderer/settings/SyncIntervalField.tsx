import { db } from '../store/instance';
import { syncRunner } from '../sync/background';
import { saveSyncIntervalMinutes, syncIntervalMinutes } from '../sync/sync-meta';
import { NumberSettingForm } from './NumberSettingForm';
import { checkInterval, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './sync-interval';

/** 自动同步间隔（分钟）: how often the background sync runs; takes effect at once. */
export function SyncIntervalField() {
  return (
    <NumberSettingForm
      name="自动同步间隔"
      label="自动同步间隔（分钟）"
      description={`每隔这么多分钟自动同步一次（${MIN_INTERVAL_MINUTES}–${MAX_INTERVAL_MINUTES}，默认 5）；启动时和网络恢复时也会同步`}
      min={MIN_INTERVAL_MINUTES}
      max={MAX_INTERVAL_MINUTES}
      load={() => syncIntervalMinutes(db)}
      check={checkInterval}
      save={async (minutes) => {
        await saveSyncIntervalMinutes(db, minutes);
        await syncRunner.reschedule();
      }}
      buttonLabel="设定间隔"
      savedText="已设定，下次自动同步按新的间隔安排"
      savedTestId="sync-interval-saved"
    />
  );
}
