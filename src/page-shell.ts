/**
 * The page shell: what index.html paints before any JavaScript runs (the title and the
 * dek) and the places React renders into around it.
 *
 *   #root > .app > .skip-slot       the skip link (a portal), first in the tab order
 *                 > header.masthead  h1 + p.dek from the HTML; the tools are a portal
 *                 > .app-root        React's own root (display: contents); until React's first
 *                                    commit clears it, it holds the intro the build rendered
 *                                    into index.html (src/app/intro.tsx)
 *
 * The title and dek stay the HTML's own nodes for the page's whole life: React only adds
 * the tools beside them and changes their text for another language. If React re-created
 * them, the browser would count the copy, painted later and in the web font, as a new
 * largest contentful paint (measured on a throttled phone profile: 5.0 s with the copy,
 * 2.1 s, the first paint, without). App.tsx sets the mode classes on `.app` and takes the
 * masthead out of the page in presenter and embed modes.
 */
export interface PageShell {
  /** The flex column everything sits in; App sets its mode classes. */
  app: HTMLElement;
  /** Where the skip link goes, before the masthead. */
  skip: HTMLElement;
  masthead: HTMLElement;
  title: HTMLElement;
  dek: HTMLElement;
  /** React's root container. */
  mount: HTMLElement;
}

function child(doc: Document, parent: HTMLElement, selector: string, tag: string, className: string, before: Node | null = null): HTMLElement {
  const found = parent.querySelector<HTMLElement>(`:scope > ${selector}`);
  if (found) return found;
  const el = doc.createElement(tag);
  if (className) el.className = className;
  parent.insertBefore(el, before);
  return el;
}

/**
 * Finds the shell index.html holds inside `root`, building what is missing (a page
 * served with other HTML still gets a complete, if unpainted, shell).
 */
export function pageShell(doc: Document, root: HTMLElement): PageShell {
  const app = child(doc, root, '.app', 'div', 'app');
  const mount = child(doc, app, '.app-root', 'div', 'app-root');
  const masthead = child(doc, app, 'header.masthead', 'header', 'masthead', mount);
  const skip = child(doc, app, '.skip-slot', 'div', 'skip-slot', masthead);
  const title = child(doc, masthead, 'h1', 'h1', '', masthead.firstChild);
  const dek = child(doc, masthead, 'p.dek', 'p', 'dek', title.nextSibling);
  return { app, skip, masthead, title, dek, mount };
}

/** Sets an element's text unless it already reads the same (the HTML's line breaks aside). */
export function setShellText(el: HTMLElement, text: string): void {
  if ((el.textContent ?? '').replace(/\s+/g, ' ').trim() !== text) el.textContent = text;
}

/** Takes out the header tools the build rendered into index.html to hold their room (src/app/intro.tsx). */
export function removeBootTools(shell: PageShell): void {
  for (const el of shell.masthead.querySelectorAll(':scope > .tools[data-boot]')) el.remove();
}

/** Puts the masthead in the page (before React's root) or takes it out. */
function showMasthead(shell: PageShell, show: boolean): void {
  if (show && !shell.masthead.isConnected) shell.app.insertBefore(shell.masthead, shell.mount);
  else if (!show && shell.masthead.isConnected) shell.masthead.remove();
}

/**
 * The page's mode: `.app` gets is-embed or is-present (and is-story in the story layout, where
 * the page scrolls instead of fitting the window), and the masthead is in the page only when
 * neither embed nor present (presenter mode and embeds have their own bars).
 */
export function setShellMode(shell: PageShell, mode: { embed: boolean; present: boolean; story?: boolean }): void {
  shell.app.className = `app${mode.embed && !mode.present ? ' is-embed' : ''}${mode.present ? ' is-present' : ''}${mode.story && !mode.present ? ' is-story' : ''}`;
  showMasthead(shell, !mode.embed && !mode.present);
}

/** A page of its own (the speaker view): no masthead, no skip slot, no app layout. */
export function bareShell(shell: PageShell): void {
  showMasthead(shell, false);
  shell.skip.remove();
  shell.app.className = '';
}
