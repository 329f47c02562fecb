import { Paper, SimpleGrid, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { EmptyState } from '../app/EmptyState';
import { NAV_ITEMS } from '../app/nav-items';
import { Page } from '../app/Page';

export function WorkbenchPage() {
  const sections = NAV_ITEMS.filter((item) => item.path !== '/');
  return (
    <Page title="工作台" description={dayjs().format('YYYY年M月D日 dddd')}>
      <SimpleGrid cols={{ base: 2, lg: 3 }}>
        {sections.map((item) => (
          <UnstyledButton key={item.path} component={Link} to={item.path}>
            <Paper withBorder radius="md" p="md">
              <ThemeIcon variant="light" size="lg" mb="xs">
                <item.icon size={20} />
              </ThemeIcon>
              <Text fw={600}>{item.label}</Text>
              <Text size="sm" c="dimmed">
                {item.description}
              </Text>
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <EmptyState icon={IconChecklist} title="暂无待办事项">
        待盖章的申领表、即将到期的英才卡和人才驿站的评估提醒会列在这里。
      </EmptyState>
    </Page>
  );
}
