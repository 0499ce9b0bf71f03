import type { RestoreNotice } from '../engine';

/** What the wizard says above the first step about how it was opened: a restored session, or a link. */
export type WizardNotice =
  RestoreNotice | 'linkResumed' | 'linkPartial' | 'linkBroken' | 'linkStale';

export const wizardNotices: Record<WizardNotice, string> = {
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
};
