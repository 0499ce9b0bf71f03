// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isExpired,
  parseSaved,
  restoreSession,
  saveSession,
  startSession,
} from '../../../src/engine';
import { networkFlow } from '../../support/walks/networkWalk';

const hour = 3_600_000;
const savedAt = Date.UTC(2026, 10, 25, 8, 30);

describe('when a saved session expires', () => {
  it('keeps it until the retention hours have passed since its save, not one millisecond more', () => {
    expect(isExpired({ savedAt }, savedAt, 24)).toBe(false);
    expect(isExpired({ savedAt }, savedAt + 24 * hour - 1, 24)).toBe(false);
    expect(isExpired({ savedAt }, savedAt + 24 * hour, 24)).toBe(true);
    expect(isExpired({ savedAt }, savedAt + 30 * 24 * hour, 24)).toBe(true);
  });

  it('follows the deployment setting, down to one hour', () => {
    expect(isExpired({ savedAt }, savedAt + 59 * 60_000, 1)).toBe(false);
    expect(isExpired({ savedAt }, savedAt + hour, 1)).toBe(true);
    expect(isExpired({ savedAt }, savedAt + 700 * hour, 720)).toBe(false);
  });

  it('trusts a save time ahead of the clock (set back since) no further than the limit', () => {
    expect(isExpired({ savedAt }, savedAt - 60_000, 24)).toBe(false);
    expect(isExpired({ savedAt }, savedAt - 24 * hour, 24)).toBe(true);
  });

  it('takes the time it is given: the engine reads no clock', () => {
    const saved = saveSession(startSession(networkFlow), savedAt);
    expect(saved).toMatchObject({ format: 2, savedAt });
    expect(parseSaved(JSON.stringify(saved), networkFlow.id)?.savedAt).toBe(savedAt);
  });

  it('keeps the save time through a restore: reopening is no change', () => {
    const text = JSON.stringify(saveSession(startSession(networkFlow), savedAt));
    expect(restoreSession(networkFlow, text, '2026-11-25')?.savedAt).toBe(savedAt);
  });

  it('discards an entry of the format before, which had no save time and so could not expire', () => {
    const { savedAt: _, ...rest } = saveSession(startSession(networkFlow), savedAt);
    expect(parseSaved(JSON.stringify({ ...rest, format: 1 }), networkFlow.id)).toBeUndefined();
  });

  it.each([
    ['not a number', '2026-11-25'],
    ['negative', -1],
    ['missing', undefined],
  ])('discards an entry whose save time is %s', (_, value) => {
    const text = JSON.stringify({
      ...saveSession(startSession(networkFlow), savedAt),
      savedAt: value,
    });
    expect(parseSaved(text, networkFlow.id)).toBeUndefined();
  });
});
