import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../../src/ui/wizard/Wizard';
import { flowById } from '../../support/allFlows';

const flow = flowById('account-suspension');

/** The titulaire's dates for an activity ending on 31 May 2026, read on `day` (local time). */
function datesReadOn(day: Date) {
  // Only Date is faked: the page's frames and timers run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(day);
  const at = { stateId: 'titularOutcome', fields: { endDate: '2026-05-31', profile: 'titular' } };
  render(<Wizard flow={flow} origin={undefined} at={at} />);
  const heading = screen.getByRole('heading', { level: 2, name: 'Vos dates' });
  const list = heading.nextElementSibling;
  if (!(list instanceof HTMLElement)) throw new Error('no list of dates after « Vos dates »');
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the dates of a resolution, as the person reads them on their day', () => {
  it('are all to come before the first reminder', () => {
    const lines = datesReadOn(new Date(2026, 0, 15, 9, 0));
    expect(lines[0]).toBe('Vous recevrez un premier e-mail de rappel le mercredi 1er avril 2026.');
    expect(lines.at(-1)).toBe(
      'Sans prolongation, votre e-mail UM restera actif jusqu’au lundi 31 mai 2027.',
    );
  });

  it('are all in the past once the e-mail’s last day is gone', () => {
    const lines = datesReadOn(new Date(2027, 5, 10, 9, 0));
    expect(lines.join('\n')).not.toMatch(/recevrez|prendra|restera/);
    expect(lines).toContain('Votre activité a pris fin le dimanche 31 mai 2026.');
    expect(lines.at(-1)).toBe(
      'Sans prolongation, votre e-mail UM est resté actif jusqu’au lundi 31 mai 2027.',
    );
  });
});
