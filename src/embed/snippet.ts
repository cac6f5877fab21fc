/**
 * Embed codes for journalists, as pure functions of the options they pick: a
 * responsive <iframe>, and a pym.js variant for hosts that size frames with pym.
 * Also the "open full map" link, which drops the embed-only flags.
 */
import type { Lang } from '../model/types';
import type { Layout, ThemeChoice } from '../state/store';
import { TOTAL_STEPS } from '../state/store';

export interface EmbedOptions {
  /** Page URL without query or hash, e.g. https://example.org/shell-route/ */
  base: string;
  step: number;
  lang: Lang;
  /** 'light' is the embed's default and is left out of the URL. */
  theme: ThemeChoice;
  autoplay: boolean;
  controls: boolean;
  /** The iframe's accessible title. */
  title: string;
  /** Initial height in px (the frame then fills it; pym hosts resize it). */
  height?: number;
  /** 'story': the scroll story layout, which scrolls inside its frame ('default' is left out of the URL). */
  layout?: Layout;
}

/** The frame height of an embedded story layout: the default code's, and what it tells pym.js and AMP hosts (host-bridge.ts). */
export const STORY_FRAME_HEIGHT = 800;
/** The default code's height for the standard layout. */
export const FRAME_HEIGHT = 600;



/** The src of the embed: `embed=1` plus only the options that differ from the defaults. */
export function embedSrc(o: EmbedOptions): string {
  const params = new URLSearchParams();
  params.set('embed', '1');
  if (o.layout === 'story') params.set('layout', 'story');
  const step = Math.min(Math.max(Math.trunc(o.step), 0), TOTAL_STEPS);
  if (step !== 0) params.set('step', String(step));
  if (o.lang !== 'en') params.set('lang', o.lang);
  if (o.theme !== 'light') params.set('theme', o.theme);
  if (o.autoplay) params.set('autoplay', '1');
  if (!o.controls) params.set('controls', '0');
  return `${o.base}?${params.toString()}`;
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A JS string literal that is also safe inside an inline <script> (no "</script>"). */
export function jsString(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The responsive iframe code. */
export function iframeSnippet(o: EmbedOptions): string {
  const height = o.height ?? (o.layout === 'story' ? STORY_FRAME_HEIGHT : FRAME_HEIGHT);
  return (
    `<iframe src="${escapeAttr(embedSrc(o))}" title="${escapeAttr(o.title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:1200px" allow="fullscreen" loading="lazy"></iframe>`
  );
}

/** Element id the pym variant renders into. */
export const PYM_CONTAINER_ID = 'shellroute-map';

/**
 * The pym.js variant, for hosts that already load pym.js on their pages: pym.Parent creates the
 * iframe and keeps its height in step with ours. The snippet names no remote script (a CDN URL
 * here would add a third-party request to the article); the host's own copy of pym is used.
 */
export function pymSnippet(o: EmbedOptions): string {
  return [
    `<div id="${PYM_CONTAINER_ID}"></div>`,
    `<script>new pym.Parent(${jsString(PYM_CONTAINER_ID)}, ${jsString(embedSrc(o))}, {title: ${jsString(o.title)}, allowfullscreen: true});</script>`,
  ].join('\n');
}


/**
 * The scroll-story variant: a sticky map frame that the host's own paragraphs drive through
 * scroll.js (src/embed/scroll-host.ts), one paragraph per step to show. `para(n)` is the
 * placeholder text of step n's paragraph, in the dialog's language.
 */
export function scrollSnippet(o: EmbedOptions, para: (step: number) => string): string {
  const root = o.base.endsWith('/') ? o.base : o.base.replace(/[^/]*$/, '');
  const steps = Array.from({ length: 3 }, (_, i) => Math.min(Math.max(Math.trunc(o.step), 0) + i + 1, TOTAL_STEPS));
  return [
    `<iframe data-shellroute-map id="shellroute-map" src="${escapeAttr(embedSrc({ ...o, autoplay: false, layout: 'default' }))}" title="${escapeAttr(o.title)}" ` +
      `style="position:sticky;top:0;width:100%;height:60vh;border:0" allow="fullscreen"></iframe>`,
    ...[...new Set(steps)].map((n) => `<p data-shellroute-step="${n}">${escapeAttr(para(n))}</p>`),
    `<script src="${escapeAttr(`${root}scroll.js`)}" defer></script>`,
  ].join('\n');
}
