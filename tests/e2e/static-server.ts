/**
 * A bare static server over the e2e build (dist-e2e-<port>), as a plain host would serve
 * it: no special headers. Under a sub-path if asked (GitHub Pages style). It logs every
 * path it is asked for, and `override` replaces a file's content (a deployment's next
 * sw.js, say) without touching the build.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT = PORT === 4317 ? 'dist' : `dist-e2e-${PORT}`;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** Content served instead of the build's file, by path relative to the base (e.g. 'sw.js'). */
  override: Map<string, string>;
  close(): Promise<void>;
}

export async function serveBuild(base = '/'): Promise<StaticServer> {
  const requests: string[] = [];
  const override = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(path);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    const rel = normalize(path.slice(base.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const body = override.get(rel) ?? (await readFile(join(OUT, rel)));
      res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return { origin, requests, override, close: () => new Promise((r) => server.close(() => r())) };
}
