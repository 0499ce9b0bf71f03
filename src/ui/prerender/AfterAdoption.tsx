import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from './whenIdle';

/**
 * Renders its children, except in the build's pre-render and while React adopts the pre-rendered
 * home page: they come later, in a render of their own, once the browser is idle after the page
 * is adopted (or drawn). Their lazy chunk is then requested, and they are drawn, in tasks of their
 * own, not in the adoption's: as a synchronous re-render right after it (what a store with a
 * server snapshot would give), they were one of the home page's longest tasks. Only this
 * component renders again, not the page around it.
 */
export function AfterAdoption({ children }: { children: ReactNode }) {
  const [adopted, setAdopted] = useState(false);
  useEffect(
    () =>
      whenIdle(() => {
        startTransition(() => {
          setAdopted(true);
        });
      }),
    [],
  );
  return adopted ? children : null;
}
