import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TrackEvent } from '../../../src/measure/trackEvent';
import MeasureChoice from '../../../src/ui/measure/MeasureChoice';
import WasItHelpful from '../../../src/ui/measure/WasItHelpful';

// These two are in the build only when the settings give Matomo: rendered here directly.
const tracked = vi.hoisted((): TrackEvent[] => []);
vi.mock('../../../src/ui/measure/track', () => ({
  track: (event: TrackEvent) => tracked.push(event),
}));

describe('« Cette procédure vous a-t-elle aidé ? »', () => {
  it('sends the answer, thanks, and after « Non » on a resolution offers the ticket', async () => {
    tracked.length = 0;
    const carry = vi.fn();
    render(<WasItHelpful resolution escape={{ href: '#/procedure/autre', carry }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Non' }));
    expect(tracked).toEqual([{ type: 'helped', helped: false }]);
    expect(document.activeElement).toBe(screen.getByText(/^Merci pour votre réponse/));
    await userEvent.click(screen.getByRole('link', { name: 'Ouvrir un ticket' }));
    expect(carry).toHaveBeenCalledOnce();
  });

  it('offers no ticket after « Non » on a ticket ending, which is one already', async () => {
    render(<WasItHelpful resolution={false} escape={{ href: '#/x', carry: vi.fn() }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Non' }));
    expect(screen.queryByRole('link', { name: 'Ouvrir un ticket' })).toBeNull();
  });

  it('is not asked of whoever refused the measurement', () => {
    localStorage.setItem('depannage-mesure', 'refus');
    render(<WasItHelpful resolution escape={undefined} />);
    expect(screen.queryByRole('button', { name: 'Oui' })).toBeNull();
  });
});

describe('the footer’s audience-measurement line', () => {
  it('refuses and accepts again, remembered in the browser', async () => {
    const { unmount } = render(<MeasureChoice />);
    await userEvent.click(screen.getByRole('button', { name: 'Refuser la mesure d’audience' }));
    expect(screen.getByText(/^Vous avez refusé la mesure d’audience/)).toBeTruthy();
    unmount();
    render(<MeasureChoice />);
    await userEvent.click(screen.getByRole('button', { name: 'Accepter la mesure d’audience' }));
    expect(screen.getByText(/^Mesure d’audience anonyme/)).toBeTruthy();
    expect(localStorage.getItem('depannage-mesure')).toBeNull();
  });
});
