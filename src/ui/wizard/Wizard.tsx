import { lazy, Suspense, useEffect, useRef } from 'react';
import { leavingOrigin, stepView, type FlowTranslation, type StepView } from '../../engine';
import { fallbackFlow } from '../../catalog/catalog';
import { carryOrigin } from '../storage/carriedOrigin';
import { showEnding } from '../offline/endingShown';
import { track } from '../measure/track';
import { ContinueOnPhone } from '../phone/ContinueOnPhone';
import { ClearAnswers } from '../storage/ClearAnswers';
import { clearBrowser } from '../storage/clearBrowser';
import { RestartProcedure } from './RestartProcedure';
import { StepBody } from './StepBody';
import { flowHref, hasNavigated, homeHref } from '../routing/useHashRoute';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { useStepHistory } from '../routing/useStepHistory';
import { useWizardSession, type WizardStart } from '../storage/useWizardSession';
import { InFrench } from '../i18n/InFrench';
import { useText } from '../i18n/useText';
import { MixedText } from '../i18n/MixedText';
import { useLanguage } from '../i18n/useLanguage';

/** « Cette procédure vous a-t-elle aidé ? »: in the build only when the settings give Matomo. */
const WasItHelpful = __MESURE__ ? lazy(() => import('../measure/WasItHelpful')) : undefined;

function headingOf(view: StepView): string {
  return view.kind === 'question' ? view.step.prompt : view.step.title;
}

interface WizardProps extends WizardStart {
  /** The flow's English, on an English page: undefined in French, or when it has none. */
  translation?: FlowTranslation | undefined;
  /** On an English page, the flow has no English at all: a one-line notice says so. */
  untranslated?: boolean | undefined;
}

/** One step per screen: the flow's title, progress, a back link, the step, and a restart. */
export function Wizard({ translation, untranslated = false, ...start }: WizardProps) {
  const { flow } = start;
  const { actor, session, notice } = useWizardSession(start);
  const { language, text, english } = useLanguage();
  const { wizard, clear } = text;
  const view = stepView(session, {
    language,
    ...(translation ? { translation } : {}),
    ...(text.form.messages ? { messages: text.form.messages } : {}),
  });
  // A step without its English, on an English page, is one French block (its form's words and
  // errors too). The ticket still says that the person read in English.
  const stepInFrench = language === 'en' && view.lang === 'fr';
  useStepHistory(actor, flow.id, start.at === undefined);
  const heading = headingOf(view);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasErrors = view.kind === 'form' && view.fields.some((field) => field.error !== undefined);
  useDocumentTitle(hasErrors ? wizard.errorTitle(heading) : heading, view.flowTitle);

  // Each new step is announced by moving focus to its heading, and so is the first one when the
  // procedure was opened from another screen (not when the page has just loaded).
  const position = `${view.stateId}#${String(view.stepNumber)}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      if (!hasNavigated()) return undefined;
    }
    // In the frame's own callback: the new step is laid out once, with the frame, instead of
    // focus() forcing a layout while the answer's click is still being handled. Unless the
    // user has already put focus somewhere else meanwhile (a field, say).
    const focused = document.activeElement;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === focused) headingRef.current?.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [position]);

  const ending = view.kind === 'resolution' || view.kind === 'ticket';
  const live = start.at === undefined;
  // Each step shown, by its ids: the first one is the procedure opened (from a link when the
  // page has just loaded on it). The author's preview is not measured.
  const opened = useRef(false);
  useEffect(() => {
    if (!live) return;
    track({
      type: 'step',
      flowId: flow.id,
      version: flow.version,
      stateId: view.stateId,
      kind: view.kind,
      first: !opened.current,
      navigated: hasNavigated(),
    });
    opened.current = true;
  }, [live, flow, position]); // eslint-disable-line react-hooks/exhaustive-deps -- view at `position`
  useEffect(() => {
    if (!live) return undefined;
    showEnding(ending);
    return () => {
      showEnding(false);
    };
  }, [live, ending]);
  const fallback = fallbackFlow?.id === flow.id ? undefined : fallbackFlow;
  const escape = fallback && {
    href: flowHref(fallback.id),
    carry: () => {
      track({ type: 'action', action: 'ouvrir-un-ticket' });
      carryOrigin(fallback.id, leavingOrigin(view));
    },
  };

  return (
    <div className={`wizard wizard--${view.kind}`}>
      <nav className="wizard__nav no-print" aria-label={wizard.nav}>
        {view.canGoBack ? (
          <button
            type="button"
            className="back-link"
            onClick={() => {
              actor.send({ type: 'BACK' });
            }}
          >
            {view.changing ? wizard.backToSummary : wizard.back}
          </button>
        ) : (
          <a className="back-link" href={homeHref}>
            {wizard.allProcedures}
          </a>
        )}
      </nav>
      {notice && (
        <p className="panel notice" role="status">
          {wizard.notices[notice]}
        </p>
      )}
      {english && untranslated && (
        <p className="panel notice" lang="en">
          {english.untranslated}
        </p>
      )}
      <InFrench french={stepInFrench}>
        <p className="caption">
          <MixedText text={view.flowTitle} />
          {!ending && <Progress step={view.stepNumber} />}
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          <MixedText text={heading} />
        </h1>
        <StepBody
          kind={view.kind}
          view={view}
          send={(event) => {
            actor.send(event);
          }}
          escape={escape}
        />
      </InFrench>
      {ending && live && WasItHelpful && (
        <Suspense fallback={null}>
          <WasItHelpful key={position} resolution={view.kind === 'resolution'} escape={escape} />
        </Suspense>
      )}
      {ending && live && (
        <ClearAnswers
          hint={view.kind === 'ticket' ? clear.whenFiled : clear.whenDone}
          onClear={() => {
            clearBrowser({ goHome: true });
          }}
        />
      )}
      {view.canGoBack && (
        <RestartProcedure
          key={position}
          erases={view.restartErases}
          onRestart={() => {
            track({ type: 'restart' });
            actor.send({ type: 'RESTART' });
          }}
        />
      )}
      {live && <ContinueOnPhone key={`phone:${position}`} session={session} />}
    </div>
  );
}

/** « Étape 3 »: in the step's language, like the procedure's title it follows. */
function Progress({ step }: { step: number }) {
  return <span className="progress"> · {useText().wizard.step(step)}</span>;
}
