import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPhone } from '../../../src/ui/phone/onPhone';

/** A device: whether its screen is touch only (no hover, coarse pointer), and its screen's size. */
function device(touchOnly: boolean, width: number, height: number) {
  // Only `matches` is read: the rest of a MediaQueryList is left out.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(hover: none) and (pointer: coarse)' && touchOnly,
  }));
  vi.spyOn(window.screen, 'width', 'get').mockReturnValue(width);
  vi.spyOn(window.screen, 'height', 'get').mockReturnValue(height);
}

describe('onPhone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is a phone: a touch-only screen whose shorter side is under 600 px, either way up', () => {
    device(true, 390, 844);
    expect(onPhone()).toBe(true);
    device(true, 915, 412);
    expect(onPhone()).toBe(true);
  });

  it('is not a phone: a tablet, a 7-inch tablet, a computer, a small screen with a mouse', () => {
    device(true, 768, 1024); // a tablet
    expect(onPhone()).toBe(false);
    device(true, 600, 960); // a 7-inch tablet: Android's first « smallest width » of a tablet
    expect(onPhone()).toBe(false);
    device(false, 1920, 1080); // a computer
    expect(onPhone()).toBe(false);
    device(false, 500, 400); // a mouse and a small screen: not touch only
    expect(onPhone()).toBe(false);
  });

  it('is not a phone where the browser cannot say (no matchMedia): the phone wording stays', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(onPhone()).toBe(false);
  });
});
