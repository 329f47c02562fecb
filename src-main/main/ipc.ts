import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, DESKTOP_OPERATIONS, fail } from '../../src-shared/bridge/contract';
import { type BridgeHandlers, runOperation } from '../../src-shared/bridge/run';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Registers every operation of the contract on its channel. A call from
 * anything but the app's own window is refused before its arguments are
 * even looked at; every outcome travels back as a value.
 */
export function registerBridgeHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  handlers: BridgeHandlers,
  isTrustedSender: SenderCheck,
): void {
  for (const operation of DESKTOP_OPERATIONS) {
    ipc.handle(channelOf(operation), (event, ...args: unknown[]) =>
      isTrustedSender(event)
        ? runOperation(operation, handlers, args)
        : Promise.resolve(fail('forbidden-sender', '请求来源不受信任，已拒绝')),
    );
  }
}
