import { answerText, type FlowModel } from '../flowModel';
import type { Step } from '../contract/schemas/stepSchema';

/**
 * A flow as a Mermaid flowchart, for authors and reviewers: one node per step, one arrow per
 * answer. Pure and deterministic (states in config order, answers in `on` order), so the
 * generated docs/flows/*.md can be compared with what the flows produce now.
 */

const kindTags: Readonly<Record<Step['kind'], string>> = {
  question: 'Question',
  instructions: 'Instructions',
  form: 'Formulaire',
  resolution: 'Résolution',
  ticket: 'Ticket',
};

/**
 * Endings are told apart by their tag and their rounded shape, and also by colour: dark text on
 * light fills, contrast above 7:1 (WCAG AAA).
 */
const endingStyles = {
  resolution: 'fill:#d1fae5,stroke:#047857,color:#064e3b',
  ticket: 'fill:#fef3c7,stroke:#b45309,color:#78350f',
} as const;

/** Longest node and arrow labels, in characters; longer ones are cut with « … ». */
export const maxNodeLabel = 80;
export const maxAnswerLabel = 60;

const entities: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
};

/**
 * Text for a Mermaid quoted label (`["…"]`, `|"…"|`) or an `acc` line: on one line, cut to `max`
 * graphemes, with Mermaid entities (`#quot;`) for what Mermaid would read as syntax. Brackets,
 * parentheses, `;`, `|` and « » are plain text inside quotes. Mermaid also matches
 * `style…:x#…;` and `direction LR` anywhere on a line, so those are broken with entities too.
 */
export function mermaidText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(flat);
  const chars = Array.from(graphemes, ({ segment }) => segment);
  const cut = chars
    .slice(0, max - 1)
    .join('')
    .trimEnd();
  const short = chars.length > max ? `${cut}…` : flat;
  return short
    .replace(/[#"&<>`]/g, (char) => entities[char] ?? char)
    .replace(/:(?=\S)/g, '#58;')
    .replace(/direction(?=\s+(?:TB|BT|RL|LR)\b)/g, '#100;irection');
}

/** A ticket is named by where it goes: the public form is not the Centre de Services. */
export function tagOf(step: Step): string {
  return step.kind === 'ticket' && step.channel === 'assistanceForm'
    ? 'Formulaire d’assistance'
    : kindTags[step.kind];
}

/** What a step shows first: the question it asks, or its title. */
function stepHeading(step: Step): string {
  return step.kind === 'question' ? step.prompt : step.title;
}

/**
 * Mermaid node ids are bare words, and some words are statements (`end`, `style`, `class`…).
 * A state id that is not a safe word gets a safe, unique one.
 */
const safeId = /^[A-Za-z][A-Za-z0-9_]*$/;
const keywordStart =
  /^(?:style|linkStyle|interpolate|class|click|call|href|graph|flowchart|subgraph|direction|end$)/;

function isSafeId(id: string): boolean {
  return safeId.test(id) && !keywordStart.test(id);
}

/** Node ids for the states and the start, and a maker of further ids unique among them. */
function nodeIds(stateIds: readonly string[]) {
  const used = new Set(stateIds.filter(isSafeId));
  const unique = (base: string) => {
    let id = base;
    while (used.has(id)) id += '_';
    used.add(id);
    return id;
  };
  const ids = new Map<string, string>();
  for (const id of stateIds)
    ids.set(id, isSafeId(id) ? id : unique(`etat_${id.replace(/[^A-Za-z0-9_]/g, '_')}`));
  return { ids, start: unique('start'), unique };
}

/** One step of a walk to draw over the diagram: the state, and the answer taken there if any. */
export interface DiagramPathStep {
  stateId: string;
  taken?: { event: string; target: string };
}

/** A diagram with a walk drawn on it. */
export interface PathDiagram {
  source: string;
  /**
   * Mermaid ids of the edges taken, in the source's order. Mermaid puts a `class` statement's class
   * on a node's <g> but not on an edge's path, so the page adds its class to these paths, found
   * by their `data-id`, once the diagram is drawn.
   */
  takenEdges: string[];
}

/** Mermaid `flowchart TD` source for a flow, ending with a line break. */
export function flowDiagram(flow: FlowModel): string {
  return buildDiagram(flow, undefined).source;
}

/**
 * The flow's diagram with a walk on it: each visited node gets the class `visited` (with the
 * start), and each edge taken an id (`parcours1@-->`, Mermaid's edge ids), listed in
 * `takenEdges`. Only the flow's own text and ids go into the source, never the walk's values.
 */
export function pathDiagram(flow: FlowModel, path: readonly DiagramPathStep[]): PathDiagram {
  return buildDiagram(flow, path);
}

function buildDiagram(flow: FlowModel, path: readonly DiagramPathStep[] | undefined): PathDiagram {
  const { ids, start, unique } = nodeIds([...flow.steps.keys()]);
  const node = (stateId: string) => ids.get(stateId) ?? stateId;
  const takenEdges: string[] = [];
  /** An edge's arrow, with an id (`parcoursN@-->`) when the walk took it. */
  const arrow = (taken: boolean) => {
    if (!taken) return '-->';
    const id = unique(`parcours${String(takenEdges.length + 1)}`);
    takenEdges.push(id);
    return `${id}@-->`;
  };
  const walked = path !== undefined && path.length > 0;
  const lines = [
    'flowchart TD',
    `  accTitle: ${mermaidText(`Procédure : ${flow.meta.title}`, maxNodeLabel)}`,
    `  accDescr: ${mermaidText(flow.meta.description, 300)}`,
    `  ${start}(("Début")) ${arrow(walked && path[0]?.stateId === flow.initial)} ${node(flow.initial)}`,
  ];
  for (const { id, step } of flow.steps.values()) {
    const label = mermaidText(`${tagOf(step)} : ${stepHeading(step)}`, maxNodeLabel);
    const [open, close] =
      step.kind === 'resolution' || step.kind === 'ticket' ? ['([', '])'] : ['[', ']'];
    lines.push(`  ${node(id)}${open}"${label}"${close}`);
  }
  for (const { id, answers } of flow.steps.values()) {
    for (const answer of answers) {
      const label = mermaidText(answerText(answer), maxAnswerLabel);
      const taken = path?.some(
        (item) =>
          item.stateId === id &&
          item.taken?.event === answer.event &&
          item.taken.target === answer.target,
      );
      lines.push(`  ${node(id)} ${arrow(taken === true)}|"${label}"| ${node(answer.target)}`);
    }
  }
  for (const kind of ['resolution', 'ticket'] as const) {
    const members = [...flow.steps.values()].filter(({ step }) => step.kind === kind);
    if (members.length === 0) continue;
    lines.push(`  classDef ${kind} ${endingStyles[kind]}`);
    lines.push(`  class ${members.map(({ id }) => node(id)).join(',')} ${kind}`);
  }
  if (walked) {
    const visited = new Set(path.map((item) => item.stateId).filter((id) => flow.steps.has(id)));
    lines.push(`  class ${[start, ...[...visited].map(node)].join(',')} visited`);
  }
  return { source: `${lines.join('\n')}\n`, takenEdges };
}

/** Markdown text on one line, with the characters that would format it escaped. */
function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_<>[\]|#]/g, '\\$&');
}

/**
 * The content of docs/flows/<id>.md: title, description, source file (linked from docs/flows/)
 * and the diagram, which GitHub renders from the ```mermaid block.
 */
export function flowDiagramDocument(flow: FlowModel): string {
  return [
    `# ${markdownText(flow.meta.title)}`,
    '',
    markdownText(flow.meta.description),
    '',
    `Fichier : [\`${flow.file}\`](../../${flow.file}). ` +
      'Ce schéma est généré par `npm run flows:diagram` : ne le modifiez pas à la main.',
    '',
    '```mermaid',
    flowDiagram(flow).trimEnd(),
    '```',
    '',
  ].join('\n');
}
