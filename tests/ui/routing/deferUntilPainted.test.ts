import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferUntilPainted } from '../../../src/ui/routing/deferUntilPainted';

/** One frame of a 60 Hz screen, as the fake clock plays it. */
const frame = 16;

describe('deferUntilPainted', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the work once, in the frame after the next one, however often it was scheduled', () => {
    const work = vi.fn();
    const deferred = deferUntilPainted(work);
    deferred.schedule();
    deferred.schedule();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(frame);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(frame);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('serves several pieces of work with the same frames, and schedules again after running', () => {
    const first = vi.fn();
    const second = vi.fn();
    deferUntilPainted(first).schedule();
    const again = deferUntilPainted(second);
    again.schedule();
    vi.advanceTimersByTime(2 * frame);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
    again.schedule();
    vi.advanceTimersByTime(2 * frame);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('flush runs scheduled work at once and only then; cancel drops it', () => {
    const work = vi.fn();
    const deferred = deferUntilPainted(work);
    deferred.flush();
    expect(work).not.toHaveBeenCalled();
    deferred.schedule();
    deferred.flush();
    expect(work).toHaveBeenCalledTimes(1);
    deferred.schedule();
    deferred.cancel();
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work anyway when no frame comes (a hidden tab)', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const work = vi.fn();
    deferUntilPainted(work).schedule();
    vi.advanceTimersByTime(249);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    frames.mockRestore();
  });
});
