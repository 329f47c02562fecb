import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a crash in one page and shows it in plain Chinese; the navigation
 * and everything already saved stay as they were.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The component stack helps maintainers; the error text may hold user input, so it is not logged.
    console.error(`页面出错（${error.name}）`, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="此页面出现错误" role="alert" m="md">
        <Stack gap="sm">
          <Text size="sm">页面未能正常显示。已保存的数据不受影响，您可以重试，或切换到其他页面继续工作。</Text>
          <Code block>{error.message || error.name}</Code>
          <Group>
            <Button size="xs" onClick={() => this.setState({ error: null })}>
              重试
            </Button>
            <Button size="xs" variant="default" onClick={() => window.location.reload()}>
              重新加载应用
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
}
