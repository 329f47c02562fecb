import { type OsKeyStore, OsKeyStoreError } from '../../../../src-renderer/session/keyring';
import { OS_KEY_CHANGED_MESSAGE } from '../../../../src-shared/bridge/contract';

/** An OS key store that really seals (XOR with its key), whose key can change as a new OS account's would. */
export function fakeOsKeyStore() {
  let osKey = crypto.getRandomValues(new Uint8Array(32));
  const xor = (bytes: Uint8Array) => bytes.map((b, i) => b ^ (osKey[i % osKey.length] as number));
  const store: OsKeyStore & { changeKey(): void } = {
    async protect(key) {
      return { sealed: new Uint8Array([0x5a, ...xor(key), ...osKey.subarray(0, 4)]), protection: 'os-keychain' };
    },
    async unprotect(sealed) {
      if (sealed[0] !== 0x5a || sealed.subarray(33).some((b, i) => b !== osKey[i])) {
        throw new OsKeyStoreError({ code: 'os-key-changed', message: OS_KEY_CHANGED_MESSAGE });
      }
      return xor(sealed.subarray(1, 33));
    },
    changeKey() {
      osKey = crypto.getRandomValues(new Uint8Array(32));
    },
  };
  return store;
}

export const keyringName = () => `keyring-${Math.random()}`;
