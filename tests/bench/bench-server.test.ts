import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, safePath, startStaticServer, type StaticServer } from '../../scripts/bench/bench-server';

function get(url: string, gzip: boolean): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: gzip ? { 'accept-encoding': 'gzip, br' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('bench static server', () => {
  let dir = '';
  let server: StaticServer;
  const js = 'console.log("hello");\n'.repeat(200);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'assets/index-AbCdEf12.js'), js);
    writeFileSync(join(dir, 'assets/font-AbCdEf12.woff2'), Buffer.from([1, 2, 3, 4]));
    server = await startStaticServer(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gzips text with the right type and caches hashed assets forever', async () => {
    const r = await get(`${server.url}assets/index-AbCdEf12.js`, true);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(r.body).toString()).toBe(js);
    expect(r.body.length).toBeLessThan(js.length / 10);
  });

  it('serves index.html for the root, revalidated, and fonts uncompressed', async () => {
    const page = await get(server.url, true);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const font = await get(`${server.url}assets/font-AbCdEf12.woff2`, true);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    const plain = await get(`${server.url}assets/index-AbCdEf12.js`, false);
    expect(plain.body.toString()).toBe(js);
  });

  it('counts the bytes it sends and can be reset', async () => {
    server.reset();
    const r = await get(`${server.url}assets/index-AbCdEf12.js`, true);
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]).toMatchObject({ path: '/assets/index-AbCdEf12.js', status: 200, gzip: true });
    expect(server.sent[0]!.bytes).toBeGreaterThan(r.body.length);
    expect(server.sent[0]!.bytes).toBeLessThan(r.body.length + 400);
    const missing = await get(`${server.url}nope.js`, true);
    expect(missing.status).toBe(404);
  });

  it('never serves outside its folder', () => {
    expect(safePath('/srv/site', '/../etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(safePath('/srv/site', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(safePath('/srv/site', '/%E0%A4%A')).toBeNull();
    expect(cacheControl('/index.html')).toBe('no-cache');
    expect(cacheControl('/sw.js')).toBe('no-cache');
  });
});
