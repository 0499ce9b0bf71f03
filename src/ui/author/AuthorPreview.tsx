import { use } from 'react';
import { sampleFields } from '../../engine';
import { localToday } from '../localToday';
import { authorFlowHref } from '../routing/useHashRoute';
import { Wizard } from '../wizard/Wizard';
import { checkedFlow } from './checkedFlow';

/** « Aperçu depuis ici »: the wizard opened at a step, with sample values, as a user would see it. */
export function AuthorPreview({ id, stateId }: { id: string; stateId: string }) {
  const { flow } = use(checkedFlow(id));
  const back = (
    <a className="back-link" href={authorFlowHref(id)}>
      Retour à la procédure dans l’espace auteur
    </a>
  );
  if (!flow?.steps.has(stateId)) {
    return (
      <>
        <h1>Aperçu impossible</h1>
        <p>
          L’étape «&#x202F;{stateId}&#x202F;» n’existe pas dans <code>flows/{id}.ts</code>, ou la
          procédure ne se charge pas.
        </p>
        <p>{back}</p>
      </>
    );
  }
  return (
    <>
      <div className="panel preview-banner no-print">
        <p>
          Aperçu à partir de l’étape <code>{stateId}</code>, avec des valeurs d’exemple. {back}
        </p>
      </div>
      <Wizard
        key={stateId}
        flow={flow}
        origin={undefined}
        at={{ stateId, fields: sampleFields(flow, localToday()) }}
      />
    </>
  );
}
