import type { Field, FieldMessages } from '../../../engine';
import type { DatePart } from '../../../engine/fields/dateInput';
import { formatDate } from '../../../engine/fields/calendarDate';
import type { DeskWords } from '../../../settings/wayToDesk';
import type { English } from '../dictionary';

// English as English is written: no space before : ; ? !, ’ for apostrophes, “ ” for quotes. The
// names the person meets in French software (the Centre de Services’ entries, a menu path) stay
// in French between « », which the pages mark lang="fr" (see MixedText.tsx).

/** “1 hour”, “2 hours”, “0 hours”: English's rule for whole numbers (see fr.ts's, and why not Intl). */
const count = (value: number, one: string, many: string) =>
  `${String(value)}\u00a0${value === 1 ? one : many}`;

/** A form field as an error message names it: “Computer name”, not “Computer name (optional)”. */
const named = (field: Field) => `“${field.label.replace(/\s*\(optional\)\s*$/i, '')}”`;

const partNames: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' };

function listParts(parts: readonly DatePart[]): string {
  const names = parts.map((part) => partNames[part]);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
    : names.join('');
}

function expectedPhone(extension: boolean): string {
  return extension
    ? 'a 10-digit number, like 06\u00a012\u00a034\u00a056\u00a078 or +33\u00a06\u00a012\u00a034\u00a056\u00a078, or a 4 or 5-digit internal extension'
    : 'a 10-digit French number, like 06\u00a012\u00a034\u00a056\u00a078 or +33\u00a06\u00a012\u00a034\u00a056\u00a078';
}

const emailExample = 'like firstname.lastname@example.com';

let longDateFormat: Intl.DateTimeFormat | undefined;
/**
 * “Monday 1 March 2027”, the date written in full as British English does. Built on first use:
 * building it loads time-zone data (tens of milliseconds in Chromium the first time), which
 * loading this chunk, on an English reader's home page, should not pay.
 */
const longDate = () =>
  (longDateFormat ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }));

const messages: FieldMessages = {
  required: (field) =>
    field.type === 'choice' ? `Select an answer for ${named(field)}.` : `Enter ${named(field)}.`,
  tooLong: (max) =>
    `This field takes ${count(max, 'character', 'characters')} at most: shorten it.`,
  choice: 'Select one of the answers.',
  future: 'This date is in the future: enter a past date or today’s.',
  past: 'This date has passed: enter today’s date or a date to come.',
  dateNotNumbers: 'Enter the date in numbers: the day, the month and the year.',
  dateMissing: (parts) => `The date must include ${listParts(parts)}.`,
  day: 'The day must be a number from 1 to 31.',
  month: 'The month must be a number from 1 to 12, or its name (“November”, “Nov”).',
  year: (example) => `The year must have 4 digits, for example ${example}.`,
  noSuchDate: (written) => `${written} does not exist: check the day and the month.`,
  phoneCharacter: (character, extension) =>
    `A phone number does not contain “${character}”: enter ${expectedPhone(extension)}.`,
  phoneDigits: (digits, extension) =>
    digits === undefined
      ? `Enter ${expectedPhone(extension)}.`
      : `This number has ${count(digits, 'digit', 'digits')}: enter ${expectedPhone(extension)}.`,
  emailTooLong: (max) => `An e-mail address has ${String(max)} characters at most.`,
  emailSpace: `An e-mail address has no spaces: enter it in one piece, ${emailExample}.`,
  email: `Enter a full e-mail address, ${emailExample}.`,
  notBefore: (mine, theirs, date) =>
    `${named(mine)} cannot be before ${named(theirs)} (${date}): enter the same day or a later date.`,
  after: (mine, theirs, date) =>
    `${named(mine)} must come after ${named(theirs)} (${date}): enter a date after ${date}.`,
  approximate: {
    unknown: 'I don’t remember',
    today: (day) => `today (${day})`,
    yesterday: (day) => `yesterday (${day})`,
    fewDays: (from, to) => `a few days ago (between ${from} and ${to})`,
    overAWeek: (day) => `over a week ago (${day} or before)`,
  },
  longDate: (iso) => {
    const day = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(day.getTime()) ? formatDate(iso) : longDate().format(day);
  },
};

const desk: DeskWords = {
  formHeading: 'Send your request through the assistance form',
  formReason:
    'Without access to the ENT, you cannot create a ticket yourself: the DSIN’s public assistance request form does not ask you to log in.',
  copy: 'Copy the text of your request.',
  openFormNamed: 'Open the DSIN’s public assistance request form.',
  openForm: 'Open the public assistance request form.',
  formLink: 'Open the assistance form',
  pasteInForm:
    'Paste the text into it, give the number where you can be called back, then send the form.',
  calledBack: 'A helpdesk agent calls you back on the number you gave.',
  delay: (time) => `Usual response time: «\u202f${time}\u202f».`,
  serviceCenterHeading: 'File your request in the Centre de Services',
  openServiceCenter: (path) =>
    path === ''
      ? 'Open the Centre de Services.'
      : `Open the Centre de Services: «\u202f${path}\u202f».`,
  serviceCenterLink: 'Open the Centre de Services',
  targetLink: (name) => `Open «\u202f${name}\u202f» in the Centre de Services`,
  followUp: 'Once your request is validated, you follow its progress in the Centre de Services.',
  catalogueEntry: (category, entry) =>
    `In the service catalogue («\u202fcatalogue de services\u202f»), choose ${category === undefined ? '' : `the category «\u202f${category}\u202f», then `}the entry «\u202f${entry}\u202f».`,
  fillInForm: 'Copy the text into its form, then validate the request.',
  createTicket: (target) => (target === '' ? 'Create a ticket.' : `Create a ticket: ${target}.`),
  pasteInTicket: 'Paste the text into it, then validate the ticket.',
  target: {
    domain: (name) => `domain «\u202f${name}\u202f»`,
    category: (name) => `category «\u202f${name}\u202f»`,
    catalogueEntry: (name) => `catalogue entry «\u202f${name}\u202f»`,
  },
};

const clearHint = 'clear your answers: the next person will not be able to see them.';

/** The English chunk: the dictionary, and what only English pages say. */
export const en: English = {
  text: {
    language: { label: 'Language' },
    frame: {
      skipLink: 'Skip to content',
      colon: ': ',
      siteTitle: 'IT troubleshooting',
      titleSuffix: 'DSIN Université de Montpellier',
      loadFailedTitle: 'This page could not be shown',
      loadFailedText: 'Check your Internet connection, then reload the page.',
      allProcedures: 'See all procedures',
      loadingFlow: 'Loading the procedure…',
      helpBefore: 'Need help? Contact us through the',
      serviceCenter: 'Centre de Services',
      noEnt: 'Without access to the ENT:',
      assistanceFormLink: 'assistance request form',
      assistanceFormNamed: 'the DSIN’s public assistance request form',
      keptInBrowser: (hours) =>
        `Your answers stay in this browser for up to ${count(hours, 'hour', 'hours')} after the last one, so that you can resume; nothing is sent unless you do it.`,
    },
    home: {
      heading: 'What do you need?',
      lead: 'Answer a few questions: the solution is shown, or a complete request is prepared for the Centre de Services.',
      searchLabel: 'Search for a procedure',
      searchHint: 'For example: network, Teams, guest account',
      found: (results) => `${count(results, 'procedure', 'procedures')} found`,
      resultsHeading: 'Search results',
      noResult: (query) => `No procedure matches “${query}”.`,
      fallbackHeading: 'Can’t find your problem?',
      fallbackBefore: 'Contact us through the Centre de Services:',
      fallbackLink: 'prepare an assistance request',
      cleared:
        'Your answers have been cleared from this browser: the next person will not see them.',
    },
    clear: {
      heading: 'Shared computer?',
      button: 'Clear my answers from this browser',
      whenDone: `When you have finished, ${clearHint}`,
      whenFiled: `Once you have filed your request, ${clearHint}`,
    },
    resume: {
      heading: 'Resume where you left off',
      step: (step) => `(step ${String(step)})`,
      resume: 'Resume',
      restart: 'Start again',
      restartAsk: (title) =>
        `Starting «\u202f${title}\u202f» again clears your answers to this procedure.`,
      restartYes: 'Yes, clear my answers',
      restartNo: 'No, keep my answers',
    },
    flowPage: {
      notFound: 'Procedure not found',
      notFoundText: (id) => `No procedure is called “${id}”. The link may be old or incomplete.`,
      unavailable: 'Procedure unavailable',
      unavailableText: 'This procedure cannot be shown at the moment.',
    },
    wizard: {
      nav: 'Procedure navigation',
      back: 'Back',
      backToSummary: 'Back to the summary',
      allProcedures: 'All procedures',
      step: (step) => `Step ${String(step)}`,
      errorTitle: (heading) => `Error: ${heading}`,
      notices: {
        changed:
          'This procedure has changed since your last visit: your answers that still apply have been kept, and you continue at the first step that changed.',
        restarted:
          'This procedure has changed since your last visit: your answers no longer fit, so it starts again from the beginning.',
        linkResumed: 'You are resuming the procedure where you left it on the other device.',
        linkPartial:
          'Your answers have been carried over up to this form: the values typed on the other device were not passed on. Type them again to continue.',
        linkBroken:
          'This resume link is incomplete or has been changed: your answers could not be carried over. The procedure starts from the beginning.',
        linkStale:
          'This resume link was made for another version of this procedure: your answers could not be carried over. The procedure starts from the beginning.',
      },
      restartAskTicket:
        'Starting again clears your answers and the prepared request. If you have not filed it yet, copy it first.',
      restartAskTyping: 'Starting again clears your answers, including what you typed.',
      restartYes: 'Yes, clear everything and start again',
      restartNo: 'No, continue',
      restart: 'Start the procedure again',
    },
    form: {
      errorSummary: 'There is a problem',
      errorPrefix: 'Error: ',
      submit: 'Continue',
      day: 'Day',
      month: 'Month',
      year: 'Year',
      or: 'or',
      approximate: {
        today: 'Today',
        yesterday: 'Yesterday',
        fewDays: 'A few days ago (less than a week)',
        overAWeek: 'More than a week ago',
        unknown: 'I don’t remember',
        exact: 'On a specific date',
      },
      messages,
    },
    ending: {
      needHelp: 'Need help?',
      cameBack: 'Has the problem come back?',
      notIt: 'That wasn’t it?',
      openTicket: 'Open a ticket',
      openTicketAfter: ': a few questions, then a text ready to file.',
      backToList: 'Back to the list of procedures',
      contactDesk: 'Contact the helpdesk through the Centre de Services',
      newTab: '(new tab)',
      phone: 'By phone:',
      offline:
        'Offline: the procedure works, and the Centre de Services will be reachable once the connection is back.',
      update: 'A new version is available. Your answers are kept.',
      updateButton: 'Update',
    },
    ticket: {
      change: 'Change',
      notSent:
        'Nothing has been sent yet: this page prepares your request, and you are the one who files it.',
      copy: 'Copy the text',
      download: 'Download (.txt)',
      copied: 'Text copied. Paste it at the next step.',
      copyManual:
        'Automatic copying is not available: the text is selected below, copy it with Ctrl+C.',
      textLabel: 'Text of the request to copy',
      emailBefore: 'Prefer e-mail?',
      emailLink: (address) => `Prepare an e-mail to ${address}`,
      emailAfter: ': it opens in your e-mail program, and is only sent when you send it.',
      whatNext: 'What happens next?',
      desk,
    },
    phone: {
      button: 'Continue on my phone',
      here: 'this step',
      atStep: (step) => `step ${String(step)}`,
      scan: (where) =>
        `Scan this code with your phone’s camera: this procedure opens there at ${where}, with your answers. The phone uses its own connection (mobile data, for example).`,
      buttonOnPhone: 'Continue on another device',
      scanOnPhone: (where) =>
        `Open this link on the other device (copy it, for example into a message to yourself), or scan this code with another phone or a tablet: this procedure opens there at ${where}, with your answers.`,
      withValues: 'Include the values I typed',
      withValuesHint: 'Anyone who sees or photographs this code will be able to read them.',
      partialHint:
        ' Without them, the phone resumes at the first form you filled in: you will fill it in again.',
      partialHintOnPhone:
        ' Without them, the other device resumes at the first form you filled in: you will fill it in again.',
      qrLabel: (where) => `QR code of the link that opens this procedure at ${where}`,
      tooLong: (withValues) =>
        `This link is too long for a QR code${withValues ? ': untick the box to get one, or' : ':'} use the link below.`,
      qrFailed: 'The QR code could not be made: use the link below.',
      linkLabel: 'Link to this step',
      copyLink: 'Copy the link',
      copied: 'Link copied.',
      copyRefused: 'Automatic copying is not available: select the link above and copy it.',
    },
  },
  only: {
    untranslated: 'This procedure is not yet available in English: it is shown in French.',
    review: {
      subject: 'Subject',
      details: 'Details',
      answers: 'Answers',
      checks: 'Checks already done',
      before: 'Procedure followed before: ',
      notProvided: 'Not provided',
    },
    ticket: {
      heading: 'Your request, in French',
      intro:
        'The helpdesk works in French, so your request is written in French: the agent can act on it as it is. It also tells them that you used the English version. Here is what each part says:',
      parts: [
        '«\u202fObjet\u202f»: the subject of your request;',
        '«\u202fInformations\u202f»: the details you typed;',
        '«\u202fRéponses\u202f»: the answers you chose;',
        '«\u202fVérifications déjà faites\u202f»: what you have already checked or tried;',
        '«\u202fProcédure suivie auparavant\u202f»: the checks made in the procedure you came from, if any.',
      ],
      copied:
        'The text you copy also says where it goes («\u202fDestination\u202f»), that you used English («\u202fLangue de l’usager\u202f: anglais\u202f»), and gives the agent a link to your answers («\u202fDétail pour l’agent\u202f») and a reference to this procedure («\u202fRéférence\u202f»).',
    },
  },
};
