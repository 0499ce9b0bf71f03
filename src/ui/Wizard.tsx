import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useRef } from 'react';
import {
  sessionLogic,
  stepView,
  type FlowModel,
  type Origin,
  type SessionInput,
  type StepView,
} from '../engine';
import { fallbackFlow } from '../catalog/catalog';
import { carryOrigin } from './carriedOrigin';
import { StepBody } from './StepBody';
import { flowHref, homeHref } from './useHashRoute';
import { useDocumentTitle } from './useDocumentTitle';

interface WizardProps {
  flow: FlowModel;
  origin: Origin | undefined;
  /** Open at a step with sample fields: the author's preview. */
  at?: SessionInput['at'];
}

function headingOf(view: StepView): string {
  return view.kind === 'question' ? view.step.prompt : view.step.title;
}

/** One step per screen: the flow's title, progress, a back link, the step, and a restart. */
export function Wizard({ flow, origin, at }: WizardProps) {
  const actor = useActorRef(sessionLogic, {
    input: { flow, ...(origin ? { origin } : {}), ...(at ? { at } : {}) },
  });
  const session = useSelector(actor, (snapshot) => snapshot.context);
  const view = stepView(session);
  const heading = headingOf(view);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasErrors = view.kind === 'form' && view.fields.some((field) => field.error !== undefined);
  useDocumentTitle(...(hasErrors ? [`Erreur : ${heading}`] : [heading]), flow.meta.title);

  // Each new step is announced by moving focus to its heading.
  const position = `${view.stateId}#${String(view.stepNumber)}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [position]);

  const fallback = fallbackFlow?.id === flow.id ? undefined : fallbackFlow;
  const escape = fallback && {
    href: flowHref(fallback.id),
    carry: () => {
      carryOrigin(fallback.id, {
        flowTitle: flow.meta.title,
        checks: view.trail.map(({ question, answer }) => ({ question, answer })),
      });
    },
  };

  return (
    <div className={`wizard wizard--${view.kind}`}>
      <nav className="wizard__nav no-print" aria-label="Navigation de la procédure">
        {view.canGoBack ? (
          <button
            type="button"
            className="back-link"
            onClick={() => {
              actor.send({ type: 'BACK' });
            }}
          >
            {view.changing ? 'Retour au résumé' : 'Retour'}
          </button>
        ) : (
          <a className="back-link" href={homeHref}>
            Toutes les procédures
          </a>
        )}
      </nav>
      <p className="caption">
        {flow.meta.title}
        {view.kind !== 'resolution' && view.kind !== 'ticket' && (
          <span className="progress">
            {' '}
            · Étape {view.stepNumber} sur {view.estimatedTotal} environ
          </span>
        )}
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      <StepBody
        kind={view.kind}
        view={view}
        send={(event) => {
          actor.send(event);
        }}
        escape={escape}
      />
      {view.canGoBack && (
        <p className="restart no-print">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              actor.send({ type: 'RESTART' });
            }}
          >
            Recommencer la procédure
          </button>
        </p>
      )}
    </div>
  );
}
