import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { Outlet, NavLink as RouterLink, useLocation } from 'react-router';
import { LockButton } from '../session/LockButton';
import { ErrorBoundary } from './ErrorBoundary';
import { NAV_ITEMS } from './nav-items';
import { StatusBadges } from './StatusBadges';

export function Shell() {
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={4} c="blue.8">
              威海英才卡服务窗口
            </Title>
            <Text size="sm" c="dimmed">
              高层次人才服务窗口 · 人才驿站档案
            </Text>
          </Group>
          <Group gap="md">
            <StatusBadges />
            <LockButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        {NAV_ITEMS.map((item) => (
          <NavLink
            key={item.path}
            component={RouterLink}
            to={item.path}
            end={item.path === '/'}
            label={item.label}
            description={item.description}
            leftSection={<item.icon size={20} stroke={1.6} />}
            rightSection={item.badge ? <item.badge /> : undefined}
            active={item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        {/* Keyed by path so that leaving a broken page clears its error. */}
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
