import { render, screen } from '@testing-library/react';
import { exactText } from '../../support/exactText';
import { afterEach, expect, it, vi } from 'vitest';
import { sampleFields, startSessionAt, stepView } from '../../../src/engine';
import { settings } from '../../../src/settings/settings';
import { ticketWayToDesk } from '../../../src/settings/wayToDesk';
import { fr } from '../../../src/ui/i18n/fr';
import { Wizard } from '../../../src/ui/wizard/Wizard';
import { allFlows, today } from '../../support/allFlows';

function serviceCenterLinks() {
  return screen
    .queryAllByRole('link', { name: /Centre de Services \(nouvel onglet\)$/ })
    .map((link) => link.getAttribute('href'));
}

const steps = allFlows.flatMap((flow) =>
  [...flow.steps.keys()].map((stateId) => [flow.id, stateId, flow] as const),
);

afterEach(() => {
  vi.restoreAllMocks();
});

it.each(steps)('%s: step "%s" renders with sample values', (_, stateId, flow) => {
  const errors = vi.spyOn(console, 'error');
  const at = { stateId, fields: sampleFields(flow, today) };
  const view = stepView(startSessionAt(flow, stateId, at.fields));
  render(<Wizard flow={flow} origin={undefined} at={at} />);
  const heading = view.kind === 'question' ? view.step.prompt : view.step.title;
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
  if (view.kind === 'question' || view.kind === 'instructions') {
    for (const answer of view.answers)
      expect(screen.getByRole('button', { name: answer.label })).toBeTruthy();
  }
  if (view.kind === 'form') {
    for (const { field } of view.fields)
      expect(screen.getAllByText(field.label, exactText).length).toBeGreaterThan(0);
  }
  if (view.kind === 'ticket') {
    for (const field of view.ticket.fields)
      expect(screen.getAllByText(field.label, exactText).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Copier le texte' })).toBeTruthy();
    // The way to the desk, in the channel's own words; with the default settings, no button
    // leads to an address the DSIN has not given.
    const way = ticketWayToDesk(view.ticket, view.step.whatNext ?? [], settings, fr.ticket.desk);
    expect(screen.getByRole('heading', { level: 2, name: way.heading })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Et ensuite\u202f?' })).toBeTruthy();
    if (view.ticket.channel === 'assistanceForm') {
      // Its heading, its summary and its hand-off: all but the procedure's name above them.
      const shown = [...document.querySelectorAll('h1, .summary-list, .ticket-title, .hand-off')];
      for (const part of shown) expect(part.textContent).not.toMatch(/Centre de Services/i);
      // No address in the default settings: the form is named, never linked to nowhere.
      expect(
        screen.getByText('Ouvrez le formulaire public de demande d’assistance de la DSIN.'),
      ).toBeTruthy();
    } else {
      expect(serviceCenterLinks()).toEqual([settings.serviceCenterUrl]);
    }
  }
  if (view.kind === 'resolution') expect(serviceCenterLinks()).toEqual([settings.serviceCenterUrl]);
  for (const link of screen.queryAllByRole('link')) {
    expect(link.getAttribute('href')).toMatch(/^(https:\/\/|#\/|mailto:|tel:)/);
  }
  expect(errors).not.toHaveBeenCalled();
});
