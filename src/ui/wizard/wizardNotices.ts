import type { RestoreNotice } from '../../engine';

/**
 * What the wizard says above the first step about how it was opened: a restored session, or a
 * link. Its words are the dictionaries' `wizard.notices` (src/ui/i18n/), one per notice.
 */
export type WizardNotice =
  RestoreNotice | 'linkResumed' | 'linkPartial' | 'linkBroken' | 'linkStale';
