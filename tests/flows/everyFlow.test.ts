// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  agentLabel,
  answer,
  startSession,
  stepView,
  submit,
  ticketText,
  type FlowEvent,
  type FlowModel,
  type Session,
} from '../../src/engine';
import { allFlows, today } from '../support/allFlows';
import { coveringPaths, edgesOf, flowPaths } from '../support/flowPaths';

/** Walks a path through the engine's public API, as the UI does. */
function walk(flow: FlowModel, events: readonly FlowEvent[]): Session {
  return events.reduce((session, event) => {
    const next = event.values ? submit(session, event.values, today) : answer(session, event.type);
    expect(
      next,
      `${flow.id}: ${event.type} was refused at "${stepView(session).stateId}"`,
    ).not.toBe(session);
    return next;
  }, startSession(flow));
}

describe.each(allFlows.map((flow) => [flow.id, flow] as const))('flow %s', (_, flow) => {
  const paths = flowPaths(flow);

  it('has paths to walk', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  it('gives the browser fewer paths that still take every answer of every step', () => {
    const edges = (list: readonly FlowEvent[][]) =>
      new Set(list.flatMap((events) => edgesOf(flow, events)));
    const covering = coveringPaths(flow);
    expect([...edges(covering)].sort()).toEqual([...edges(paths)].sort());
    expect(covering.length).toBeLessThanOrEqual(paths.length);
  });

  it('ends every path at a resolution or a ticket, or on a step from which one is reachable', () => {
    for (const events of paths) {
      const view = stepView(walk(flow, events));
      if (view.kind === 'resolution' || view.kind === 'ticket') continue;
      expect(
        flow.distances.get(view.stateId),
        `"${view.stateId}" leads to an ending`,
      ).toBeGreaterThan(0);
    }
    for (const { id, step } of flow.steps.values()) {
      if (step.kind === 'resolution' || step.kind === 'ticket') {
        expect(
          paths.some((events) => stepView(walk(flow, events)).stateId === id),
          `ending "${id}" is reached`,
        ).toBe(true);
      }
    }
  });

  it('writes every ticket as an agent’s record, in the words of its channel', () => {
    for (const events of paths) {
      const view = stepView(walk(flow, events));
      if (view.kind !== 'ticket') continue;
      const text = ticketText(view.ticket, { preparedOn: today });
      expect(text, `${flow.id}/${view.stateId}`).not.toMatch(/facultatif|Non renseigné|\s:\n|\s:$/);
      expect(text.split('\n').at(-1)).toMatch(
        new RegExp(`^Référence\u202f: ${flow.id}, version \\S+, préparée le 25/11/2026$`),
      );
      if (view.ticket.channel === 'assistanceForm') expect(text).not.toMatch(/Centre de Services/);
      else expect(text).toMatch(/^Destination\u202f: Centre de Services/m);
    }
  });

  it('puts every required value collected on the way into the ticket', () => {
    for (const events of paths) {
      const view = stepView(walk(flow, events));
      if (view.kind !== 'ticket') continue;
      const text = ticketText(view.ticket, { preparedOn: today });
      for (const event of events) {
        for (const [name, value] of Object.entries(event.values ?? {})) {
          const field = flow.fields.get(name);
          if (!field?.required || !view.step.fields.includes(name)) continue;
          const row = view.ticket.fields.find((candidate) => candidate.name === name);
          expect(row?.value, `${flow.id}: ${name} on the way to ${view.stateId}`).not.toBe('');
          expect(text).toContain(`${agentLabel(field)}\u202f: ${row?.value ?? ''}`);
          expect(value).not.toBe('');
        }
      }
    }
  });
});
