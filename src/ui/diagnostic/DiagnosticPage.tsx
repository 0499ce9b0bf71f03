import { Suspense, use, useMemo, type ReactNode } from 'react';
import { loadFlow } from '../../catalog/loadFlow';
import {
  decodeDiagnostic,
  recordedAnswers,
  type DiagnosticRecord,
  type FlowModel,
} from '../../engine';
import { ErrorBoundary } from '../ErrorBoundary';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { AgentView } from './AgentView';
import {
  agentPageTitle,
  flowUnavailable,
  linkProblems,
  unknownFlow,
  type PageProblem,
} from './linkProblems';
import { OriginChecks } from './OriginChecks';
import { ProblemNotice } from './ProblemNotice';
import { RecordedAnswers } from './RecordedAnswers';
import '../staffPages.css';

/**
 * `#/diagnostic/<record>`: the agent's read-only view of a ticket, opened from the link at the
 * end of its text. The record is read like any outside input (decodeDiagnostic), then replayed
 * on its flow; whatever is wrong with it, the page says so in French and what to do instead.
 */
export default function DiagnosticPage({ record }: { record: string }) {
  const decoded = useMemo(() => decodeDiagnostic(record), [record]);
  return (
    <div className="diagnostic">
      <h1>Demande d’assistance&#x202F;: détail pour l’agent</h1>
      <p>
        Page en lecture seule, reconstituée à partir du lien du ticket dans votre
        navigateur&#x202F;: son contenu n’a été envoyé à aucun serveur.
      </p>
      {decoded.ok ? (
        <RecordPage record={decoded.record} />
      ) : (
        <ProblemPage problem={linkProblems[decoded.problem]} />
      )}
    </div>
  );
}

function ProblemPage({ problem, children }: { problem: PageProblem; children?: ReactNode }) {
  useDocumentTitle(problem.title, agentPageTitle);
  return (
    <>
      <ProblemNotice problem={problem} />
      {children}
    </>
  );
}

function RecordPage({ record }: { record: DiagnosticRecord }) {
  const flow = loadFlow(record.flowId);
  if (!flow)
    return (
      <ProblemPage problem={unknownFlow(record.flowId)}>
        <RecordedAnswers
          title="Réponses enregistrées"
          answers={recordedAnswers(record.events, undefined)}
        />
        <OriginChecks origin={record.origin} />
      </ProblemPage>
    );
  return (
    <ErrorBoundary fallback={<ProblemPage problem={flowUnavailable(record.flowId)} />}>
      <Suspense fallback={<p role="status">Chargement de la procédure…</p>}>
        <LoadedRecord flow={flow} record={record} />
      </Suspense>
    </ErrorBoundary>
  );
}

function LoadedRecord({ flow, record }: { flow: Promise<FlowModel>; record: DiagnosticRecord }) {
  return <AgentView flow={use(flow)} record={record} />;
}
