import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SwappableServer {
  url: string;
  /** Serves another build from now on, at the same URL: a deployment. */
  deploy: (dir: string) => void;
  close: () => Promise<void>;
}

/**
 * A static host for the builds, as the README asks one to be: `index.html` and `sw.js` revalidated
 * on every request, hashed assets immutable. Unlike `vite preview`, the folder it serves can be
 * swapped while the browser keeps the page, which is what a deployment does to an open tab.
 */
export async function startSwappableServer(dir: string): Promise<SwappableServer> {
  let root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        // Named after their content: a new build gives them new names.
        const immutable =
          pathname.startsWith('/assets/') || /^\/workbox-[\w-]+\.js$/.test(pathname);
        response.writeHead(200, {
          'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
          'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
        response.end(body);
      },
      () => {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      },
    );
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${String(address.port)}/`,
    deploy: (next) => {
      root = path.resolve(next);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
