import {
  BridgeFailure,
  type BridgeResult,
  DESKTOP_OPERATIONS,
  type DesktopApi,
  type DesktopOperation,
  fail,
  type OperationArgs,
  type OperationValue,
  ok,
} from './contract';
import { validateRequest } from './validate';

/** One implementation per operation of the contract; may be async. */
export type BridgeHandlers = {
  [K in DesktopOperation]: (...args: OperationArgs<K>) => OperationValue<K> | Promise<OperationValue<K>>;
};

/**
 * Runs one operation the way every implementation of the bridge must: the
 * arguments are checked first, and whatever happens comes back as a value.
 */
export async function runOperation<K extends DesktopOperation>(
  operation: K,
  handlers: BridgeHandlers,
  args: readonly unknown[],
): Promise<BridgeResult<OperationValue<K>>> {
  const problem = validateRequest(operation, args);
  if (problem) return { ok: false, error: problem };
  try {
    const handler = handlers[operation] as (...a: unknown[]) => OperationValue<K> | Promise<OperationValue<K>>;
    return ok(await handler(...args));
  } catch (error) {
    if (error instanceof BridgeFailure) return fail(error.code, error.message, error.serverCode);
    // Only the operation and the error's kind are logged: arguments may hold personal data.
    console.error(`desktop bridge: ${operation} failed (${error instanceof Error ? error.name : typeof error})`);
    return fail('internal', '操作未能完成，请重试；如仍失败请联系管理员');
  }
}

/** A complete bridge from a set of handlers running in the same context. */
export function bridgeFromHandlers(handlers: BridgeHandlers): DesktopApi {
  const entries = DESKTOP_OPERATIONS.map((operation) => [
    operation,
    (...args: unknown[]) => runOperation(operation, handlers, args),
  ]);
  return Object.fromEntries(entries) as DesktopApi;
}
