import { flowTranslationSchema, type FlowTranslation } from '../engine';

/**
 * One lazy chunk per flow's English, keyed by file (`/flows/en/<id>.ts`): a French reader never
 * downloads it, an English one fetches it alongside the flow's own chunk.
 */
const translationModules = import.meta.glob('/flows/en/*.ts', { import: 'default' });

const loaded = new Map<string, Promise<FlowTranslation | undefined>>();

/**
 * The English of a flow, parsed with `flowTranslationSchema` (a file is input: the build checks
 * it, a stale chunk or a hand-edited deployment might not match). Undefined when the flow has no
 * English or it does not parse or load: the flow is then shown in French, and the console says why.
 */
export function loadTranslation(id: string): Promise<FlowTranslation | undefined> {
  const cached = loaded.get(id);
  if (cached) return cached;
  const file = `/flows/en/${id}.ts`;
  const load = translationModules[file];
  const translation = load
    ? load().then(
        (exported) => {
          const parsed = flowTranslationSchema.safeParse(exported);
          if (!parsed.success)
            console.error(`${file.slice(1)} : traduction illisible`, parsed.error);
          return parsed.data;
        },
        (error: unknown) => {
          console.error(`${file.slice(1)} : la traduction ne se charge pas`, error);
          return undefined;
        },
      )
    : Promise.resolve(undefined);
  loaded.set(id, translation);
  return translation;
}
