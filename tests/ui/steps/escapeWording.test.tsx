import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Wizard } from '../../../src/ui/wizard/Wizard';
import { flowById } from '../../support/allFlows';

/** The sentence before « Ouvrir un ticket » on an ending of `flowId`. */
function escapeAt(flowId: string, stateId: string): string | null | undefined {
  render(<Wizard flow={flowById(flowId)} origin={undefined} at={{ stateId, fields: {} }} />);
  return screen.getByRole('link', { name: 'Ouvrir un ticket' }).parentElement?.textContent;
}

describe('the way from a resolution to the generic ticket', () => {
  it('asks whether the problem came back where the flow says it is solved', () => {
    expect(escapeAt('office365-reassociation', 'resolved')).toMatch(
      /^Le problème revient\u202f\? Ouvrir un ticket/,
    );
  });

  it('asks whether that was it where the flow only informs', () => {
    expect(escapeAt('distribution-lists', 'noGenericAccount')).toMatch(
      /^Ce n’était pas ça\u202f\? Ouvrir un ticket/,
    );
  });
});
