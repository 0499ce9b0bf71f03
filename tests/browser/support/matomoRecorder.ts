import { createServer } from 'node:http';
import type { FlowModel } from '../../../src/engine';
import type { MatomoSettings } from '../../../src/settings/matomoSchema';

/** One request as Matomo's `matomo.php` would receive it. */
export interface Recorded {
  method: string;
  path: string;
  /** The page's origin (the `Origin` header): other test files' builds may send here too. */
  origin: string;
  /** The query string's and the form-encoded body's parameters, merged as Matomo reads them. */
  params: Record<string, string>;
  /** Everything the request carried, raw, for the tests that look for what must never be sent. */
  raw: string;
}

export interface MatomoRecorder {
  requests: Recorded[];
  close: () => Promise<void>;
}

/**
 * Stands in for the DSIN's Matomo on 127.0.0.1, at the port the test settings give (a build
 * setting: the address is written into the app and its Content-Security-Policy). Answers 204,
 * as Matomo does with `send_image=0`.
 */
export async function startMatomoRecorder(matomo: MatomoSettings): Promise<MatomoRecorder> {
  const address = new URL(matomo.url);
  const requests: Recorded[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(request.url ?? '/', matomo.url);
      const params = Object.fromEntries([
        ...url.searchParams,
        ...new URLSearchParams(
          request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
            ? body
            : '',
        ),
      ]);
      requests.push({
        method: request.method ?? '',
        path: url.pathname,
        origin: request.headers.origin ?? '',
        params,
        raw: [
          request.url ?? '',
          JSON.stringify(request.headers),
          body,
          decodeURIComponent(body.replace(/\+/g, ' ')),
        ].join('\n'),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(address.port), address.hostname, resolve);
  });
  return {
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Parameters of the Tracking HTTP API the app may send; anything else fails the test. */
const allowed = new Set([
  'idsite',
  'rec',
  'apiv',
  'send_image',
  'url',
  'action_name',
  'ca',
  'e_c',
  'e_a',
  'e_n',
  'e_v',
  'search',
  'search_count',
]);

/**
 * Checks one request against Matomo's documented Tracking HTTP API and against what the app
 * promises to send: the site, `rec=1`, a page view (`action_name`) or an event (`e_c`, `e_a`,
 * `ca=1`), an address and names made of the flows' own ids only. Returns the problems found.
 */
export function matomoProblems(
  request: Recorded,
  matomo: MatomoSettings,
  appUrl: string,
  flows: readonly FlowModel[],
): string[] {
  const { params } = request;
  const problems: string[] = [];
  const dimensions = [matomo.dimensions.procedure, matomo.dimensions.version].flatMap((id) =>
    id === undefined ? [] : [`dimension${String(id)}`],
  );
  for (const key of Object.keys(params))
    if (!allowed.has(key) && !dimensions.includes(key)) problems.push(`unexpected ${key}`);
  if (request.method !== 'POST' || request.path !== '/matomo.php')
    problems.push(`${request.method} ${request.path}`);
  if (params.idsite !== String(matomo.siteId)) problems.push(`idsite=${String(params.idsite)}`);
  if (params.rec !== '1') problems.push('rec is not 1');
  const isEvent = params.e_c !== undefined;
  const isSearch = params.search !== undefined;
  if (isEvent && (params.ca !== '1' || !params.e_a)) problems.push('event without ca=1 or e_a');
  if (!isEvent && !isSearch && !params.action_name) problems.push('neither a page nor an event');
  if (params.e_v !== undefined && !/^[0-9]+$/.test(params.e_v)) problems.push('e_v not a number');
  // Every name is one of the flows' ids (or a fixed word of the app): nothing a person typed.
  const places = new Set(
    flows.flatMap((flow) => [
      flow.id,
      ...[...flow.steps.keys()].map((stateId) => `${flow.id} / ${flow.version} / ${stateId}`),
    ]),
  );
  const urls = new Set([
    appUrl,
    ...flows.flatMap((flow) =>
      [...flow.steps.keys()].map(
        (stateId) => `${appUrl}procedure/${flow.id}/${flow.version}/${stateId}`,
      ),
    ),
  ]);
  if (!urls.has(params.url ?? '')) problems.push(`url ${String(params.url)}`);
  if (params.action_name !== undefined && params.action_name !== 'Accueil')
    if (!places.has(params.action_name)) problems.push(`action_name ${params.action_name}`);
  if (params.e_n !== undefined && !places.has(params.e_n)) problems.push(`e_n ${params.e_n}`);
  if (/cookie/i.test(request.raw.split('\n')[1] ?? '')) problems.push('a cookie was sent');
  return problems;
}
