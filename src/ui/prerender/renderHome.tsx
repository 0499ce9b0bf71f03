import { text } from 'node:stream/consumers';
import { prerenderToNodeStream } from 'react-dom/static';
import { Root } from '../Root';

/**
 * The home page's markup, from the app's own components, for the build to write into
 * index.html (scripts/prerenderPlugin.ts): the page is drawn before its script has run, and
 * React adopts this markup (hydrateRoot) instead of drawing it again. Rendered as on a first
 * visit: home route, nothing saved, online, no update waiting. Waits for the lazy parts of the
 * frame (the page's notices) so the markup is whole.
 */
export async function renderHome(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<Root />);
  return text(prelude);
}
