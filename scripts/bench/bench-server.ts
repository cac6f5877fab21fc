/**
 * A tiny static file server for the benchmark: gzip for text types (as any real host
 * does), correct content types, long-lived caching for hashed assets, and a byte count
 * of everything it sends, so "bytes transferred" includes the fetches made by maplibre's
 * worker (which a page-level Resource Timing or CDP session does not see).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Types worth compressing (fonts and images are compressed already). */
export function isCompressible(ext: string): boolean {
  return ['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.webmanifest', '.svg', '.txt', '.xml', '.map', '.ico'].includes(ext);
}

/** Hashed build output (Vite's `name-HASH.ext` under assets/) never changes: cache it forever. */
export function cacheControl(urlPath: string): string {
  return /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** One response as the server sent it. */
export interface Sent {
  path: string;
  status: number;
  /** Header + body bytes written to the socket for this response. */
  bytes: number;
  gzip: boolean;
}

export interface StaticServer {
  url: string;
  /** Responses since the last reset, in order. */
  sent: Sent[];
  reset: () => void;
  close: () => Promise<void>;
}

/** Resolves a URL path inside root; null when it would escape it. */
export function safePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const full = resolve(root, rel);
  const base = resolve(root);
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** Serves `root` on 127.0.0.1 (port 0 = any free port). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const sent: Sent[] = [];
  const cache = new Map<string, { raw: Buffer; gz: Buffer | null }>();

  const load = async (file: string) => {
    const hit = cache.get(file);
    if (hit) return hit;
    const raw = await readFile(file);
    const entry = { raw, gz: isCompressible(extname(file)) ? gzipSync(raw, { level: 6 }) : null };
    cache.set(file, entry);
    return entry;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    let file = safePath(root, urlPath);
    const record = (status: number, body: number, gzip: boolean) => {
      // Approximate header size as Node writes it: status line + headers + blank line.
      const headerBytes = Object.entries(res.getHeaders()).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 17 + 2);
      sent.push({ path: urlPath, status, bytes: headerBytes + body, gzip });
    };
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.statusCode = file ? 405 : 400;
      res.end();
      record(res.statusCode, 0, false);
      return;
    }
    try {
      const st = await stat(file);
      if (st.isDirectory()) file = join(file, 'index.html');
      const { raw, gz } = await load(file);
      const ext = extname(file);
      const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gz && wantsGzip ? gz : raw;
      res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', cacheControl(urlPath));
      res.setHeader('Content-Length', body.length);
      if (gz) res.setHeader('Vary', 'Accept-Encoding');
      if (body === gz) res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.statusCode = 200;
      res.end(req.method === 'HEAD' ? undefined : body);
      record(200, req.method === 'HEAD' ? 0 : body.length, body === gz);
    } catch {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('not found');
      record(404, 9, false);
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const addr = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    sent,
    reset: () => {
      sent.length = 0;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
