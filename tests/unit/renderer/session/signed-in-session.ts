import { type Keyring, openKeyring } from '../../../../src-renderer/session/keyring';
import { useSession } from '../../../../src-renderer/session/session-store';
import { beginSession } from '../../../../src-renderer/session/signed-in';
import { fakeOsKeyStore, keyringName } from './os-key-store';

/** 王窗口 signed in on a fresh keyring, as the gate leaves things after 首次使用. */
export async function signedInKeyring(): Promise<Keyring> {
  const keyring = openKeyring(fakeOsKeyStore(), keyringName());
  const created = await keyring.createProfile('王窗口', '246810', 'talent-card');
  if (!created.ok) throw new Error(created.message);
  beginSession(created);
  return keyring;
}

/** Nobody signed in again. */
export function endSession(keyring: Keyring): void {
  keyring.close();
  useSession.setState({ staffName: null, protection: null, locked: false });
}
