import type { TrackEvent } from '../../measure/trackEvent';

type Sink = (event: TrackEvent) => void;

/** Events told before the measurement's chunk has loaded, replayed once it has. */
const early: TrackEvent[] = [];
let sink: Sink = (event) => {
  early.push(event);
};

/**
 * Tells the measurement what the person did. Without a Matomo server in the settings
 * (`__MESURE__` false at build) this does nothing and the bundler drops it with every call's
 * work: the app's download stays what it was. With one, events wait here until the
 * measurement's chunk, loaded after the page, takes them (see {@link takeEvents}).
 */
export function track(event: TrackEvent): void {
  if (!__MESURE__) return;
  sink(event);
}

/** Hands the events told so far, then every later one, to the measurement's chunk. */
export function takeEvents(next: Sink): void {
  sink = next;
  for (const event of early.splice(0)) next(event);
}
