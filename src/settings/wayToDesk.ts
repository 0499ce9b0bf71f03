import { typeset, type Ticket } from '../engine';
import type { TicketTarget } from '../engine/contract/schemas/stepSchema';
import type { Settings } from './settingsSchema';

/**
 * The words of the way to the desk, in the person's language (the UI's dictionaries). The FAQ's
 * names (a catalogue entry, a category) and the settings' texts are French, put in as they are:
 * the person finds them so in the Centre de Services.
 */
export interface DeskWords {
  formHeading: string;
  formReason: string;
  copy: string;
  /** Open the form, when the settings give no address for it. */
  openFormNamed: string;
  openForm: string;
  formLink: string;
  pasteInForm: string;
  calledBack: string;
  delay: (time: string) => string;
  serviceCenterHeading: string;
  /** `path`: the way there in words, from the settings, '' when they give none. */
  openServiceCenter: (path: string) => string;
  serviceCenterLink: string;
  targetLink: (name: string) => string;
  followUp: string;
  catalogueEntry: (category: string | undefined, entry: string) => string;
  fillInForm: string;
  /** `target`: where to file it, from `target` below, '' when the flow does not say. */
  createTicket: (target: string) => string;
  pasteInTicket: string;
  target: Record<keyof TicketTarget, (name: string) => string>;
}

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
function serviceCenterLink(ticket: Ticket, settings: Settings, words: DeskWords): DeskLink {
  const names = [ticket.target?.catalogueEntry, ticket.target?.category, ticket.target?.domain];
  for (const name of names) {
    if (name === undefined) continue;
    // Found by the name as written: the settings' keys are the FAQ's names, not typeset.
    const href = settings.serviceCenterLinks[name];
    if (href) return { href, label: words.targetLink(typeset(name)) };
  }
  return { href: settings.serviceCenterUrl, label: words.serviceCenterLink };
}

function phoneOf(settings: Settings) {
  return settings.phoneNumber === ''
    ? {}
    : { phone: { number: settings.phoneNumber, hours: settings.phoneHours } };
}

function delay(settings: Settings, words: DeskWords): string[] {
  return settings.responseTime === '' ? [] : [words.delay(typeset(settings.responseTime))];
}

export function ticketWayToDesk(
  ticket: Ticket,
  whatNext: readonly string[],
  settings: Settings,
  words: DeskWords,
): WayToDesk {
  const copyStep: DeskStep = { text: words.copy, copy: true };
  if (ticket.channel === 'assistanceForm') {
    const form = settings.assistanceFormUrl;
    return {
      heading: words.formHeading,
      reason: words.formReason,
      steps: [
        copyStep,
        form === ''
          ? { text: words.openFormNamed }
          : { text: words.openForm, link: { href: form, label: words.formLink } },
        { text: words.pasteInForm },
      ],
      // No e-mail here: the text is written for the form, whose agent calls back.
      ...phoneOf(settings),
      whatNext: [words.calledBack, ...delay(settings, words), ...whatNext],
    };
  }
  const link = serviceCenterLink(ticket, settings, words);
  const direct = link.href !== settings.serviceCenterUrl;
  return {
    heading: words.serviceCenterHeading,
    steps: [
      copyStep,
      { text: words.openServiceCenter(direct ? '' : typeset(settings.serviceCenterPath)), link },
      ...fileSteps(ticket, words),
    ],
    ...(settings.helpdeskEmail === '' ? {} : { email: settings.helpdeskEmail }),
    ...phoneOf(settings),
    whatNext: [words.followUp, ...delay(settings, words), ...whatNext],
  };
}

/** A catalogue entry is a form of its own to fill in; anything else is a ticket to create. */
function fileSteps({ target }: Ticket, words: DeskWords): DeskStep[] {
  if (target?.catalogueEntry) {
    const category = target.category === undefined ? undefined : typeset(target.category);
    return [
      { text: words.catalogueEntry(category, typeset(target.catalogueEntry)) },
      { text: words.fillInForm },
    ];
  }
  return [
    { text: words.createTicket(target ? describeTarget(target, words) : '') },
    { text: words.pasteInTicket },
  ];
}

/** Where to file a ticket, in the Centre de Services' own names: « domaine « … », catégorie « … » ». */
function describeTarget(target: TicketTarget, words: DeskWords): string {
  const parts = [
    target.domain && words.target.domain(typeset(target.domain)),
    target.category && words.target.category(typeset(target.category)),
    target.catalogueEntry && words.target.catalogueEntry(typeset(target.catalogueEntry)),
  ];
  return parts.filter(Boolean).join(', ');
}

/** On a resolution: the desk is one link away, should the problem come back. */
export function serviceCenterDoor(
  settings: Settings,
  words: DeskWords,
): DeskLink & { path: string } {
  return {
    href: settings.serviceCenterUrl,
    label: words.serviceCenterLink,
    path: typeset(settings.serviceCenterPath),
  };
}
