// @vitest-environment jsdom
/**
 * The page shell (src/page-shell.ts): the title and dek index.html paints before JavaScript
 * stay the same nodes while React renders beside them, take another language's text,
 * and leave the page in presenter and embed modes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bareShell, pageShell, removeBootTools, setShellMode, setShellText } from '../src/page-shell';
import en from '../src/i18n/en.json';

const html = readFileSync(path.join(import.meta.dirname, '..', 'index.html'), 'utf8');

/** index.html's body, as the browser has it before any script runs. */
function loadIndexBody(): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const s of parsed.querySelectorAll('script')) s.remove();
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('page shell', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it("finds index.html's own nodes, in tab and reading order, and builds nothing", () => {
    const root = loadIndexBody();
    const before = root.querySelectorAll('*').length;
    const shell = pageShell(document, root);
    expect(root.querySelectorAll('*').length).toBe(before);
    expect(shell.title.tagName).toBe('H1');
    expect(shell.dek.className).toBe('dek');
    expect([...shell.app.children]).toEqual([shell.skip, shell.masthead, shell.mount]);
    expect(shell.masthead.contains(shell.title) && shell.masthead.contains(shell.dek)).toBe(true);
  });

  it("the HTML's title and dek read as the English strings, so React leaves them untouched", () => {
    const shell = pageShell(document, loadIndexBody());
    const title = shell.title.firstChild;
    const dek = shell.dek.firstChild;
    setShellText(shell.title, en.title);
    setShellText(shell.dek, en.dek);
    // Same text nodes: a re-written node would be a new largest contentful paint.
    expect(shell.title.firstChild).toBe(title);
    expect(shell.dek.firstChild).toBe(dek);
    expect(text(shell.dek)).toBe(en.dek);
  });

  it('takes another language in the same elements', () => {
    const shell = pageShell(document, loadIndexBody());
    const dek = shell.dek;
    setShellText(shell.dek, '포탄 수송로');
    expect(dek.isConnected).toBe(true);
    expect(shell.dek.textContent).toBe('포탄 수송로');
  });

  it("takes out the build's stand-in header tools and nothing else", () => {
    const root = loadIndexBody();
    const shell = pageShell(document, root);
    const stand = document.createElement('nav');
    stand.className = 'tools';
    stand.setAttribute('data-boot', '');
    const live = document.createElement('nav');
    live.className = 'tools';
    shell.masthead.append(stand, live);
    removeBootTools(shell);
    expect(stand.isConnected).toBe(false);
    expect([...shell.masthead.children]).toEqual([shell.title, shell.dek, live]);
  });

  it('builds a complete shell inside an empty root', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const shell = pageShell(document, root);
    expect(root.firstElementChild).toBe(shell.app);
    expect([...shell.app.children]).toEqual([shell.skip, shell.masthead, shell.mount]);
    expect([...shell.masthead.children]).toEqual([shell.title, shell.dek]);
    expect(pageShell(document, root).mount).toBe(shell.mount);
  });

  it('presenter and embed modes take the masthead out; leaving them puts the same one back before React', () => {
    const shell = pageShell(document, loadIndexBody());
    const masthead = shell.masthead;
    setShellMode(shell, { embed: false, present: true });
    expect(shell.app.className).toBe('app is-present');
    expect(document.querySelector('.masthead')).toBeNull();
    setShellMode(shell, { embed: false, present: false });
    expect(shell.app.className).toBe('app');
    expect(document.querySelector('.masthead')).toBe(masthead);
    expect(masthead.nextElementSibling).toBe(shell.mount);
    setShellMode(shell, { embed: true, present: false });
    expect(shell.app.className).toBe('app is-embed');
    expect(document.querySelector('.masthead')).toBeNull();
    // Presenter mode inside an embed is presenter mode.
    setShellMode(shell, { embed: true, present: true });
    expect(shell.app.className).toBe('app is-present');
  });

  it('the speaker view gets a bare page', () => {
    const shell = pageShell(document, loadIndexBody());
    bareShell(shell);
    expect(document.querySelector('.masthead, .skip-slot')).toBeNull();
    expect(shell.app.className).toBe('');
    expect(shell.mount.isConnected).toBe(true);
  });
});
