import { Suspense, use } from 'react';
import type { FlowModel, FlowTranslation, Origin } from '../../engine';
import { loadFlow } from '../../catalog/loadFlow';
import { loadTranslation } from '../../catalog/loadTranslation';
import { carriedOrigin } from '../storage/carriedOrigin';
import { ErrorBoundary } from '../ErrorBoundary';
import { useLanguage } from '../i18n/useLanguage';
import { homeHref } from '../routing/useHashRoute';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { Wizard } from './Wizard';

/**
 * Loads a flow's chunk (and, on an English page, its English in parallel), then runs its wizard;
 * a helpful page when the flow is unknown or broken. `atStep`: the URL names a step, as this tab's Back or reload does; `resume`: the record of a
 * link from another device (both read once, when the wizard opens).
 */
export default function FlowPage({
  id,
  atStep,
  resume,
}: {
  id: string;
  atStep: boolean;
  resume?: string | undefined;
}) {
  const { language, text } = useLanguage();
  const { flowPage, frame } = text;
  const flow = loadFlow(id);
  // Both promises are asked for before either is awaited, so the two chunks come together.
  const translation = language === 'en' ? loadTranslation(id) : undefined;
  if (!flow) return <Problem title={flowPage.notFound} text={flowPage.notFoundText(id)} />;
  return (
    <ErrorBoundary
      fallback={<Problem title={flowPage.unavailable} text={flowPage.unavailableText} />}
    >
      <Suspense fallback={<p role="status">{frame.loadingFlow}</p>}>
        <LoadedFlow
          flow={flow}
          translation={translation}
          origin={carriedOrigin(id)}
          atStep={atStep}
          resume={resume}
        />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * Switching to English mid-procedure is a transition (LanguageProvider): while the flow's English
 * loads, the wizard stays on screen as it was, with its step and typed values, instead of the
 * Suspense fallback replacing (and so resetting) it.
 */
function LoadedFlow({
  flow,
  translation,
  origin,
  atStep,
  resume,
}: {
  flow: Promise<FlowModel>;
  translation: Promise<FlowTranslation | undefined> | undefined;
  origin: Origin | undefined;
  atStep: boolean;
  resume: string | undefined;
}) {
  const model = use(flow);
  const english = translation && use(translation);
  return (
    <Wizard
      flow={model}
      translation={english}
      untranslated={translation !== undefined && english === undefined}
      origin={origin}
      reopenFinished={atStep}
      resume={resume}
    />
  );
}

function Problem({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  const { frame } = useLanguage().text;
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={homeHref}>{frame.allProcedures}</a>
      </p>
    </>
  );
}
