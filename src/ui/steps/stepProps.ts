import type { SessionEvent, StepKind, StepView } from '../../engine';

export type ViewOf<K extends StepKind> = Extract<StepView, { kind: K }>;

/** What every step renderer receives: its view, and how to act on the session. */
export interface StepProps<K extends StepKind> {
  view: ViewOf<K>;
  send: (event: SessionEvent) => void;
  /** « Ce n'était pas ça ? »: a link to the generic ticket, carrying the checks done so far. */
  escape: { href: string; carry: () => void } | undefined;
}
