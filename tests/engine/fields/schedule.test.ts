// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import {
  FlowContractError,
  readFlow,
  scheduleLines,
  startSessionAt,
  stepView,
  type StepView,
} from '../../../src/engine';

/** A form with a date, then a resolution dating two events from it, one before and one after. */
function flowWith(entries: readonly object[]) {
  return createMachine({
    id: 'contract-end',
    initial: 'when',
    context: { fields: {} },
    meta: {
      kind: 'flow',
      title: 'Fin de contrat',
      description: 'Ce qui se passe à la fin du contrat.',
      category: 'Autre',
      keywords: ['contrat'],
      symptoms: [],
    },
    states: {
      when: {
        meta: {
          kind: 'form',
          title: 'Quand ?',
          fields: [{ name: 'end', label: 'Fin', type: 'date', required: false }],
        },
        on: { SUBMIT: { target: 'dates', actions: 'saveFields' } },
      },
      dates: {
        type: 'final',
        meta: {
          kind: 'resolution',
          title: 'Vos dates',
          body: ['Voici vos dates.'],
          schedule: { title: 'Calendrier', from: 'end', entries },
        },
      },
    },
  });
}

const entries = [
  {
    days: -10,
    future: 'Vous recevrez un rappel le {date}.',
    past: 'Un rappel vous a été envoyé le {date}.',
  },
  {
    months: 1,
    future: 'Votre accès restera ouvert jusqu’au {date}.',
    past: 'Votre accès est resté ouvert jusqu’au {date}.',
  },
];

function scheduleOf(end: string) {
  const flow = readFlow(flowWith(entries), 'flows/contract-end.ts');
  const view: StepView = stepView(startSessionAt(flow, 'dates', { end }));
  if (view.kind !== 'resolution') throw new Error(`expected a resolution, got ${view.kind}`);
  return view.schedule;
}

describe('a schedule', () => {
  it('writes each date in full into both of its sentences', () => {
    expect(scheduleOf('2027-01-31')?.rows).toEqual([
      {
        date: '2027-01-21',
        future: 'Vous recevrez un rappel le jeudi 21 janvier 2027.',
        past: 'Un rappel vous a été envoyé le jeudi 21 janvier 2027.',
      },
      {
        date: '2027-02-28',
        future: 'Votre accès restera ouvert jusqu’au dimanche 28 février 2027.',
        past: 'Votre accès est resté ouvert jusqu’au dimanche 28 février 2027.',
      },
    ]);
  });

  it('reads a date before the given day in the past tense, that day and later in the future', () => {
    const schedule = scheduleOf('2027-01-31');
    if (!schedule) throw new Error('no schedule');
    expect(scheduleLines(schedule, '2027-01-01')).toEqual([
      'Vous recevrez un rappel le jeudi 21 janvier 2027.',
      'Votre accès restera ouvert jusqu’au dimanche 28 février 2027.',
    ]);
    expect(scheduleLines(schedule, '2027-01-21')[0]).toBe(
      'Vous recevrez un rappel le jeudi 21 janvier 2027.',
    );
    expect(scheduleLines(schedule, '2027-01-22')[0]).toBe(
      'Un rappel vous a été envoyé le jeudi 21 janvier 2027.',
    );
    expect(scheduleLines(schedule, '2027-03-01')).toEqual([
      'Un rappel vous a été envoyé le jeudi 21 janvier 2027.',
      'Votre accès est resté ouvert jusqu’au dimanche 28 février 2027.',
    ]);
  });

  it('is left out when no date was given', () => {
    expect(scheduleOf('')).toBeUndefined();
  });

  it('needs {date} in both tenses of every entry, and both tenses', () => {
    const broken = [
      {
        days: 1,
        future: 'Vous recevrez un rappel.',
        past: 'Un rappel vous a été envoyé le {date}.',
      },
      { days: 2, future: 'Vous recevrez un rappel le {date}.' },
    ];
    let messages: string[] = [];
    try {
      readFlow(flowWith(broken), 'flows/contract-end.ts');
    } catch (error) {
      if (!(error instanceof FlowContractError)) throw error;
      messages = error.problems.map((problem) => problem.message);
    }
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('meta.schedule.entries.0.future');
    expect(messages[0]).toContain('écrivez {date} là où la date calculée doit figurer');
    expect(messages[1]).toContain('meta.schedule.entries.1.past');
  });
});
