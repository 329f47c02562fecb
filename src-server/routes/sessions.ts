import type { FastifyInstance } from 'fastify';
import { SignInRequest } from '../../src-shared/api/schemas';
import { checkCredentials } from '../accounts';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { deviceWithRole, type RouteContext } from '../context';
import { ApiError } from '../errors';

/**
 * Staff sign-in on an enrolled device: checks the account's password and that
 * the account belongs where the device does (same role and district). Repeated
 * wrong passwords lock the account's sign-in for a while.
 */
export async function sessionRoutes(app: FastifyInstance, { db, limits }: RouteContext): Promise<void> {
  const limiter = new SignInLimiter(limits.signInFailures, limits.signInLockMinutes * 60_000);
  app.post<{ Body: SignInRequest }>(
    '/api/v1/sessions',
    { schema: { body: SignInRequest }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
    async (request) => {
      const device = deviceWithRole(request, 'admin', 'city', 'district');
      const { username, password } = request.body;
      if (limiter.locked(username)) throw new ApiError(429, 'sign-in-locked');
      try {
        const account = await checkCredentials(db, username, password);
        limiter.succeeded(username);
        if (account.role !== device.role || account.district !== device.district) throw new ApiError(403, 'forbidden');
        return { account };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'bad-credentials') limiter.failed(username);
        throw error;
      }
    },
  );
}
