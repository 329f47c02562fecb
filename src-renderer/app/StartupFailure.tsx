import { Alert, Button, Center, Code, Stack, Text } from '@mantine/core';

/** Shown when the local database cannot be opened: nothing is changed, and the reason is named. */
export function StartupFailure({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <Center h="100vh" p="xl">
      <Alert color="red" title="无法打开本机数据库" maw={640} role="alert">
        <Stack gap="sm">
          <Text size="sm">
            应用未能打开本机保存的数据，未做任何修改。可能是磁盘空间不足、浏览器禁止了本地存储，或另一个窗口正在升级数据库。请关闭其他窗口后重试。
          </Text>
          <Code block>{detail}</Code>
          <Button onClick={() => window.location.reload()} w="fit-content">
            重试
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
