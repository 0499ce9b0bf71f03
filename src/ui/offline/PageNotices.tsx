import { useSyncExternalStore } from 'react';
import { pendingUpdate, subscribeUpdate } from './appUpdate';
import { isEndingShown, subscribeEnding } from './endingShown';
import { useText } from '../i18n/useText';
import { useOnline } from './useOnline';

/**
 * The page's quiet notices, stuck to the bottom of the window, so that one appearing never
 * moves what the person is reading (one live region, there from the start, so that screen
 * readers announce the text that arrives in it):
 * - offline, on an ending, where the way to the Centre de Services is a link: the procedure
 *   works, the link will once the network is back;
 * - a new version, once the service worker has it, on the home page or an ending only, where
 *   reloading interrupts nothing (never in the middle of a form); the session is saved anyway.
 */
export default function PageNotices({ onHome }: { onHome: boolean }) {
  const { ending: words } = useText();
  const online = useOnline();
  // Module state, the same on the server that pre-renders the home page: no ending, no update.
  const ending = useSyncExternalStore(subscribeEnding, isEndingShown, isEndingShown);
  const update = useSyncExternalStore(subscribeUpdate, pendingUpdate, pendingUpdate);
  return (
    <div className="page-notices no-print" role="status">
      {!online && ending && <p className="page-notice">{words.offline}</p>}
      {update && (onHome || ending) && (
        <p className="page-notice">
          <span>{words.update}</span>
          <button type="button" className="button button--secondary" onClick={update}>
            {words.updateButton}
          </button>
        </p>
      )}
    </div>
  );
}
