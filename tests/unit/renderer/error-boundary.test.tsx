// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src-renderer/app/ErrorBoundary';

afterEach(cleanup);

let shouldThrow = true;
function Fragile() {
  const [typed, setTyped] = useState('');
  if (shouldThrow) throw new Error('读取记录失败');
  return <input aria-label="姓名" value={typed} onChange={(event) => setTyped(event.target.value)} />;
}

describe('ErrorBoundary', () => {
  it('shows a readable Chinese message instead of a blank window, and recovers on 重试', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MantineProvider>
        <p>导航仍然可用</p>
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </MantineProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('此页面出现错误');
    expect(screen.getByRole('alert').textContent).toContain('已保存的数据不受影响');
    expect(screen.getByRole('alert').textContent).toContain('读取记录失败');
    expect(screen.getByText('导航仍然可用')).toBeTruthy();

    shouldThrow = false;
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('姓名')).toBeTruthy();
  });
});
