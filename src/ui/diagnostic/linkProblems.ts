import { maxDiagnosticLength, type DiagnosticProblem } from '../../engine';

/** The page's name in the tab, after what it shows. */
export const agentPageTitle = 'Détail pour l’agent';

export interface PageProblem {
  title: string;
  /** What went wrong, in the agent's terms. */
  text: string;
  /** What the agent can do about it. */
  action: string;
}

/** The ticket text carries the same answers: the agent is never stuck on a broken link. */
const readTheTicket =
  'Le texte du ticket contient les mêmes réponses\u202f: lisez-le directement. Pour retrouver cette page, demandez à la personne de vous renvoyer le lien en entier\u202f: c’est la ligne «\u202fDétail pour l’agent\u202f» à la fin de sa demande (fichier .txt ou texte copié).';

/** Why a `#/diagnostic/…` link cannot be read, one message per problem of decodeDiagnostic. */
export const linkProblems: Readonly<Record<DiagnosticProblem, PageProblem>> = {
  empty: {
    title: 'Lien incomplet',
    text: 'Ce lien s’arrête après «\u202f#/diagnostic/\u202f»\u202f: le détail de la demande, qui le suit d’ordinaire, n’y est pas.',
    action: readTheTicket,
  },
  tooLong: {
    title: 'Lien trop long',
    text: `Ce lien dépasse ${maxDiagnosticLength.toLocaleString('fr-FR')} caractères\u202f: aucune demande préparée par l’assistant n’est aussi longue, il n’a donc pas été lu.`,
    action: readTheTicket,
  },
  garbled: {
    title: 'Lien abîmé',
    text: 'Ce lien a été coupé ou modifié en chemin (par une messagerie qui coupe les longues lignes, ou un copier-coller partiel)\u202f: son contenu ne peut pas être décodé.',
    action: readTheTicket,
  },
  olderFormat: {
    title: 'Lien d’une ancienne version',
    text: 'Ce lien a été créé par une ancienne version de l’assistant, dans un format que cette page ne lit plus.',
    action: readTheTicket,
  },
  newerFormat: {
    title: 'Lien d’une version plus récente',
    text: 'Ce lien a été créé par une version de l’assistant plus récente que cette page, qui ne sait pas encore le lire.',
    action: `Rechargez la page (Ctrl+Maj+R) pour obtenir la dernière version, puis rouvrez le lien. ${readTheTicket}`,
  },
  invalid: {
    title: 'Lien non valide',
    text: 'Ce lien se décode, mais son contenu n’est pas celui d’une demande préparée par l’assistant\u202f: il a pu être modifié.',
    action: readTheTicket,
  },
};

/** The record names a flow this app does not have (removed or renamed since). */
export function unknownFlow(id: string): PageProblem {
  return {
    title: 'Procédure inconnue',
    text: `Ce lien concerne la procédure «\u202f${id}\u202f», qui n’existe pas (ou plus) dans cette version de l’assistant\u202f: ses réponses ne peuvent pas être rejouées. Elles sont listées ci-dessous telles qu’enregistrées.`,
    action: readTheTicket,
  };
}

/** The flow's chunk did not load, or the flow no longer passes its checks. */
export function flowUnavailable(id: string): PageProblem {
  return {
    title: 'Procédure indisponible',
    text: `La procédure «\u202f${id}\u202f» ne peut pas être chargée pour le moment.`,
    action: `Rechargez la page pour réessayer. ${readTheTicket}`,
  };
}

/** The record holds no answer the flow, as it is now, accepts. */
export const nothingReplayed: PageProblem = {
  title: 'Aucune réponse ne se rejoue',
  text: 'La procédure n’accepte plus la première réponse enregistrée\u202f: le parcours ne peut pas être reconstitué. Les réponses sont listées ci-dessous telles qu’enregistrées.',
  action: readTheTicket,
};

/** A valid record with no answer at all: no ticket produces one. */
export const nothingRecorded: PageProblem = {
  title: 'Aucune réponse',
  text: 'Ce lien ne contient aucune réponse\u202f: il n’y a pas de parcours à montrer.',
  action: readTheTicket,
};
