import { describeTarget, typeset, type Ticket } from '../engine';
import type { Settings } from './settingsSchema';

export interface DeskLink {
  href: string;
  label: string;
}

/** One thing to do; the first copies the request, the one that opens the desk carries its link. */
export interface DeskStep {
  text: string;
  copy?: true;
  link?: DeskLink;
}

/**
 * How a ticket ending hands the request over, in the words of its channel: what to do, in
 * order, the links and contacts the settings give (none is shown without its address), and
 * what happens next. Nothing here is sent: the person carries the request over themselves.
 * Its own words are written typeset; the settings' and the target's are typeset here, the
 * phone's where it is shown (PhoneLine).
 */
export interface WayToDesk {
  heading: string;
  /** Why this way, when it is not the obvious one. */
  reason?: string;
  /** What to do, in order. */
  steps: readonly DeskStep[];
  /** A recipient for « Préparer un e-mail », only when the settings give one. */
  email?: string;
  phone?: { number: string; hours: string };
  whatNext: readonly string[];
}

/** A direct link into the Centre de Services for the ticket's target, else its front door. */
function serviceCenterLink(ticket: Ticket, settings: Settings): DeskLink {
  const names = [ticket.target?.catalogueEntry, ticket.target?.category, ticket.target?.domain];
  for (const name of names) {
    if (name === undefined) continue;
    // Found by the name as written: the settings' keys are the FAQ's names, not typeset.
    const href = settings.serviceCenterLinks[name];
    if (href)
      return { href, label: `Ouvrir «\u202f${typeset(name)}\u202f» dans le Centre de Services` };
  }
  return { href: settings.serviceCenterUrl, label: 'Ouvrir le Centre de Services' };
}

const copyStep: DeskStep = { text: 'Copiez le texte de votre demande.', copy: true };

function phoneOf(settings: Settings) {
  return settings.phoneNumber === ''
    ? {}
    : { phone: { number: settings.phoneNumber, hours: settings.phoneHours } };
}

function delay(settings: Settings): string[] {
  return settings.responseTime === ''
    ? []
    : [`Délai de réponse habituel\u202f: ${typeset(settings.responseTime)}.`];
}

export function ticketWayToDesk(
  ticket: Ticket,
  whatNext: readonly string[],
  settings: Settings,
): WayToDesk {
  if (ticket.channel === 'assistanceForm') {
    const form = settings.assistanceFormUrl;
    return {
      heading: 'Envoyez votre demande par le formulaire d’assistance',
      reason:
        'Sans accès à l’ENT, vous ne pouvez pas créer de ticket vous-même\u202f: le formulaire public de demande d’assistance de la DSIN ne demande pas de connexion.',
      steps: [
        copyStep,
        form === ''
          ? { text: 'Ouvrez le formulaire public de demande d’assistance de la DSIN.' }
          : {
              text: 'Ouvrez le formulaire public de demande d’assistance.',
              link: { href: form, label: 'Ouvrir le formulaire d’assistance' },
            },
        {
          text: 'Collez-y le texte, indiquez le numéro où l’on peut vous rappeler, puis envoyez le formulaire.',
        },
      ],
      // No e-mail here: the text is written for the form, whose agent calls back.
      ...phoneOf(settings),
      whatNext: [
        'Un agent de l’assistance vous rappelle au numéro indiqué.',
        ...delay(settings),
        ...whatNext,
      ],
    };
  }
  const link = serviceCenterLink(ticket, settings);
  const direct = link.href !== settings.serviceCenterUrl;
  return {
    heading: 'Déposez votre demande dans le Centre de Services',
    steps: [
      copyStep,
      {
        text:
          direct || settings.serviceCenterPath === ''
            ? 'Ouvrez le Centre de Services.'
            : `Ouvrez le Centre de Services\u202f: ${typeset(settings.serviceCenterPath)}.`,
        link,
      },
      ...fileSteps(ticket),
    ],
    ...(settings.helpdeskEmail === '' ? {} : { email: settings.helpdeskEmail }),
    ...phoneOf(settings),
    whatNext: [
      'Une fois votre demande validée, vous suivez son avancement dans le Centre de Services.',
      ...delay(settings),
      ...whatNext,
    ],
  };
}

/** A catalogue entry is a form of its own to fill in; anything else is a ticket to create. */
function fileSteps({ target }: Ticket): DeskStep[] {
  if (target?.catalogueEntry) {
    const category = target.category
      ? `la catégorie «\u202f${typeset(target.category)}\u202f», puis `
      : '';
    return [
      {
        text: `Dans le catalogue de services, choisissez ${category}l’entrée «\u202f${typeset(target.catalogueEntry)}\u202f».`,
      },
      { text: 'Reportez-y le texte dans le formulaire, puis validez la demande.' },
    ];
  }
  return [
    { text: target ? `Créez un ticket\u202f: ${describeTarget(target)}.` : 'Créez un ticket.' },
    { text: 'Collez-y le texte, puis validez le ticket.' },
  ];
}

/** On a resolution: the desk is one link away, should the problem come back. */
export function serviceCenterDoor(settings: Settings): DeskLink & { path: string } {
  return {
    href: settings.serviceCenterUrl,
    label: 'Ouvrir le Centre de Services',
    path: typeset(settings.serviceCenterPath),
  };
}
