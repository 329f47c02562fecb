// What the load needs on a fresh server: an admin device from the printed
// first-admin code, district devices enrolled through the API, and records.
import { randomUUID } from 'node:crypto';
import type { EnrolmentCodeInfo, EnrolResponse } from '../../../src-shared/api/schemas';
import { DeviceClient } from './http';

/** The districts whose windows the simulated devices stand for (not the city level). */
export const BENCH_DISTRICTS = ['HC', 'WD', 'RC', 'RS', 'GX', 'JK', 'LG', 'NH', 'ZB'] as const;

export interface BenchDevice {
  token: string;
  district: string;
}

async function enrol(baseUrl: string, code: string, deviceName: string): Promise<string> {
  const anonymous = new DeviceClient(baseUrl);
  try {
    const { token } = await anonymous.json<EnrolResponse>('POST', '/api/v1/devices/enrol', { code, deviceName }, 201);
    return token;
  } finally {
    anonymous.close();
  }
}

/** `count` district devices, spread evenly over {@link BENCH_DISTRICTS}, each with its own token. */
export async function enrolDevices(baseUrl: string, firstAdminCode: string, count: number): Promise<BenchDevice[]> {
  const admin = new DeviceClient(baseUrl, await enrol(baseUrl, firstAdminCode, '基准测试管理员'));
  try {
    const devices: BenchDevice[] = [];
    for (let i = 0; i < count; i++) {
      const district = BENCH_DISTRICTS[i % BENCH_DISTRICTS.length] as string;
      const { code } = await admin.json<EnrolmentCodeInfo>(
        'POST',
        '/api/v1/admin/enrolment-codes',
        { district, role: 'district' },
        201,
      );
      devices.push({ token: await enrol(baseUrl, code, `窗口 ${district}-${i + 1}`), district });
    }
    return devices;
  } finally {
    admin.close();
  }
}

/** `perDistrict` applications in each district, written by a device of that district. */
export async function seedRecords(baseUrl: string, devices: BenchDevice[], perDistrict: number): Promise<number> {
  let written = 0;
  await Promise.all(
    BENCH_DISTRICTS.map(async (district) => {
      const writer = devices.find((device) => device.district === district);
      if (!writer) throw new Error(`no device in ${district}`);
      const client = new DeviceClient(baseUrl, writer.token);
      for (let i = 0; i < perDistrict; i++) {
        const data = {
          name: `申请人${district}${i}`,
          idNumberTail: String(1000 + i),
          category: ['A', 'B', 'C'][i % 3],
          employer: `威海某公司${i % 7}`,
          submittedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
        };
        await client.json(
          'PUT',
          `/api/v1/records/applications/${randomUUID()}`,
          { district, baseRev: 0, deleted: false, data },
          200,
        );
        written++;
      }
      client.close();
    }),
  );
  return written;
}
