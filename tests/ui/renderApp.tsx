import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';

/** Renders the whole app at a route, as a user landing on that URL. */
export function renderApp(hash = '#/') {
  window.location.hash = hash;
  const user = userEvent.setup();
  render(<App />);
  return { user };
}

/** Opens a flow from the home page the way a user does: by clicking it in the list. */
export async function openFlow(user: ReturnType<typeof userEvent.setup>, title: RegExp) {
  await user.click(screen.getByRole('link', { name: title }));
  return screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
}
