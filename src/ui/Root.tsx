import { StrictMode } from 'react';
import { App } from './App';
import type { Language } from './i18n/language';

/** The app as both the browser and the build's pre-rendering render it: the same tree, so React can adopt the pre-rendered markup. */
export function Root({ opensIn }: { opensIn?: Language }) {
  return (
    <StrictMode>
      <App opensIn={opensIn} />
    </StrictMode>
  );
}
