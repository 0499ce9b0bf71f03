import { StrictMode } from 'react';
import { App } from './App';

/** The app as both the browser and the build's pre-rendering render it: the same tree, so React can adopt the pre-rendered markup. */
export function Root() {
  return (
    <StrictMode>
      <App />
    </StrictMode>
  );
}
