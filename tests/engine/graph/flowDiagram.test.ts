// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import {
  answerText,
  flowDiagram,
  flowDiagramDocument,
  readFlow,
  type FlowModel,
} from '../../../src/engine';
import { maxAnswerLabel, maxNodeLabel, mermaidText } from '../../../src/engine/graph/flowDiagram';
import { allFlows } from '../../support/allFlows';

const rootMeta = {
  kind: 'flow',
  title: 'Bourrage d’imprimante',
  description: 'L’imprimante affiche un bourrage papier.',
  category: 'Impression',
  keywords: ['imprimante'],
  symptoms: [],
};

const printerField = { name: 'printerName', label: 'Imprimante', type: 'text', required: true };

/** Untyped, like the configs of tests/support/printerJamFlow.ts: the test flows are plain data. */
function machineOf(config: object) {
  return createMachine(config);
}

/** A small flow with every step kind, built with xstate's untyped `createMachine`. */
function printerFlow(states: Record<string, object> = {}): FlowModel {
  const config = {
    id: 'printer-jam',
    initial: 'askType',
    context: { fields: {} },
    meta: rootMeta,
    states: {
      askType: {
        meta: {
          kind: 'question',
          prompt: 'Que dit l\'écran « [Erreur] » ?\nRecopiez "exactement"',
        },
        on: {
          PAPER_JAM: { target: 'clearJam', meta: { label: 'Bourrage (papier) ; #2' } },
          OTHER: { target: 'details', meta: { label: 'Autre <chose>' } },
        },
      },
      clearJam: {
        meta: {
          kind: 'instructions',
          title: 'Retirez le papier',
          steps: ['Ouvrez le capot.'],
          prompt: 'Ça marche ?',
        },
        on: {
          FIXED: { target: 'done', meta: { label: 'Oui' } },
          STILL_JAMMED: { target: 'details', meta: { label: 'Non' } },
        },
      },
      details: {
        meta: { kind: 'form', title: 'Décrivez', fields: [printerField], submitLabel: 'Envoyer' },
        on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
      },
      ticket: {
        type: 'final',
        meta: {
          kind: 'ticket',
          title: 'Votre demande',
          target: { category: 'Impression' },
          ticketTitle: 'Bourrage sur {printerName}',
          fields: ['printerName'],
          answers: ['askType'],
        },
      },
      done: { type: 'final', meta: { kind: 'resolution', title: 'Réglé', body: ['Voilà.'] } },
      ...states,
    },
  };
  return readFlow(machineOf(config), 'flows/printer-jam.ts');
}

describe('flowDiagram', () => {
  it('draws every step, the start, every answer, and styles the endings', () => {
    expect(flowDiagram(printerFlow())).toBe(
      [
        'flowchart TD',
        '  accTitle: Procédure : Bourrage d’imprimante',
        '  accDescr: L’imprimante affiche un bourrage papier.',
        '  start(("Début")) --> askType',
        '  askType["Question : Que dit l\'écran « [Erreur] » ? Recopiez #quot;exactement#quot;"]',
        '  clearJam["Instructions : Retirez le papier"]',
        '  details["Formulaire : Décrivez"]',
        '  ticket(["Ticket : Votre demande"])',
        '  done(["Résolution : Réglé"])',
        '  askType -->|"Bourrage (papier) ; #35;2"| clearJam',
        '  askType -->|"Autre #lt;chose#gt;"| details',
        '  clearJam -->|"Oui"| done',
        '  clearJam -->|"Non"| details',
        '  details -->|"Envoyer"| ticket',
        '  classDef resolution fill:#d1fae5,stroke:#047857,color:#064e3b',
        '  class done resolution',
        '  classDef ticket fill:#fef3c7,stroke:#b45309,color:#78350f',
        '  class ticket ticket',
        '',
      ].join('\n'),
    );
  });

  it('gives safe ids to states named like Mermaid keywords, and a unique start', () => {
    const flow = printerFlow({
      askType: {
        meta: { kind: 'question', prompt: 'Début ?' },
        on: { GO: { target: 'end', meta: { label: 'Oui' } } },
      },
      end: { type: 'final', meta: { kind: 'resolution', title: 'Fin', body: ['Fini.'] } },
      start: { type: 'final', meta: { kind: 'resolution', title: 'Départ', body: ['Ok.'] } },
    });
    const diagram = flowDiagram(flow);
    expect(diagram).toContain('  start_(("Début")) --> askType\n');
    expect(diagram).toContain('  askType -->|"Oui"| etat_end\n');
    expect(diagram).toContain('  class done,etat_end,start resolution\n');
  });

  it('escapes quotes, entities and line-level keywords, on one line, cut with …', () => {
    expect(mermaidText('Le « bon » [câble] (RJ45) ; "ici"', 80)).toBe(
      'Le « bon » [câble] (RJ45) ; #quot;ici#quot;',
    );
    expect(mermaidText('C# & `code` <b>', 80)).toBe('C#35; #amp; #96;code#96; #lt;b#gt;');
    expect(mermaidText('style:x#y; direction LR', 80)).toBe('style#58;x#35;y; #100;irection LR');
    expect(mermaidText('  deux\nlignes\r\n ', 80)).toBe('deux lignes');
    expect(mermaidText('abcdefghij', 6)).toBe('abcde…');
  });

  it('writes the document: title, description, source file, then the diagram', () => {
    const flow = printerFlow();
    const document = flowDiagramDocument(flow);
    expect(document.split('\n').slice(0, 5)).toEqual([
      '# Bourrage d’imprimante',
      '',
      'L’imprimante affiche un bourrage papier.',
      '',
      'Fichier : [`flows/printer-jam.ts`](../../flows/printer-jam.ts). ' +
        'Ce schéma est généré par `npm run flows:diagram` : ne le modifiez pas à la main.',
    ]);
    expect(document).toContain(`\n\`\`\`mermaid\n${flowDiagram(flow)}\`\`\`\n`);
  });
});

/** The shapes of line flowDiagram writes; anything else would be a Mermaid syntax risk. */
const id = '[A-Za-z][A-Za-z0-9_]*';
const text = '(?:[^"#\\n]|#\\w+;)+';
const lineShapes = [
  /^flowchart TD$/,
  /^ {2}acc(?:Title|Descr): [^\n]+$/,
  new RegExp(`^ {2}${id}\\(\\("Début"\\)\\) --> ${id}$`),
  new RegExp(`^ {2}${id}(?:\\["${text}"\\]|\\(\\["${text}"\\]\\))$`),
  new RegExp(`^ {2}${id} -->\\|"${text}"\\| ${id}$`),
  /^ {2}classDef (?:resolution|ticket) [a-z:#0-9,]+$/,
  new RegExp(`^ {2}class ${id}(?:,${id})* (?:resolution|ticket)$`),
];

describe.each(allFlows.map((flow) => [flow.id, flow] as const))('diagram of %s', (_, flow) => {
  const lines = flowDiagram(flow).trimEnd().split('\n');

  it('draws every state and every answer', () => {
    for (const { id: stateId, step, answers } of flow.steps.values()) {
      const ending = step.kind === 'resolution' || step.kind === 'ticket';
      const prefix = `  ${stateId}${ending ? '(["' : '["'}`;
      expect(
        lines.filter((line) => line.startsWith(prefix)),
        stateId,
      ).toHaveLength(1);
      for (const answer of answers) {
        const label = mermaidText(answerText(answer), maxAnswerLabel);
        const edge = `  ${stateId} -->|"${label}"| ${answer.target}`;
        expect(lines, `${stateId} ${answer.event}`).toContain(edge);
      }
    }
    const answerCount = [...flow.steps.values()].reduce((sum, s) => sum + s.answers.length, 0);
    expect(lines.filter((line) => line.includes(' -->|'))).toHaveLength(answerCount);
    expect(lines).toContain(`  start(("Début")) --> ${flow.initial}`);
  });

  it('writes only lines of the expected Mermaid shapes, with labels kept short', () => {
    for (const line of lines) {
      expect(
        lineShapes.some((shape) => shape.test(line)),
        line,
      ).toBe(true);
      const label = /"([^"]*)"/.exec(line)?.[1] ?? '';
      expect(label.replace(/#\w+;/g, '_').length, line).toBeLessThanOrEqual(maxNodeLabel);
    }
  });
});
