import { contextBridge, ipcRenderer } from 'electron';
import {
  type BridgeResult,
  channelOf,
  type DesktopApi,
  type DesktopOperation,
  type OperationArgs,
  type OperationValue,
} from '../../src-shared/bridge/contract';

function invoke<K extends DesktopOperation>(
  operation: K,
  ...args: OperationArgs<K>
): Promise<BridgeResult<OperationValue<K>>> {
  return ipcRenderer.invoke(channelOf(operation), ...args);
}

// Spelled out per operation so that the compiler checks each against the contract.
const desktop = {
  appInfo: () => invoke('appInfo'),
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
  listPrinters: () => invoke('listPrinters'),
  printPdf: (request) => invoke('printPdf', request),
  openPdf: (request) => invoke('openPdf', request),
  serverEnrol: (request) => invoke('serverEnrol', request),
  serverConnection: () => invoke('serverConnection'),
  serverForget: () => invoke('serverForget'),
  serverRequest: (request) => invoke('serverRequest', request),
  protectDataKey: (request) => invoke('protectDataKey', request),
  unprotectDataKey: (request) => invoke('unprotectDataKey', request),
  nextSystemLock: () => invoke('nextSystemLock'),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
