import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => undefined;

/**
 * Renders its children, except in the build's pre-render and while React adopts the pre-rendered
 * home page (both read the server snapshot): they come in a render of their own once the page is
 * adopted. A lazy chunk among them then loads without suspending the adoption, which React would
 * otherwise retry (a long task of the home page's). Only this component renders again, not the
 * page around it.
 */
export function AfterAdoption({ children }: { children: ReactNode }) {
  const adopted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return adopted ? children : null;
}
