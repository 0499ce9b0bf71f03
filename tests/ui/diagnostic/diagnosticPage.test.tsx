import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { diagnosticPrefix, replayRecord, pathDiagram, decodeDiagnostic } from '../../../src/engine';
import { linkProblems, nothingReplayed } from '../../../src/ui/diagnostic/linkProblems';
import { wiredTicketFragment, wiredTicketShown } from '../../support/walks/diagnosticWalk';
import { encodeRecord, malformedLinks, sampleRecord } from '../../support/malformedLinks';
import { networkFlow } from '../../support/walks/networkWalk';
import { renderApp } from '../support/renderApp';

/**
 * jsdom cannot lay out an SVG, so Mermaid stands in here: a path per edge of the source, with the
 * `data-id` Mermaid gives it. The real drawing is checked in Chromium (tests/browser/staff/diagnostic).
 */
vi.mock('mermaid', () => ({
  default: {
    initialize: () => undefined,
    render: (_id: string, source: string) => {
      const ids = [...source.matchAll(/(\w+)@-->/g), ...source.matchAll(/ (\w+) -->/g)];
      const paths = ids.map(([, id]) => `<path data-edge="true" data-id="${id ?? ''}"></path>`);
      return Promise.resolve({ svg: `<svg>${paths.join('')}</svg>` });
    },
  },
}));

const heading = 'Demande d’assistance\u202f: détail pour l’agent';

async function openLink(encoded: string) {
  renderApp(`${diagnosticPrefix}${encoded}`);
  return screen.findByRole('heading', { level: 1, name: heading });
}

describe('the agent’s view of a valid link', () => {
  const fragment = wiredTicketFragment();
  const encoded = fragment.slice(diagnosticPrefix.length);

  it('shows the procedure, every answer and value as text, and the path taken', async () => {
    await openLink(encoded);
    await screen.findByRole('heading', { level: 2, name: 'Parcours' });
    const main = screen.getByRole('main');
    const text = main.textContent;
    expect(text).toContain('Problème de connexion réseau (network-connection)');
    expect(text).toContain(`${networkFlow.versionLabel} (inchangée depuis la demande)`);
    expect(text).toContain('25/11/2026');
    for (const value of wiredTicketShown) expect(text).toContain(value);
    expect(text).toContain('Non renseigné');
    // Markup typed by the person is text: no element was made from it.
    expect(main.querySelector('img, script, textarea')).toBeNull();

    const decoded = decodeDiagnostic(encoded);
    if (!decoded.ok) throw new Error('the link does not decode');
    const replayed = replayRecord(networkFlow, decoded.record);
    const trail = within(main).getByRole('heading', { name: 'Parcours' }).nextElementSibling;
    expect(
      within(trail instanceof HTMLElement ? trail : main).getAllByRole('listitem'),
    ).toHaveLength(replayed.trail.length);
    for (const item of replayed.trail)
      expect(text).toContain(`${item.question}\u202f: ${item.answer}`);

    const path = screen.getByRole('heading', { name: 'Chemin suivi' }).nextElementSibling;
    expect(path?.querySelectorAll('li')).toHaveLength(replayed.path.length);

    // Each edge taken, and only those, gets the class styles.css paints.
    const { takenEdges } = pathDiagram(networkFlow, replayed.path);
    await vi.waitFor(() => {
      expect(main.querySelectorAll('path.taken')).toHaveLength(takenEdges.length);
    }, 10_000);
    const marked = [...main.querySelectorAll('path.taken')].map((edge) =>
      edge.getAttribute('data-id'),
    );
    expect(marked).toEqual(takenEdges);
    expect(main.querySelectorAll('path[data-edge]').length).toBeGreaterThan(takenEdges.length);
  });

  it('is read-only: no button, no form field', async () => {
    await openLink(encoded);
    await screen.findByRole('heading', { level: 2, name: 'Parcours' });
    const main = screen.getByRole('main');
    expect(within(main).queryAllByRole('button')).toEqual([]);
    expect(main.querySelectorAll('input, textarea, select, form')).toHaveLength(0);
  });
});

describe('the agent’s view of a link made on another version of the flow', () => {
  it('says plainly that the flow changed, shows what replays, and lists the rest', async () => {
    const events = [{ type: 'WIRED' }, { type: 'STILL_FAILING' }, { type: 'GONE' }];
    await openLink(encodeRecord({ ...sampleRecord, events }));
    await screen.findByRole('heading', { level: 2, name: 'Parcours' });
    const text = screen.getByRole('main').textContent;
    expect(text).toContain(`1 lors de la demande, ${networkFlow.versionLabel} aujourd’hui`);
    expect(text).toContain(
      `La procédure a changé depuis la préparation de la demande (version 1, aujourd’hui ${networkFlow.versionLabel})\u202f: 2 réponses sur 3 se rejouent.`,
    );
    expect(text).toContain('Réponse enregistrée sous le code GONE');
    expect(screen.getByRole('heading', { level: 2, name: 'Schéma du parcours' })).toBeTruthy();
  });
});

describe('the agent’s view of a link it cannot use', () => {
  it.each(malformedLinks)(
    '$name: says so in French, with what to do',
    async ({ encoded, problem }) => {
      await openLink(encoded);
      const message = linkProblems[problem];
      expect(screen.getByRole('heading', { level: 2, name: message.title })).toBeTruthy();
      // As text, not by getByText: the length is written with French digit grouping spaces.
      const text = screen.getByRole('main').textContent;
      expect(text).toContain(message.text);
      expect(text).toContain(message.action);
    },
  );

  it('names an unknown procedure, and still lists the answers as recorded', async () => {
    await openLink(encodeRecord({ ...sampleRecord, flowId: 'imprimante-disparue' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Procédure inconnue' })).toBeTruthy();
    expect(screen.getByRole('main').textContent).toContain('«\u202fimprimante-disparue\u202f»');
    expect(screen.getByText('B12-034')).toBeTruthy();
  });

  it('says when no answer replays, and lists them as recorded', async () => {
    await openLink(encodeRecord({ ...sampleRecord, events: [{ type: 'PRINTER' }] }));
    expect(
      await screen.findByRole('heading', { level: 2, name: nothingReplayed.title }),
    ).toBeTruthy();
    expect(screen.getByText('PRINTER')).toBeTruthy();
  });
});
