import { useRef, useState } from 'react';
import { catalog } from '../../catalog/catalog';
import { AskFirst } from '../AskFirst';
import { FrenchText } from '../i18n/FrenchText';
import { MixedText } from '../i18n/MixedText';
import { useText } from '../i18n/useText';
import { flowHref } from '../routing/useHashRoute';
import { useAskFirst } from '../useAskFirst';
import { unfinishedSessions } from './readSavedSessions';
import { removeSaved } from './savedSessions';

const procedureIds = catalog.filter((entry) => entry.fallback !== true).map((entry) => entry.id);

/**
 * « Reprendre là où vous en étiez » on the home page: each unfinished procedure with its step,
 * to resume or to start again. Its own chunk, with the saved sessions' zod schema: the home
 * page's first download has neither, and a browser with nothing saved never loads them.
 */
export default function ResumeSessions() {
  const { resume } = useText();
  const [unfinished, setUnfinished] = useState(() => unfinishedSessions(procedureIds));
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (unfinished.length === 0) return null;

  function erase(flowId: string) {
    removeSaved(flowId);
    const left = unfinished.filter((saved) => saved.flowId !== flowId);
    // Focus leaves the pressed button before its item goes. To the section's heading while
    // procedures remain: right above, and read on it gives the list with one item fewer, where
    // the next item's button would sound as if nothing had changed (and the last item has none).
    // With none left the section goes too: to <main>, the skip link's own target, focusable
    // already (the home page's h1 is not, and making it so would change the pre-rendered markup
    // React adopts): reading and Tab go on from the page's top, the search field next.
    if (left.length > 0) headingRef.current?.focus();
    else headingRef.current?.closest('main')?.focus();
    setUnfinished(left);
  }

  return (
    <section className="resume" aria-labelledby="resume-title">
      <h2 id="resume-title" ref={headingRef} tabIndex={-1}>
        {resume.heading}
      </h2>
      <ul className="resume-list">
        {unfinished.map((saved) => (
          <ResumeItem
            key={saved.flowId}
            flowId={saved.flowId}
            stepNumber={saved.stepNumber}
            onErase={erase}
          />
        ))}
      </ul>
    </section>
  );
}

interface ResumeItemProps {
  flowId: string;
  stepNumber: number;
  onErase: (flowId: string) => void;
}

/**
 * One unfinished procedure, by its French title (marked so on an English page: the saved
 * sessions' chunk does not load the English catalogue). « Recommencer » asks first, as the
 * wizard's does: the two buttons sit side by side on a phone, and a slipping thumb would erase
 * the answers (typed values too).
 */
function ResumeItem({ flowId, stepNumber, onErase }: ResumeItemProps) {
  const { resume, frame } = useText();
  const { asking, askRef, ask, keep } = useAskFirst();
  const title = catalog.find((entry) => entry.id === flowId)?.title ?? flowId;
  // Which procedure each button is for, for a screen reader that lists the buttons alone.
  const forTitle = (
    <span className="visually-hidden">
      {frame.colon}
      <FrenchText>{title}</FrenchText>
    </span>
  );
  return (
    <li>
      <span>
        <FrenchText>{title}</FrenchText> {resume.step(stepNumber)}
      </span>
      {asking ? (
        <AskFirst
          className="resume-list__ask"
          question={<MixedText text={resume.restartAsk(title)} />}
          yes={resume.restartYes}
          no={resume.restartNo}
          onYes={() => {
            onErase(flowId);
          }}
          onNo={keep}
        />
      ) : (
        <>
          <a className="button" href={flowHref(flowId)}>
            {resume.resume}
            {forTitle}
          </a>
          <button ref={askRef} type="button" className="button button--secondary" onClick={ask}>
            {resume.restart}
            {forTitle}
          </button>
        </>
      )}
    </li>
  );
}
