import type { DeskWords } from '../../settings/wayToDesk';

/**
 * « 0 heure », « 1 heure », « 2 heures »: French puts 0 and 1 in the singular (CLDR's rule for
 * whole numbers, the only numbers counted here). Written out rather than asked of
 * Intl.PluralRules, whose first use loads ICU data, a few milliseconds of the home page's
 * adoption, four times that on a slow phone.
 */
const singular = (value: number) => value === 0 || value === 1;
const count = (value: number, one: string, many: string) =>
  `${String(value)}\u00a0${singular(value) ? one : many}`;

const clearHint = 'effacez vos réponses\u202f: la personne suivante ne pourra pas les voir.';

/** The way to the desk on a ticket ending (src/settings/wayToDesk.ts), in French. */
const desk: DeskWords = {
  formHeading: 'Envoyez votre demande par le formulaire d’assistance',
  formReason:
    'Sans accès à l’ENT, vous ne pouvez pas créer de ticket vous-même\u202f: le formulaire public de demande d’assistance de la DSIN ne demande pas de connexion.',
  copy: 'Copiez le texte de votre demande.',
  openFormNamed: 'Ouvrez le formulaire public de demande d’assistance de la DSIN.',
  openForm: 'Ouvrez le formulaire public de demande d’assistance.',
  formLink: 'Ouvrir le formulaire d’assistance',
  pasteInForm:
    'Collez-y le texte, indiquez le numéro où l’on peut vous rappeler, puis envoyez le formulaire.',
  calledBack: 'Un agent de l’assistance vous rappelle au numéro indiqué.',
  delay: (time) => `Délai de réponse habituel\u202f: ${time}.`,
  serviceCenterHeading: 'Déposez votre demande dans le Centre de Services',
  openServiceCenter: (path) =>
    path === '' ? 'Ouvrez le Centre de Services.' : `Ouvrez le Centre de Services\u202f: ${path}.`,
  serviceCenterLink: 'Ouvrir le Centre de Services',
  targetLink: (name) => `Ouvrir «\u202f${name}\u202f» dans le Centre de Services`,
  followUp:
    'Une fois votre demande validée, vous suivez son avancement dans le Centre de Services.',
  catalogueEntry: (category, entry) =>
    `Dans le catalogue de services, choisissez ${category === undefined ? '' : `la catégorie «\u202f${category}\u202f», puis `}l’entrée «\u202f${entry}\u202f».`,
  fillInForm: 'Reportez-y le texte dans le formulaire, puis validez la demande.',
  createTicket: (target) =>
    target === '' ? 'Créez un ticket.' : `Créez un ticket\u202f: ${target}.`,
  pasteInTicket: 'Collez-y le texte, puis validez le ticket.',
  target: {
    domain: (name) => `domaine «\u202f${name}\u202f»`,
    category: (name) => `catégorie «\u202f${name}\u202f»`,
    catalogueEntry: (name) => `entrée du catalogue «\u202f${name}\u202f»`,
  },
};

/**
 * Every word the person-facing pages say, in French: the app's own language, so this one is in
 * the home page's download, and the type of the English one (see dictionary.ts). An entry with
 * values is a small function. The authors' pages and the agent's view are not here: they are
 * French only, for DSIN staff.
 */
export const fr = {
  language: {
    /** The switch's own label, in the page's language. */
    label: 'Langue',
  },
  frame: {
    skipLink: 'Aller au contenu',
    /** Between a text and what it introduces (a link, a label). */
    colon: '\u202f: ',
    siteTitle: 'Dépannage informatique',
    /** The tab's title ends with this, after the screen's own. */
    titleSuffix: 'DSIN Université de Montpellier',
    loadFailedTitle: 'Cette page n’a pas pu s’afficher',
    loadFailedText: 'Vérifiez votre connexion à Internet, puis rechargez la page.',
    allProcedures: 'Voir toutes les procédures',
    loadingFlow: 'Chargement de la procédure…',
    /** The footer's sentence, around its links. */
    helpBefore: 'Besoin d’aide\u202f? Contactez-nous via le',
    serviceCenter: 'Centre de Services',
    noEnt: 'Sans accès à l’ENT\u202f:',
    assistanceFormLink: 'formulaire de demande d’assistance',
    assistanceFormNamed: 'le formulaire public de demande d’assistance de la DSIN',
    keptInBrowser: (hours: number) =>
      `Vos réponses restent dans ce navigateur jusqu’à ${count(hours, 'heure', 'heures')} après la dernière, pour que vous puissiez reprendre\u202f; rien n’est envoyé sans votre action.`,
  },
  home: {
    heading: 'De quoi avez-vous besoin\u202f?',
    lead: 'Répondez à quelques questions\u202f: la solution s’affiche, ou une demande complète est préparée pour le Centre de Services.',
    searchLabel: 'Rechercher une procédure',
    searchHint: 'Par exemple\u202f: réseau, Teams, compte invité',
    found: (results: number) =>
      singular(results)
        ? `${String(results)} procédure trouvée`
        : `${String(results)} procédures trouvées`,
    resultsHeading: 'Résultats de la recherche',
    noResult: (query: string) => `Aucune procédure ne correspond à «\u202f${query}\u202f».`,
    fallbackHeading: 'Vous ne trouvez pas votre problème\u202f?',
    fallbackBefore: 'Contactez-nous via le Centre de Services\u202f:',
    fallbackLink: 'préparer une demande d’assistance',
    cleared:
      'Vos réponses ont été effacées de ce navigateur\u202f: la personne suivante ne pourra pas les voir.',
  },
  clear: {
    heading: 'Ordinateur partagé\u202f?',
    button: 'Effacer mes réponses de ce navigateur',
    whenDone: `Quand vous avez terminé, ${clearHint}`,
    whenFiled: `Une fois votre demande déposée, ${clearHint}`,
  },
  resume: {
    heading: 'Reprendre là où vous en étiez',
    step: (step: number) => `(étape ${String(step)})`,
    resume: 'Reprendre',
    restart: 'Recommencer',
    restartAsk: (title: string) =>
      `Recommencer «\u202f${title}\u202f» efface vos réponses à cette procédure.`,
    restartYes: 'Oui, effacer mes réponses',
    restartNo: 'Non, garder mes réponses',
  },
  flowPage: {
    notFound: 'Procédure introuvable',
    notFoundText: (id: string) =>
      `Aucune procédure ne porte le nom «\u202f${id}\u202f». Le lien est peut-être ancien ou incomplet.`,
    unavailable: 'Procédure indisponible',
    unavailableText: 'Cette procédure ne peut pas s’afficher pour le moment.',
  },
  wizard: {
    nav: 'Navigation de la procédure',
    back: 'Retour',
    backToSummary: 'Retour au résumé',
    allProcedures: 'Toutes les procédures',
    step: (step: number) => `Étape ${String(step)}`,
    errorTitle: (heading: string) => `Erreur\u202f: ${heading}`,
    notices: {
      changed:
        'Cette procédure a changé depuis votre dernière visite\u202f: vos réponses encore valables ont été reprises, vous continuez à la première étape qui a changé.',
      restarted:
        'Cette procédure a changé depuis votre dernière visite\u202f: vos réponses ne correspondent plus, elle reprend au début.',
      linkResumed: 'Vous reprenez la procédure là où vous l’avez laissée sur l’autre appareil.',
      linkPartial:
        'Vos réponses ont été reprises jusqu’à ce formulaire\u202f: les valeurs saisies sur l’autre appareil n’ont pas été transmises. Saisissez-les de nouveau pour continuer.',
      linkBroken:
        'Ce lien de reprise est incomplet ou a été modifié\u202f: vos réponses n’ont pas pu être reprises. La procédure commence au début.',
      linkStale:
        'Ce lien de reprise a été créé pour une autre version de cette procédure\u202f: vos réponses n’ont pas pu être reprises. La procédure commence au début.',
    },
    restartAskTicket:
      'Recommencer efface vos réponses et la demande préparée. Si vous ne l’avez pas encore déposée, copiez-la d’abord.',
    restartAskTyping: 'Recommencer efface vos réponses, y compris ce que vous avez saisi.',
    restartYes: 'Oui, tout effacer et recommencer',
    restartNo: 'Non, continuer',
    restart: 'Recommencer la procédure',
  },
  form: {
    errorSummary: 'Il y a un problème',
    /** Read before a field's error by screen readers. */
    errorPrefix: 'Erreur\u202f: ',
    submit: 'Continuer',
    day: 'Jour',
    month: 'Mois',
    year: 'Année',
    or: 'ou',
    approximate: {
      today: 'Aujourd’hui',
      yesterday: 'Hier',
      fewDays: 'Il y a quelques jours (moins d’une semaine)',
      overAWeek: 'Il y a plus d’une semaine',
      unknown: 'Je ne sais plus',
      exact: 'À une date précise',
    },
  },
  ending: {
    needHelp: 'Besoin d’aide\u202f?',
    cameBack: 'Le problème revient\u202f?',
    notIt: 'Ce n’était pas ça\u202f?',
    openTicket: 'Ouvrir un ticket',
    openTicketAfter: '\u202f: quelques questions, puis un texte prêt à déposer.',
    backToList: 'Retour à la liste des procédures',
    contactDesk: 'Contactez l’assistance via le Centre de Services',
    newTab: '(nouvel onglet)',
    phone: 'Par téléphone\u202f:',
    offline:
      'Hors connexion\u202f: la procédure fonctionne, le Centre de Services sera accessible une fois la connexion revenue.',
    update: 'Une nouvelle version est disponible. Vos réponses sont conservées.',
    updateButton: 'Mettre à jour',
  },
  ticket: {
    change: 'Modifier',
    notSent:
      'Rien n’a encore été envoyé\u202f: cette page prépare votre demande, c’est vous qui la déposez.',
    copy: 'Copier le texte',
    download: 'Télécharger (.txt)',
    copied: 'Texte copié. Collez-le à l’étape suivante.',
    copyManual:
      'La copie automatique n’est pas disponible\u202f: le texte est sélectionné ci-dessous, copiez-le avec Ctrl+C.',
    textLabel: 'Texte de la demande à copier',
    emailBefore: 'Vous préférez l’e-mail\u202f?',
    emailLink: (address: string) => `Préparer un e-mail à ${address}`,
    emailAfter: '\u202f: il s’ouvre dans votre messagerie, et ne part que lorsque vous l’envoyez.',
    whatNext: 'Et ensuite\u202f?',
    desk,
  },
  phone: {
    button: 'Continuer sur mon téléphone',
    here: 'cette étape',
    atStep: (step: number) => `l’étape ${String(step)}`,
    scan: (where: string) =>
      `Scannez ce code avec l’appareil photo de votre téléphone\u202f: cette procédure s’y ouvre à ${where}, avec vos réponses. Le téléphone utilise sa propre connexion (données mobiles, par exemple).`,
    // On a phone (onPhone.ts), the other device may be a computer: the link before the code.
    buttonOnPhone: 'Continuer sur un autre appareil',
    scanOnPhone: (where: string) =>
      `Ouvrez ce lien sur l’autre appareil (copiez-le, par exemple dans un message à vous-même), ou scannez ce code avec un autre téléphone ou une tablette\u202f: cette procédure s’y ouvre à ${where}, avec vos réponses.`,
    withValues: 'Inclure les valeurs que j’ai saisies',
    withValuesHint: 'Toute personne qui voit ou photographie ce code pourra les lire.',
    partialHint:
      ' Sans elles, le téléphone reprend au premier formulaire rempli\u202f: vous le remplirez de nouveau.',
    partialHintOnPhone:
      ' Sans elles, l’autre appareil reprend au premier formulaire rempli\u202f: vous le remplirez de nouveau.',
    qrLabel: (where: string) => `Code QR du lien qui ouvre cette procédure à ${where}`,
    tooLong: (withValues: boolean) =>
      `Ce lien est trop long pour un code QR${withValues ? '\u202f: décochez la case pour en obtenir un, ou' : '\u202f:'} utilisez le lien ci-dessous.`,
    qrFailed: 'Le code QR n’a pas pu être créé\u202f: utilisez le lien ci-dessous.',
    linkLabel: 'Lien vers cette étape',
    copyLink: 'Copier le lien',
    copied: 'Lien copié.',
    copyRefused:
      'La copie automatique n’est pas disponible\u202f: sélectionnez le lien ci-dessus et copiez-le.',
  },
};
