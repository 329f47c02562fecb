import { useEffect, useState } from 'react';
import type { Role } from '../../src-shared/api/roles';
import { CITY_LEVEL_CODE } from '../../src-shared/codes/districts';
import { desktop } from '../bridge/desktop';
import { useActor } from '../store/use-actor';
import { useSyncStatus } from '../sync/background';

/**
 * The role this device acts in for the review workflow: the role the server
 * enrolled it with; before enrolment, 市级 for a city-level profile and 区市窗口
 * otherwise. Undefined while loading.
 */
export function useActingRole(): Role | undefined {
  const actor = useActor();
  const enrolled = useSyncStatus((status) => status.enrolled);
  const [serverRole, setServerRole] = useState<Role | null | undefined>(undefined);
  useEffect(() => {
    void enrolled;
    void desktop.serverConnection().then((result) => {
      setServerRole(result.ok && result.value ? result.value.device.role : null);
    });
  }, [enrolled]);
  if (serverRole === undefined || actor === undefined) return undefined;
  if (serverRole) return serverRole;
  return actor?.districtCode === CITY_LEVEL_CODE ? 'city' : 'district';
}
