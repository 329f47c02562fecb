// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../../src-renderer/session/idle-watch';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the idle watch behind 自动锁定', () => {
  it('calls back once the set time passes with nobody at the keyboard, and only once', () => {
    const onIdle = vi.fn();
    const stop = watchIdle(window, 10 * MINUTE, onIdle);
    vi.advanceTimersByTime(10 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starts the wait again on each pointer, key, wheel or touch activity', () => {
    const onIdle = vi.fn();
    const stop = watchIdle(window, 2 * MINUTE, onIdle);
    for (const event of [
      new PointerEvent('pointermove'),
      new PointerEvent('pointerdown'),
      new KeyboardEvent('keydown', { key: 'a' }),
      new WheelEvent('wheel'),
      new Event('touchstart'),
    ]) {
      vi.advanceTimersByTime(2 * MINUTE - 1000);
      window.dispatchEvent(event);
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('sees typing in a field even when the field keeps its keys to itself', () => {
    const onIdle = vi.fn();
    const stop = watchIdle(window, MINUTE, onIdle);
    const field = document.createElement('input');
    document.body.append(field);
    field.addEventListener('keydown', (event) => event.stopPropagation());
    vi.advanceTimersByTime(MINUTE - 1000);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
    vi.advanceTimersByTime(MINUTE - 1000);
    expect(onIdle).not.toHaveBeenCalled();
    field.remove();
    stop();
  });

  it('is neither hurried nor held back when the system clock is set to another time', () => {
    const onIdle = vi.fn();
    const stop = watchIdle(window, 5 * MINUTE, onIdle);
    vi.setSystemTime(Date.now() + 24 * 60 * MINUTE);
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.setSystemTime(Date.now() - 48 * 60 * MINUTE);
    vi.advanceTimersByTime(4 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops watching when told, as when the app is locked', () => {
    const onIdle = vi.fn();
    const stop = watchIdle(window, MINUTE, onIdle);
    stop();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
