import { Suspense, use } from 'react';
import type { FlowModel, Origin } from '../engine';
import { loadFlow } from '../catalog/loadFlow';
import { carriedOrigin } from './storage/carriedOrigin';
import { ErrorBoundary } from './ErrorBoundary';
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
  const flow = loadFlow(id);
  if (!flow)
    return (
      <Problem
        title="Procédure introuvable"
        text={`Aucune procédure ne porte le nom «\u202f${id}\u202f». Le lien est peut-être ancien ou incomplet.`}
      />
    );
  return (
    <ErrorBoundary
      fallback={
        <Problem
          title="Procédure indisponible"
          text="Cette procédure ne peut pas s’afficher pour le moment."
        />
      }
    >
      <Suspense fallback={<p role="status">Chargement de la procédure…</p>}>
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
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={homeHref}>Voir toutes les procédures</a>
      </p>
    </>
  );
}
