import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleFields, startSessionAt, stepView, type FlowModel } from '../../../src/engine';
import { Wizard } from '../../../src/ui/wizard/Wizard';
import { expectKind, flowById, today } from '../../support/allFlows';
import { configuredSettings } from '../../support/configuredSettings';

// The whole file runs with a DSIN deployment's settings filled in.
vi.mock('../../../src/settings/settings', async () => ({
  settings: (await import('../../support/configuredSettings')).configuredSettings,
}));

function renderEnding(flow: FlowModel, stateId: string) {
  const at = { stateId, fields: sampleFields(flow, today) };
  render(<Wizard flow={flow} origin={undefined} at={at} />);
  return stepView(startSessionAt(flow, stateId, at.fields));
}

const handOff = (name: RegExp) => screen.getByRole('region', { name });

beforeEach(() => {
  window.location.hash = '#/';
});

describe('a Centre de Services ticket, with the settings filled in', () => {
  it('offers an addressed e-mail, tagged for mail rules, that says it is not sent yet', () => {
    const view = expectKind(renderEnding(flowById('network-connection'), 'wiredTicket'), 'ticket');
    const link = screen.getByRole('link', { name: 'Préparer un e-mail à assistance@dsin.example' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('assistance@dsin.example');
    expect(url.searchParams.get('subject')).toBe(`[network-connection] ${view.ticket.title}`);
    const body = url.searchParams.get('body') ?? '';
    expect(body.startsWith('Destination\u202f: Centre de Services\n')).toBe(true);
    expect(body).not.toContain('Objet');
    expect(link.parentElement?.textContent).toContain('ne part que lorsque vous l’envoyez');
  });

  it('links to the configured Centre de Services, gives the phone and the usual delay', () => {
    renderEnding(flowById('network-connection'), 'wiredTicket');
    const region = handOff(/^Déposez votre demande dans le Centre de Services$/);
    expect(
      within(region)
        .getByRole('link', { name: 'Ouvrir le Centre de Services (nouvel onglet)' })
        .getAttribute('href'),
    ).toBe('https://centre-de-services.example/');
    // Typeset as shown: the digit groups and « 8 h 30 » held together by no-break spaces.
    const phone = within(region).getByRole('link', { name: '04\u00a000\u00a000\u00a000\u00a000' });
    expect(phone.getAttribute('href')).toBe('tel:0400000000');
    expect(region.textContent).toContain('du lundi au vendredi, de 8\u00a0h\u00a030 à 17\u00a0h');
    expect(region.textContent).toContain(
      'Délai de réponse habituel\u202f: sous deux jours ouvrés.',
    );
  });

  it('goes straight to a catalogue entry the settings link to', () => {
    renderEnding(flowById('distribution-lists'), 'listRequest');
    const link = screen.getByRole('link', {
      name: 'Ouvrir «\u202fCréation de listes de diffusion\u202f» dans le Centre de Services (nouvel onglet)',
    });
    expect(link.getAttribute('href')).toBe(
      configuredSettings.serviceCenterLinks['Création de listes de diffusion'],
    );
    expect(screen.getByText('Ouvrez le Centre de Services.')).toBeTruthy();
  });

  it('goes straight to a domain the settings link to', () => {
    renderEnding(flowById('service-center-profile'), 'phoneTicket');
    expect(
      screen
        .getByRole('link', {
          name: 'Ouvrir «\u202fRessources Humaines\u202f» dans le Centre de Services (nouvel onglet)',
        })
        .getAttribute('href'),
    ).toBe('https://centre-de-services.example/rh');
  });
});

describe('a request for someone who cannot log in', () => {
  it('links to the public form and keeps the Centre de Services out of the hand-off', () => {
    renderEnding(flowById('other-problem'), 'blockedTicket');
    const region = handOff(/^Envoyez votre demande par le formulaire d’assistance$/);
    expect(
      within(region)
        .getByRole('link', { name: 'Ouvrir le formulaire d’assistance (nouvel onglet)' })
        .getAttribute('href'),
    ).toBe('https://dsin.example/formulaire-assistance');
    expect(region.textContent).toContain(
      'Un agent de l’assistance vous rappelle au numéro indiqué.',
    );
    for (const part of document.querySelectorAll('h1, .summary-list, .ticket-title, .hand-off'))
      expect(part.textContent).not.toMatch(/Centre de Services/);
  });
});

describe('a resolution', () => {
  it('keeps the desk one link away, with the phone', () => {
    renderEnding(flowById('network-connection'), 'resolved');
    const help = screen.getByRole('region', { name: 'Besoin d’aide\u202f?' });
    expect(
      within(help)
        .getByRole('link', { name: 'Ouvrir le Centre de Services (nouvel onglet)' })
        .getAttribute('href'),
    ).toBe('https://centre-de-services.example/');
    expect(
      within(help).getByRole('link', { name: '04\u00a000\u00a000\u00a000\u00a000' }),
    ).toBeTruthy();
  });
});
