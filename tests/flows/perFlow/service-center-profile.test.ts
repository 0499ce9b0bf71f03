// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { startSession, stepView, submit, ticketText, typeset } from '../../../src/engine';
import { expectKind, flowById, today } from '../../support/allFlows';
import { errorsAfter, screenText, topHit, walk } from '../../support/walks/flowWalk';

const flow = flowById('service-center-profile');

/** Where each text, as shown (typeset), is first found among the steps, -1 when it is missing. */
function positions(steps: readonly string[], texts: readonly string[]): number[] {
  return texts.map((text) => steps.findIndex((step) => step.includes(typeset(text))));
}

const phoneExpected =
  'un numéro français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.';
/** The narrow no-break space the ticket's words put before a colon. */
const nn = '\u202f';
const atPhoneForm = () => walk(flow, 'PHONE', 'PREPARE_REQUEST');
const atLocationForm = () => walk(flow, 'LOCATION', 'NOT_SAVED', 'STILL_FAILING');

describe('the screens', () => {
  it('asks first what to update', () => {
    const view = expectKind(stepView(startSession(flow)), 'question');
    expect(view.step.prompt).toBe('Que voulez-vous mettre à jour\u202f?');
    expect(view.answers.map((a) => a.label)).toEqual([
      'Ma localisation (site, bâtiment, étage)',
      'Mon numéro de téléphone',
    ]);
  });

  it('gives the location path, site then bâtiment then étage, then « OK »', () => {
    const view = expectKind(stepView(walk(flow, 'LOCATION')), 'instructions');
    const order = positions(view.step.steps, [
      '« Préférences utilisateur »',
      '« Localisation »',
      'site',
      'bâtiment',
      'étage',
      '« OK »',
    ]);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect(view.step.steps[0]).toContain('en haut à droite');
    expect(view.step.steps.at(-1)).toContain('en haut ou en bas de la page');
    expect(view.step.intro).toContain('le site, puis le bâtiment, puis l’étage, dans cet ordre');
  });

  it('on failure, asks to retry in the order site, bâtiment, étage', () => {
    const view = expectKind(stepView(walk(flow, 'LOCATION', 'NOT_SAVED')), 'instructions');
    expect(view.step.title).toContain('site, bâtiment, étage');
    const order = positions(view.step.steps, ['site', 'bâtiment', 'étage', '« OK »']);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(view.step.steps[0]).toContain(typeset('« Localisation »'));
  });

  it.each([
    ['at once', ['LOCATION', 'UPDATED']],
    ['after a retry', ['LOCATION', 'NOT_SAVED', 'UPDATED']],
  ])('ends on a resolution when the location is saved %s', (_, events) => {
    const view = expectKind(stepView(walk(flow, ...events)), 'resolution');
    expect(view.stateId).toBe('locationUpdated');
    expect(view.step.body.join('\n')).toContain(typeset('« Préférences utilisateur »'));
  });

  it('explains that the phone number comes from the HR application, which also feeds the annuaire', () => {
    const view = expectKind(stepView(walk(flow, 'PHONE')), 'instructions');
    expect(view.step.intro).toContain('pas modifier votre numéro dans le Centre de Services');
    expect(view.step.intro).toContain('importé de l’application de gestion RH');
    expect(view.step.intro).toContain('alimente aussi l’annuaire de l’UM');
    expect(view.step.steps.join('\n')).toContain(typeset('sur le domaine « Ressources Humaines »'));
    expect(view.answers.map((a) => a.event)).toEqual(['PREPARE_REQUEST', 'JUST_ASKING']);
  });

  it('lets the user leave once informed, still naming the domain', () => {
    const view = expectKind(stepView(walk(flow, 'PHONE', 'JUST_ASKING')), 'resolution');
    expect(view.step.body.join('\n')).toContain(typeset('domaine « Ressources Humaines »'));
  });
});

describe('the phone form', () => {
  it.each([
    ['04 67 14 30 30', '04 67 14 30 30'],
    ['0467143030', '04 67 14 30 30'],
    ['04.67.14.30.30', '04 67 14 30 30'],
    ['+33 4 67 14 30 30', '+33 4 67 14 30 30'],
    ['+33467143030', '+33 4 67 14 30 30'],
    ['+33 04 67 14 30 30', '+33 4 67 14 30 30'],
  ])('accepts %s, written %s in the ticket', (phone, written) => {
    const view = expectKind(stepView(submit(atPhoneForm(), { newPhone: phone }, today)), 'ticket');
    // The number as the engine writes it, not typeset: a value, not the flow's words.
    expect(view.ticket.title).toBe(`Modification de mon numéro de téléphone${nn}: ${written}`);
  });

  it.each([
    ['abc', 'Un numéro de téléphone ne contient pas « a » : saisissez'],
    ['12', 'Ce numéro a 2 chiffres : saisissez'],
    ['06 12 34 56 7', 'Ce numéro a 9 chiffres : saisissez'],
    ['04 67 14 30 30 1', 'Ce numéro a 11 chiffres : saisissez'],
    ['00 67 14 30 30', 'Saisissez'],
  ])('refuses %s in both phone fields, in French', (phone, start) => {
    const phoneError = typeset(`${start} ${phoneExpected}`);
    expect(errorsAfter(atPhoneForm(), { newPhone: phone, previousPhone: phone })).toEqual({
      newPhone: phoneError,
      previousPhone: phoneError,
      office: undefined,
    });
  });

  it('does not take an internal extension, which the directory cannot list alone', () => {
    expect(errorsAfter(atPhoneForm(), { newPhone: '4521' }).newPhone).toBe(
      typeset(`Ce numéro a 4 chiffres : saisissez ${phoneExpected}`),
    );
  });

  it('requires the new number, and only it', () => {
    expect(errorsAfter(atPhoneForm(), { newPhone: ' ', previousPhone: '', office: '' })).toEqual({
      newPhone: 'Indiquez votre nouveau numéro de téléphone.',
      previousPhone: undefined,
      office: undefined,
    });
  });

  it('limits the office to 120 characters', () => {
    const values = { newPhone: '04 67 14 30 30', office: 'x'.repeat(121) };
    expect(errorsAfter(atPhoneForm(), values)).toEqual({
      newPhone: undefined,
      previousPhone: undefined,
      office: 'Ce champ est limité à 120 caractères\u202f: raccourcissez-le.',
    });
  });
});

describe('the location form', () => {
  it('gives a French error for every empty field', () => {
    const empty = { site: '', building: ' ', floor: '', whatHappens: '\n' };
    expect(errorsAfter(atLocationForm(), empty)).toEqual({
      site: 'Indiquez le site que vous voulez enregistrer.',
      building: 'Indiquez le bâtiment que vous voulez enregistrer.',
      floor: 'Indiquez l’étage que vous voulez enregistrer.',
      whatHappens: 'Décrivez ce qui se passe quand vous modifiez votre localisation.',
    });
  });

  it('gives a French error for every value too long', () => {
    const tooLong = {
      site: 'x'.repeat(81),
      building: 'x'.repeat(81),
      floor: 'x'.repeat(41),
      whatHappens: 'x'.repeat(1001),
    };
    expect(errorsAfter(atLocationForm(), tooLong)).toEqual({
      site: 'Ce champ est limité à 80 caractères\u202f: raccourcissez-le.',
      building: 'Ce champ est limité à 80 caractères\u202f: raccourcissez-le.',
      floor: 'Ce champ est limité à 40 caractères\u202f: raccourcissez-le.',
      whatHappens: 'Ce champ est limité à 1000 caractères\u202f: raccourcissez-le.',
    });
  });
});

describe('the tickets', () => {
  it('asks the HR services, on the « Ressources Humaines » domain, with the new number in the title', () => {
    const values = {
      newPhone: '04 67 14 52 10',
      previousPhone: '04.67.14.99.99',
      office: 'Bâtiment 7, bureau 112',
    };
    const view = expectKind(stepView(submit(atPhoneForm(), values, today)), 'ticket');
    expect(view.ticket.target).toEqual({ domain: 'Ressources Humaines' });
    // The typed number stays as typed, in the subject as in the text.
    expect(view.ticket.title).toBe(`Modification de mon numéro de téléphone${nn}: 04 67 14 52 10`);
    expect(view.step.title).toContain(typeset('« Ressources Humaines »'));
    const text = screenText(view);
    for (const line of [
      'Destination\u202f: Centre de Services, domaine «\u202fRessources Humaines\u202f»',
      '- Nouveau numéro de téléphone\u202f: 04 67 14 52 10',
      '- Ancien numéro\u202f: 04 67 14 99 99',
      '- Bureau et bâtiment\u202f: Bâtiment 7, bureau 112',
      'Réponses\n- Information à mettre à jour\u202f: numéro de téléphone',
      '- Numéro géré par les services RH\u202f: demande aux services RH',
      'Créez un ticket\u202f: domaine «\u202fRessources Humaines\u202f».',
      'Les services RH modifient le numéro dans l’application de gestion RH',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('leaves the optional values that were not given out of the text', () => {
    const view = expectKind(
      stepView(submit(atPhoneForm(), { newPhone: '+33 4 67 14 52 10' }, today)),
      'ticket',
    );
    expect(ticketText(view.ticket, { preparedOn: today })).toContain(
      `Informations\n- Nouveau numéro de téléphone${nn}: +33 4 67 14 52 10\n\nRéponses`,
    );
  });

  it('sends a location that cannot be saved to the assistance, with both tries', () => {
    const values = {
      site: 'Triolet',
      building: 'Bâtiment 16',
      floor: '2e étage',
      whatHappens: 'Le bâtiment 16 n’apparaît pas dans la liste.',
    };
    const view = expectKind(stepView(submit(atLocationForm(), values, today)), 'ticket');
    // The FAQ says « contactez l'assistance via le Centre de Services », with no category.
    expect(view.ticket.target).toBeUndefined();
    expect(view.ticket.title).toBe(
      'Localisation impossible à enregistrer dans le Centre de Services — Triolet, Bâtiment 16, 2e étage',
    );
    const text = ticketText(view.ticket, { preparedOn: today });
    for (const line of [
      `- Site voulu${nn}: Triolet`,
      `- Bâtiment voulu${nn}: Bâtiment 16`,
      `- Étage voulu${nn}: 2e étage`,
      `- Ce qui se passe${nn}: Le bâtiment 16 n’apparaît pas dans la liste.`,
      typeset('Réponses\n- Information à mettre à jour : localisation'),
      'Vérifications déjà faites',
      typeset('- Localisation modifiée dans « Préférences utilisateur » : fait, sans succès'),
      typeset('- Nouvel essai dans l’ordre site, bâtiment, étage : fait, toujours sans succès'),
    ]) {
      expect(text).toContain(line);
    }
  });
});

describe('search', () => {
  it.each(['téléphone', 'telephone', 'bureau', 'localisation', 'changer de bureau'])(
    'puts the flow first for « %s »',
    (query) => {
      expect(topHit(query)).toBe('service-center-profile');
    },
  );
});
