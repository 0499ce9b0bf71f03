import { Suspense, use } from 'react';
import type { FlowModel, Origin } from '../engine';
import { loadFlow } from '../catalog/loadFlow';
import { carriedOrigin } from './storage/carriedOrigin';
import { ErrorBoundary } from './ErrorBoundary';
import { useText } from './i18n/useText';
import { homeHref } from './routing/useHashRoute';
import { useDocumentTitle } from './routing/useDocumentTitle';
import { Wizard } from './Wizard';

/**
 * Loads a flow's chunk, then runs its wizard; a helpful page when the flow is unknown or broken.
 * `atStep`: the URL names a step, as this tab's Back or reload does; `resume`: the record of a
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
  const { flowPage, frame } = useText();
  const flow = loadFlow(id);
  if (!flow) return <Problem title={flowPage.notFound} text={flowPage.notFoundText(id)} />;
  return (
    <ErrorBoundary
      fallback={<Problem title={flowPage.unavailable} text={flowPage.unavailableText} />}
    >
      <Suspense fallback={<p role="status">{frame.loadingFlow}</p>}>
        <LoadedFlow flow={flow} origin={carriedOrigin(id)} atStep={atStep} resume={resume} />
      </Suspense>
    </ErrorBoundary>
  );
}

function LoadedFlow({
  flow,
  origin,
  atStep,
  resume,
}: {
  flow: Promise<FlowModel>;
  origin: Origin | undefined;
  atStep: boolean;
  resume: string | undefined;
}) {
  return <Wizard flow={use(flow)} origin={origin} reopenFinished={atStep} resume={resume} />;
}

function Problem({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  const { frame } = useText();
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
