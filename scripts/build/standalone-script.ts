/**
 * A source file compiled on its own into plain script text: for code the page or the
 * browser runs outside the bundle (the offline worker, the date-format warm-up). The file
 * must not import anything; its exports become plain declarations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformWithOxc } from 'vite';

export async function compileStandalone(root: string, path: string, opts: { stripDocComments?: boolean } = {}): Promise<string> {
  const file = join(root, path);
  const src = readFileSync(file, 'utf8');
  if (/^\s*import\s/m.test(src)) throw new Error(`${path} must not import anything`);
  const { code } = await transformWithOxc(src, file, { lang: 'ts', target: 'es2020', sourcemap: false });
  const body = opts.stripDocComments ? code.replace(/\/\*\*[\s\S]*?\*\/\n?/g, '') : code;
  return body.replace(/^export\s+/gm, '').replace(/^\/\/# sourceMappingURL.*$/m, '').trim();
}
