import { Badge, Loader } from '@mantine/core';
import dayjs from 'dayjs';
import type { SaveState } from './use-autosave';

export function SaveIndicator({ state }: { state: SaveState }) {
  switch (state.kind) {
    case 'saved':
      return (
        <Badge variant="light" color="teal" data-testid="save-state">
          {state.at ? `草稿已保存 ${dayjs(state.at).format('HH:mm:ss')}` : '草稿已保存'}
        </Badge>
      );
    case 'pending':
      return (
        <Badge variant="light" color="gray" data-testid="save-state">
          有未保存的修改
        </Badge>
      );
    case 'saving':
      return (
        <Badge variant="light" color="blue" leftSection={<Loader size={10} />} data-testid="save-state">
          正在保存
        </Badge>
      );
    case 'error':
      return (
        <Badge variant="light" color="red" data-testid="save-state" title={state.message}>
          保存失败：{state.message}
        </Badge>
      );
  }
}
