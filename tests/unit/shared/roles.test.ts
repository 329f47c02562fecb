import { describe, expect, it } from 'vitest';
import { canReadDistrict, canWriteDistrict, districtFitsRole } from '../../../src-shared/api/roles';

describe('who may see which district', () => {
  it('lets the city see and write every district, a district only its own, an admin none', () => {
    const city = { role: 'city', district: 'SJ' } as const;
    const huancui = { role: 'district', district: 'HC' } as const;
    const admin = { role: 'admin', district: 'SJ' } as const;
    for (const district of ['HC', 'WD', 'SJ']) {
      expect(canReadDistrict(city, district)).toBe(true);
      expect(canWriteDistrict(city, district)).toBe(true);
      expect(canReadDistrict(admin, district)).toBe(false);
      expect(canReadDistrict(huancui, district)).toBe(district === 'HC');
      expect(canWriteDistrict(huancui, district)).toBe(district === 'HC');
    }
  });

  it('puts city and admin at the city level, a district window in a district', () => {
    expect(districtFitsRole('city', 'SJ')).toBe(true);
    expect(districtFitsRole('admin', 'SJ')).toBe(true);
    expect(districtFitsRole('city', 'HC')).toBe(false);
    expect(districtFitsRole('district', 'HC')).toBe(true);
    expect(districtFitsRole('district', 'SJ')).toBe(false);
  });
});
