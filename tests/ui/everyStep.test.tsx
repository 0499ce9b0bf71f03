import { render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { sampleFields, startSessionAt, stepView } from '../../src/engine';
import { Wizard } from '../../src/ui/Wizard';
import { allFlows, today } from '../support/allFlows';

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
      expect(screen.getAllByText(field.label).length).toBeGreaterThan(0);
  }
  if (view.kind === 'ticket') {
    for (const field of view.ticket.fields)
      expect(screen.getAllByText(field.label).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Copier le résumé' })).toBeTruthy();
  }
  expect(errors).not.toHaveBeenCalled();
});
