import { canWriteDistrict, type Principal } from '../api/roles';

/**
 * The district a new record belongs to on the server (docs/sync-protocol.md
 * §1): the district the record names (an application's window, a project's
 * 落地区市, or that of the record it belongs to) where the device may write
 * it, otherwise the device's own district. A city device files a project
 * under the district it lands in; a district window keeps what it enters.
 */
export function ownerDistrict(device: Principal, named: string | null): string {
  return named !== null && canWriteDistrict(device, named) ? named : device.district;
}
