// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  describeTrail,
  notProvided,
  pathDiagram,
  replayRecord,
  stepView,
  type DiagnosticRecord,
} from '../../../src/engine';
import { diagnosticRecord } from '../../../src/engine/handOff/diagnosticLink';
import { contextOf, stateIdOf } from '../../../src/engine/session/snapshot';
import { allFlows, expectKind, today } from '../../support/allFlows';
import { laterNetworkVersion } from '../../support/laterNetworkVersion';
import {
  walkEvents,
  wiredTicketEvents,
  wiredTicketShown,
} from '../../support/walks/diagnosticWalk';
import { flowPaths } from '../../support/flowPaths';
import { networkFlow } from '../../support/walks/networkWalk';

const walked = walkEvents(wiredTicketEvents);
const ticket = expectKind(stepView(walked), 'ticket').ticket;
const record = diagnosticRecord(ticket, today);

describe('replayRecord on the wired ticket walk', () => {
  const replayed = replayRecord(networkFlow, record);

  it('replays every answer and reaches the ticket, version unchanged', () => {
    expect(replayed).toMatchObject({
      flow: { id: 'network-connection', title: networkFlow.meta.title },
      recordedVersionLabel: networkFlow.versionLabel,
      changed: false,
      preparedOn: '25/11/2026',
      recorded: wiredTicketEvents.length,
      replayed: wiredTicketEvents.length,
      leftOver: [],
      ending: { kind: 'ticket', subject: ticket.title, destination: 'Centre de Services' },
    });
  });

  it('gives each question with the answer given, in order, as the trail does', () => {
    expect(replayed.trail).toEqual(describeTrail(walked));
  });

  it('lists every value with its agent label, an empty optional one as empty', () => {
    expect(replayed.values.map(({ label, value }) => [label, value])).toEqual([
      ['Prise utilisée', 'B12-034'],
      ['Prise qui fonctionne dans le même bureau', ''],
      ['Depuis', '20/11/2026'],
      ['Nom du PC', 'UM-PC-Hélène'],
      ['Branchement', 'Directement sur le PC portable'],
      ['Site', 'Triolet'],
      ['Bâtiment', 'Bâtiment 16 « Chimie »'],
      ['Étage', '2e étage'],
      ['Bureau', '<img src=x onerror=alert(1)> & 216'],
      ['Téléphone', '06 12 34 56 78'],
      ['Disponibilités', 'le mardi après-midi 🙂 </textarea><script>alert(1)</script>'],
    ]);
    for (const shown of wiredTicketShown)
      expect(replayed.values.map((value) => value.value)).toContain(shown);
    expect(notProvided).toBe('Non renseigné');
  });

  it('walks the steps visited, each with the answer taken, to the ticket', () => {
    expect(
      replayed.path.map((step) => [step.stateId, step.taken?.event, step.answerLabel]),
    ).toEqual([
      ['connectionType', 'WIRED', 'Par un câble Ethernet'],
      ['checkCable', 'STILL_FAILING', 'Non, toujours pas de connexion'],
      ['wiredDetails', 'SUBMIT', 'Continuer'],
      ['officeKnown', 'NOT_UP_TO_DATE', 'Non, ou j’ai changé de bureau'],
      ['officeDetails', 'SUBMIT', 'Continuer'],
      ['wiredContact', 'SUBMIT', 'Continuer'],
      ['wiredTicket', undefined, undefined],
    ]);
    expect(replayed.path[0]?.tag).toBe('Question');
  });

  it('draws the path: the start and each visited node classed, one id per edge taken', () => {
    const diagram = pathDiagram(networkFlow, replayed.path);
    const visited = replayed.path.map((step) => step.stateId);
    expect(diagram.source).toContain(`class start,${visited.join(',')} visited`);
    expect(diagram.takenEdges).toHaveLength(replayed.path.length);
    expect(diagram.source).toContain('start(("Début")) parcours1@--> connectionType');
    expect(diagram.source).toContain(
      'officeKnown parcours5@-->|"Non, ou j’ai changé de bureau"| officeDetails',
    );
    // The other answer to the same step stays unmarked.
    expect(diagram.source).toContain('officeKnown -->|"Je ne sais pas"| officeDetails');
    for (const id of diagram.takenEdges) expect(diagram.source.split(`${id}@-->`)).toHaveLength(2);
  });
});

describe('replayRecord on every ticket of every flow', () => {
  const cases = allFlows.flatMap((flow) =>
    flowPaths(flow).flatMap((events) => {
      const session = walkEvents(events, flow);
      const view = stepView(session);
      return view.kind === 'ticket' ? [{ flow, events, session, ticket: view.ticket }] : [];
    }),
  );

  it('finds tickets to replay', () => {
    expect(new Set(cases.map(({ flow }) => flow.id)).size).toBeGreaterThanOrEqual(5);
  });

  it('replays each one whole, every collected form value shown', () => {
    for (const { flow, session, ticket: walkedTicket } of cases) {
      const replayed = replayRecord(flow, diagnosticRecord(walkedTicket, today));
      const where = `${flow.id} → ${stateIdOf(session.current)}`;
      expect(replayed.replayed, where).toBe(replayed.recorded);
      expect(replayed.path.at(-1)?.stateId, where).toBe(stateIdOf(session.current));
      expect(replayed.ending?.kind, where).toBe('ticket');
      const fields = contextOf(session.current).fields;
      for (const value of replayed.values) expect(fields, where).toHaveProperty(value.name);
      const formFields = Object.keys(fields).filter((name) => flow.fields.has(name));
      expect(replayed.values.map((value) => value.name).sort(), where).toEqual(formFields.sort());
    }
  });
});

describe('replayRecord when the record and the flow disagree', () => {
  it('says the flow changed, keeps what replays, and lists the rest as recorded', () => {
    const replayed = replayRecord(laterNetworkVersion(), record);
    expect(replayed).toMatchObject({
      changed: true,
      recordedVersionLabel: networkFlow.versionLabel,
    });
    expect(replayed.flow.versionLabel).toBe('2');
    expect(replayed.replayed).toBe(1);
    expect(replayed.path.map((step) => step.stateId)).toEqual(['connectionType', 'checkCable']);
    expect(replayed.ending).toBeUndefined();
    expect(replayed.leftOver[0]).toEqual({ event: 'STILL_FAILING', values: [] });
    // Fields the changed flow no longer has keep their names as labels.
    expect(replayed.leftOver[1]?.values).toContainEqual({
      name: 'socketNumber',
      label: 'socketNumber',
      value: 'B12-034',
    });
    expect(replayed.leftOver).toHaveLength(wiredTicketEvents.length - 1);
  });

  it('replays nothing when the first answer is unknown', () => {
    const forged: DiagnosticRecord = { ...record, events: [{ type: 'PRINTER' }, ...record.events] };
    const replayed = replayRecord(networkFlow, forged);
    expect(replayed.replayed).toBe(0);
    expect(replayed.trail).toEqual([]);
    expect(replayed.leftOver).toHaveLength(forged.events.length);
  });

  it('stops at a form whose values no longer pass its checks, and labels them', () => {
    const events = record.events.map((event) =>
      event.values?.socketNumber
        ? { ...event, values: { ...event.values, since: '2027-01-01' } }
        : event,
    );
    const replayed = replayRecord(networkFlow, { ...record, events });
    expect(replayed.replayed).toBe(2);
    expect(replayed.path.at(-1)?.stateId).toBe('wiredDetails');
    expect(replayed.leftOver[0]?.values).toContainEqual({
      name: 'since',
      label: 'Depuis',
      value: '01/01/2027',
    });
  });

  it('validates replayed dates against the day the link was prepared, not today', () => {
    const replayed = replayRecord(networkFlow, { ...record, preparedOn: '2026-11-19' });
    expect(replayed.replayed).toBe(2);
    expect(replayed.preparedOn).toBe('19/11/2026');
  });

  it('ignores values for fields the form does not have', () => {
    const events = record.events.map((event) =>
      event.values?.socketNumber
        ? { ...event, values: { ...event.values, injected: '<b>x</b>' } }
        : event,
    );
    const replayed = replayRecord(networkFlow, { ...record, events });
    expect(replayed.replayed).toBe(record.events.length);
    expect(replayed.values.map((value) => value.name)).not.toContain('injected');
  });
});
