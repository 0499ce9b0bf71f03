import { Suspense, use } from 'react';
import { catalog } from '../../catalog/catalog';
import { authorFlowHref } from '../routing/useHashRoute';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { checkedFlow } from './checkedFlow';
import { problemSummary } from './ProblemList';

/** Every flow with what flows:check says of it, for the DSIN authors. */
export function AuthorHome() {
  useDocumentTitle('Espace auteur');
  return (
    <>
      <h1>Espace auteur&#x202F;: les procédures</h1>
      <p>
        Chaque procédure est un fichier de <code>flows/</code>. Créez-en une avec{' '}
        <code>npm run flows:new -- mon-id</code>, vérifiez-la avec <code>npm run flows:check</code>,
        dessinez-la avec <code>npm run flows:diagram</code>. Le guide de l’auteur est dans{' '}
        <code>docs/guide-auteur.md</code>.
      </p>
      <table className="author-table">
        <caption className="visually-hidden">Procédures et résultat de la vérification</caption>
        <thead>
          <tr>
            <th scope="col">Procédure</th>
            <th scope="col">Fichier</th>
            <th scope="col">Version</th>
            <th scope="col">Vérification</th>
          </tr>
        </thead>
        <tbody>
          {catalog.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <a href={authorFlowHref(entry.id)}>{entry.title}</a>
              </th>
              <td>
                <code>flows/{entry.id}.ts</code>
              </td>
              <td>
                <Suspense fallback="…">
                  <FlowVersion id={entry.id} />
                </Suspense>
              </td>
              <td>
                <Suspense fallback="…">
                  <CheckResult id={entry.id} />
                </Suspense>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * The version comes from the loaded flow, not the catalogue: the home page never shows it, and
 * this page loads every flow for its check anyway. A flow that does not load has none.
 */
function FlowVersion({ id }: { id: string }) {
  return use(checkedFlow(id)).flow?.version ?? '—';
}

function CheckResult({ id }: { id: string }) {
  return problemSummary(use(checkedFlow(id)).problems);
}
