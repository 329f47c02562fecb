import { type Keyring, openKeyring } from './keyring';
import { bridgeKeyStore } from './os-key-store';

let keyring: Keyring | null = null;

/** The app's one keyring, sealed through the desktop bridge; opened when first asked for. */
export function appKeyring(): Keyring {
  keyring ??= openKeyring(bridgeKeyStore);
  return keyring;
}
