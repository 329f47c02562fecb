import {
  STATION_CONDITION_SHORT,
  STATION_CONDITIONS,
  type Station,
  type StationActivity,
  type StationEvent,
} from '../../../src-shared/stations/station';
import { findStationStep, STATION_STEPS } from '../../../src-shared/stations/workflow';
import type { AttachmentRef } from '../../attachments/attachment-file';
import { CONDITION_NUMBERS } from '../station-labels';

/** A set of files that belong together: one condition's evidence, one step's documents, one activity's photos. */
export interface AttachmentGroup {
  key: string;
  title: string;
  items: AttachmentRef[];
}

export interface AttachmentSection {
  title: string;
  /** What the section says when it has no files. */
  empty: string;
  groups: AttachmentGroup[];
}

function numbered(name: string, hashes: readonly string[]): AttachmentRef[] {
  return [...new Set(hashes)].map((sha256, index) => ({ sha256, label: `${name}第 ${index + 1} 份` }));
}

const stepLabel = (event: StationEvent) =>
  STATION_STEPS.some((s) => s.id === event.step) ? findStationStep(event.step).label : event.step;

/** Every file of the station, where it was filed: 第六条 evidence, each step's documents, each activity's photos. */
export function attachmentSections(
  station: Station,
  events: readonly StationEvent[],
  activities: readonly StationActivity[],
): AttachmentSection[] {
  const conditions = STATION_CONDITIONS.map((condition) => ({
    key: `condition-${condition}`,
    title: `条件${CONDITION_NUMBERS[condition]}${STATION_CONDITION_SHORT[condition]}`,
    items: numbered(`条件${CONDITION_NUMBERS[condition]}证明材料`, station.conditionEvidence[condition] ?? []),
  }));
  const steps = events.map((event) => {
    const name = `${stepLabel(event)}（${event.date}）`;
    return { key: `event-${event.id}`, title: name, items: numbered(`${name}材料`, event.evidence) };
  });
  const photos = activities.map((activity) => {
    const name = `${activity.title}（${activity.date}）`;
    return { key: `activity-${activity.id}`, title: name, items: numbered(`${name}照片`, activity.photos) };
  });
  const withFiles = (groups: AttachmentGroup[]) => groups.filter((group) => group.items.length > 0);
  return [
    {
      title: '第六条条件证明材料',
      empty: '尚未上传条件证明材料（在“基本信息”中编辑上传）',
      groups: withFiles(conditions),
    },
    { title: '办理材料', empty: '各步办理时没有附上材料', groups: withFiles(steps) },
    { title: '活动照片与材料', empty: '活动记录中没有照片或材料', groups: withFiles(photos) },
  ];
}
