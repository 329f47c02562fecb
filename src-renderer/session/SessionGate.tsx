import { Center, Loader, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { StartupFailure } from '../app/StartupFailure';
import { appKeyring } from './app-keyring';
import { FirstUseScreen } from './FirstUseScreen';
import { KeyChangedScreen } from './KeyChangedScreen';
import type { Unlocked } from './keyring';
import { LockLayer } from './LockLayer';
import { RESTORE_PATH } from './recovery';
import { SignInScreen } from './SignInScreen';
import { beginSession } from './signed-in';

type Screen =
  | { kind: 'loading' }
  | { kind: 'first-use' }
  | { kind: 'sign-in'; staff: string[]; database: string }
  | { kind: 'key-changed'; message: string; database: string }
  | { kind: 'starting' }
  | { kind: 'ready' }
  | { kind: 'failed'; error: unknown };

interface SessionGateProps {
  /** The app, shown once signed in; never unmounted by the lock screen. */
  children: ReactNode;
  /** Opens the profile's database with its key. */
  open: (unlocked: Unlocked) => Promise<void>;
  /** Goes to a page of the app. */
  navigate: (path: string) => unknown;
}

/** Nothing of the records is read until a staff member has signed in and the data key is in memory. */
export function SessionGate({ children, open, navigate }: SessionGateProps) {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });

  useEffect(() => {
    appKeyring()
      .state()
      .then(
        ({ profile, staff }) =>
          setScreen(profile ? { kind: 'sign-in', staff, database: profile.database } : { kind: 'first-use' }),
        (error: unknown) => setScreen({ kind: 'failed', error }),
      );
  }, []);

  const start = async (unlocked: Unlocked, path?: string) => {
    setScreen({ kind: 'starting' });
    try {
      await open(unlocked);
    } catch (error) {
      setScreen({ kind: 'failed', error });
      return;
    }
    beginSession(unlocked);
    if (path) await navigate(path);
    setScreen({ kind: 'ready' });
  };

  switch (screen.kind) {
    case 'loading':
      return null;
    case 'first-use':
      return <FirstUseScreen onCreated={(unlocked) => void start(unlocked)} />;
    case 'sign-in':
      return (
        <SignInScreen
          staff={screen.staff}
          onSignedIn={(unlocked) => void start(unlocked)}
          onKeyChanged={(message) => setScreen({ kind: 'key-changed', message, database: screen.database })}
        />
      );
    case 'key-changed':
      return (
        <KeyChangedScreen
          message={screen.message}
          database={screen.database}
          onCreated={(unlocked) => void start(unlocked, RESTORE_PATH)}
        />
      );
    case 'starting':
      return (
        <Center h="100vh">
          <Stack align="center" gap="sm" role="status">
            <Loader />
            <Text size="sm" c="dimmed">
              正在打开本机数据（首次登录时会加密已有数据，可能需要一点时间）…
            </Text>
          </Stack>
        </Center>
      );
    case 'failed':
      return <StartupFailure error={screen.error} />;
    case 'ready':
      return <LockLayer>{children}</LockLayer>;
  }
}
