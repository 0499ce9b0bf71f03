import { Suspense } from 'react';
import type { Route } from '../routing/parseRoute';
import { AuthorFlow } from './AuthorFlow';
import { AuthorHome } from './AuthorHome';
import { AuthorPreview } from './AuthorPreview';
import '../staffPages.css';

type AuthorRoute = Exclude<Route, { page: 'home' } | { page: 'flow' } | { page: 'diagnostic' }>;

/** The authors' pages, loaded as one chunk of their own (with Mermaid loaded later still). */
export default function AuthorPages({ route }: { route: AuthorRoute }) {
  return (
    <Suspense fallback={<p role="status">Chargement de la procédure…</p>}>
      {route.page === 'author' && <AuthorHome />}
      {route.page === 'authorFlow' && <AuthorFlow key={route.id} id={route.id} />}
      {route.page === 'preview' && (
        <AuthorPreview key={`${route.id}/${route.stateId}`} id={route.id} stateId={route.stateId} />
      )}
    </Suspense>
  );
}
