// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answer, joinDateParts, stepView, submit, typeset } from '../../../src/engine';
import { expectKind, today } from '../../support/allFlows';
import { errorsAfter, screenText } from '../../support/walks/flowWalk';
import {
  atDetailsForm,
  contactValues,
  toWiredTicket,
  wiredValues,
} from '../../support/walks/networkWalk';

const ticketTextOf = (values: Record<string, string>, contact = contactValues) =>
  screenText(
    expectKind(stepView(toWiredTicket(atDetailsForm('WIRED'), values, { contact })), 'ticket'),
  );

describe('network-connection: the socket numbers, as written on the wall plate', () => {
  it.each(['Bât B 12', 'n°12', 'B12-034', '12/3', 'Prise 4 (bleue)'])('accepts « %s »', (plate) => {
    const text = ticketTextOf({ ...wiredValues, socketNumber: plate, workingSocket: plate });
    expect(text).toContain(`- Prise utilisée\u202f: ${plate}`);
    expect(text).toContain(`- Prise qui fonctionne dans le même bureau\u202f: ${plate}`);
  });

  it('only limits the length, and says so', () => {
    expect(
      errorsAfter(atDetailsForm('WIRED'), { ...wiredValues, socketNumber: 'x'.repeat(31) }),
    ).toMatchObject({
      socketNumber: 'Ce champ est limité à 30 caractères\u202f: raccourcissez-le.',
    });
  });
});

describe('network-connection: since when', () => {
  it('takes an approximate answer, which the ticket dates for the agent', () => {
    expect(ticketTextOf({ ...wiredValues, since: 'yesterday' })).toContain(
      '- Depuis\u202f: hier (24/11/2026)',
    );
    expect(ticketTextOf({ ...wiredValues, since: 'unknown' })).toContain(
      '- Depuis\u202f: ne sait plus',
    );
  });

  it('takes a precise date typed in the boxes', () => {
    const since = joinDateParts({ day: '20', month: '11', year: '2026' });
    expect(ticketTextOf({ ...wiredValues, since })).toContain('- Depuis\u202f: 20/11/2026');
  });

  it('asks for an answer when none is given', () => {
    expect(errorsAfter(atDetailsForm('WIFI'), { location: 'Bât. A', since: '' })).toMatchObject({
      since: 'Indiquez depuis quand le problème est apparu.',
    });
  });
});

describe('network-connection: how to reach the person', () => {
  it.each([
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['0612345678', '06 12 34 56 78'],
    ['4521', 'poste 4521'],
    ['45210', 'poste 45210'],
  ])('takes %s, a number or an internal extension, written %s', (typed, written) => {
    const text = ticketTextOf(wiredValues, { contactPhone: typed, availability: '' });
    expect(text).toContain(`- Téléphone\u202f: ${written}`);
  });

  it('refuses a number of the wrong length, saying what it takes', () => {
    const atContact = answer(submit(atDetailsForm('WIRED'), wiredValues, today), 'UP_TO_DATE');
    expect(errorsAfter(atContact, { contactPhone: '06 12 34 56', availability: '' })).toEqual({
      contactPhone: typeset(
        'Ce numéro a 8 chiffres : saisissez un numéro à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou un numéro de poste interne à 4 ou 5 chiffres.',
      ),
      availability: undefined,
    });
  });
});
