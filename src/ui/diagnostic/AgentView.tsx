import { useMemo } from 'react';
import {
  replayRecord,
  type DiagnosticRecord,
  type FlowModel,
  type ReplayedRecord,
} from '../../engine';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { agentPageTitle, nothingRecorded, nothingReplayed } from './linkProblems';
import { OriginChecks } from './OriginChecks';
import { ProblemNotice } from './ProblemNotice';
import { ReadOnlyList } from './ReadOnlyList';
import { RecordedAnswers } from './RecordedAnswers';
import { WalkDiagram } from './WalkDiagram';

/**
 * A valid record replayed on its flow: who asked what is read from the flow as it is now, every
 * value from the record, as React text only. Read-only: nothing here changes anything.
 */
export function AgentView({ flow, record }: { flow: FlowModel; record: DiagnosticRecord }) {
  const replayed = useMemo(() => replayRecord(flow, record), [flow, record]);
  useDocumentTitle(agentPageTitle, flow.meta.title);
  const problem =
    replayed.recorded === 0
      ? nothingRecorded
      : replayed.replayed === 0
        ? nothingReplayed
        : undefined;
  const notice = replayNotice(replayed);
  return (
    <>
      <ReadOnlyList
        rows={[
          { label: 'Procédure', value: `${replayed.flow.title} (${replayed.flow.id})` },
          { label: 'Version', value: versionText(replayed) },
          { label: 'Préparée le', value: replayed.preparedOn },
          ...endingRows(replayed),
        ]}
      />
      {notice && <p className="panel notice">{notice}</p>}
      {problem ? (
        <ProblemNotice problem={problem} />
      ) : (
        <>
          <h2>Parcours</h2>
          <ol className="agent-trail">
            {replayed.trail.map((item) => (
              <li key={item.index}>
                <span className="agent-trail__question">{item.question}</span>&#x202F;:{' '}
                {item.answer}
              </li>
            ))}
          </ol>
          <h2>Valeurs saisies</h2>
          {replayed.values.length > 0 ? (
            <ReadOnlyList rows={replayed.values} />
          ) : (
            <p>Aucune valeur saisie sur ce parcours.</p>
          )}
        </>
      )}
      <RecordedAnswers title="Réponses enregistrées non rejouées" answers={replayed.leftOver} />
      <OriginChecks origin={replayed.origin} />
      {!problem && <WalkDiagram flow={flow} path={replayed.path} />}
    </>
  );
}

function versionText({ changed, recordedVersionLabel, flow }: ReplayedRecord): string {
  return changed
    ? `${recordedVersionLabel} lors de la demande, ${flow.versionLabel} aujourd’hui`
    : `${flow.versionLabel} (inchangée depuis la demande)`;
}

/** Said plainly when the flow changed since, or when not every answer replays. */
function replayNotice(replayed: ReplayedRecord): string | undefined {
  const { changed, recorded, replayed: count, path } = replayed;
  const changedSince = `La procédure a changé depuis la préparation de la demande (version ${replayed.recordedVersionLabel}, aujourd’hui ${replayed.flow.versionLabel})`;
  if (count === recorded)
    return changed
      ? `${changedSince}, mais toutes les réponses enregistrées se rejouent\u202f: le parcours ci-dessous est celui de la version actuelle.`
      : undefined;
  if (count === 0) return changed ? `${changedSince}.` : undefined;
  const stop = path.at(-1)?.heading ?? '';
  const replays =
    count === 1
      ? `1 réponse sur ${String(recorded)} se rejoue`
      : `${String(count)} réponses sur ${String(recorded)} se rejouent`;
  const partial = `Le parcours s’arrête à «\u202f${stop}\u202f»\u202f: la réponse enregistrée à cette étape n’est plus acceptée. Les suivantes sont listées telles qu’enregistrées, sous les valeurs saisies.`;
  // Unchanged and yet not replaying whole: the link itself was altered.
  return changed
    ? `${changedSince}\u202f: ${replays}. ${partial}`
    : `Seule${count === 1 ? '' : 's'} ${replays} sur cette version, la même que lors de la demande\u202f: le lien a pu être modifié. ${partial}`;
}

function endingRows({ ending, path }: ReplayedRecord) {
  if (!ending)
    return [
      {
        label: 'Fin atteinte',
        value: `Aucune\u202f: le parcours s’arrête à «\u202f${path.at(-1)?.heading ?? ''}\u202f»`,
      },
    ];
  if (ending.kind === 'resolution')
    return [
      {
        label: 'Fin atteinte',
        value: `Résolution, sans ticket\u202f: «\u202f${ending.title}\u202f»`,
      },
    ];
  return [
    { label: 'Fin atteinte', value: `${ending.tag}\u202f: «\u202f${ending.title}\u202f»` },
    { label: 'Objet du ticket', value: ending.subject },
    { label: 'Destination', value: ending.destination },
  ];
}
