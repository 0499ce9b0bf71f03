import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFlow } from '../../../src/catalog/loadFlow';
import { typeset } from '../../../src/engine';
import { App } from '../../../src/ui/App';
import { parseRoute } from '../../../src/ui/routing/parseRoute';

// The code of the pages the app loads on demand, loaded before any test of the file starts: a
// test then waits only for what it checks, never for a module to load on a busy machine.
await Promise.all([
  import('../../../src/ui/wizard/FlowPage'),
  import('../../../src/ui/author/AuthorPages'),
  import('../../../src/ui/diagnostic/DiagnosticPage'),
]);

/** Renders the whole app at a route, as a user landing on that URL. */
export function renderApp(hash = '#/') {
  window.location.hash = hash;
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

/** Opens a flow from the home page the way a user does: by clicking it in the list. */
export async function openFlow(user: ReturnType<typeof userEvent.setup>, title: RegExp) {
  const link = screen.getByRole('link', { name: title });
  const route = parseRoute(link.getAttribute('href') ?? '');
  // Its chunk first, as above: the wait below is for the step to render, not for code to load.
  if (route.page === 'flow') await loadFlow(route.id);
  await user.click(link);
  return screen.findByRole('heading', { level: 1 });
}

/**
 * Gives a date as a user does: in the question's group, « À une date précise » first when the
 * question also offers approximate answers, then the Jour, Mois and Année boxes.
 */
export async function typeDate(
  user: ReturnType<typeof userEvent.setup>,
  question: string,
  [day, month, year]: readonly [string, string, string],
) {
  // The question as shown, typeset: pass it as the flow writes it.
  const group = screen.getByRole('group', { name: typeset(question) });
  const exact = within(group).queryByRole('radio', { name: 'À une date précise' });
  if (exact) await user.click(exact);
  for (const [box, value] of [
    ['Jour', day],
    ['Mois', month],
    ['Année', year],
  ] as const) {
    const input = within(group).getByLabelText(box);
    await user.clear(input);
    if (value !== '') await user.type(input, value);
  }
}
