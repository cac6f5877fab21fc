/**
 * The lint config bans HTML-string sinks and dynamic code in app code. These tests run ESLint's
 * Node API with the repo's own eslint.config.js on small in-memory snippets under src/ and check
 * that each banned construct is an error (and that the safe alternative is not).
 */
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/data';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function lint(code: string, file = 'src/lint-probe.tsx'): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${file}` });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages;
}

const banned: [name: string, code: string, rule: string][] = [
  ['innerHTML assignment', `export function f(el: HTMLElement, s: string): void { el.innerHTML = s; }`, 'no-restricted-syntax'],
  ['innerHTML through a computed key', `export function f(el: HTMLElement, s: string): void { el['innerHTML'] = s; }`, 'no-restricted-syntax'],
  ['innerHTML read', `export function f(el: HTMLElement): string { return el.innerHTML; }`, 'no-restricted-syntax'],
  ['outerHTML assignment', `export function f(el: HTMLElement, s: string): void { el.outerHTML = s; }`, 'no-restricted-syntax'],
  ['outerHTML through a computed key', `export function f(el: HTMLElement, s: string): void { el['outerHTML'] = s; }`, 'no-restricted-syntax'],
  ['insertAdjacentHTML through a computed key', `export function f(el: HTMLElement, s: string): void { el['insertAdjacentHTML']('beforeend', s); }`, 'no-restricted-syntax'],
  ['insertAdjacentHTML', `export function f(el: HTMLElement, s: string): void { el.insertAdjacentHTML('beforeend', s); }`, 'no-restricted-syntax'],
  ['dangerouslySetInnerHTML', `export function F({ s }: { s: string }) { return <div dangerouslySetInnerHTML={{ __html: s }} />; }`, 'no-restricted-syntax'],
  ['document.write', `export function f(s: string): void { document.write(s); }`, 'no-restricted-syntax'],
  ['document.writeln through a computed key', `export function f(s: string): void { document['writeln'](s); }`, 'no-restricted-syntax'],
  ['window.document.write', `export function f(s: string): void { window.document.write(s); }`, 'no-restricted-syntax'],
  ['eval', `export function f(s: string): unknown { return eval(s); }`, 'no-eval'],
  ['globalThis.eval', `export function f(s: string): unknown { return globalThis.eval(s); }`, 'no-eval'],
  ['new Function', `export function f(s: string): unknown { return new Function(s); }`, 'no-new-func'],
  ['Function() without new', `export function f(s: string): unknown { return Function(s); }`, 'no-new-func'],
  ['setTimeout with a string', `export function f(): void { setTimeout('alert(1)', 10); }`, 'no-implied-eval'],
];

describe('lint bans HTML sinks and dynamic code in src/', () => {
  for (const [name, code, rule] of banned) {
    it(`reports ${name} as a ${rule} error`, async () => {
      const messages = await lint(code);
      const hit = messages.filter((m) => m.ruleId === rule && m.severity === 2);
      expect(hit, JSON.stringify(messages, null, 2)).not.toHaveLength(0);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
    });
  }

  it('reports them in a plain .ts file as well as in .tsx', async () => {
    const messages = await lint(`export function f(el: HTMLElement, s: string): void { el.innerHTML = s; eval(s); }`, 'src/state/lint-probe.ts');
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['no-eval', 'no-restricted-syntax']);
  });

  it('lets the safe alternatives through (textContent, JSX text, plain calls)', async () => {
    const messages = await lint(
      [
        `export function f(el: HTMLElement, s: string): void { el.textContent = s; setTimeout(() => el.append(s), 10); }`,
        `export function G({ s }: { s: string }) { return <div title={s}>{s}</div>; }`,
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });
});
