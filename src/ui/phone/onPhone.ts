/**
 * Whether the person is on a phone, for whom « Continuer sur mon téléphone » would mean this very
 * device: a touch screen that cannot hover, whose shorter side is under 600 CSS pixels, the line
 * Android draws between phones and tablets (« smallest width » 600 dp, a 7-inch tablet). A tablet
 * or a computer, touch screen or not, is not a phone: it keeps the phone's wording.
 */
export function onPhone(): boolean {
  if (typeof window.matchMedia !== 'function') return false;
  const touchOnly = window.matchMedia('(hover: none) and (pointer: coarse)').matches;
  return touchOnly && Math.min(window.screen.width, window.screen.height) < 600;
}
