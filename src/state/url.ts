/**
 * URL ⇄ state. One parser with allow-lists and integer ranges: anything unknown or
 * malformed is ignored (reported as a note, never an error) and the default is used.
 */
import { LANGS } from '../model/constants';
import type { Lang } from '../model/types';
import { LAYOUTS, THEME_CHOICES, TOTAL_STEPS, type AppState, type Layout, type ThemeChoice } from './store';

export interface UrlFlags {
  step?: number;
  lang?: Lang;
  theme?: ThemeChoice;
  /** 'story': the scroll story layout. */
  layout?: Layout;
  embed?: boolean;
  present?: boolean;
  autoplay?: boolean;
  loop?: boolean;
  controls?: boolean;
  /** The speaker view (teaching notes for a second window), opened from presenter mode. */
  speaker?: boolean;
  /** pym.js child id, echoed back in height messages. */
  childId?: string;
  /** ?map=detailed starts the detailed (maplibre) map at once instead of the SVG map. */
  map?: 'detailed' | 'svg';
}

export interface ParsedUrl {
  flags: UrlFlags;
  /** Human-readable notes about ignored parameters. */
  notes: string[];
}

const KNOWN = new Set(['step', 'lang', 'theme', 'layout', 'embed', 'present', 'autoplay', 'loop', 'controls', 'speaker', 'childId', 'map', 'initialWidth', 'parentTitle', 'parentUrl']);
const MAX_NOTE = 60;

function shorten(v: string): string {
  const clean = v.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > MAX_NOTE ? `${clean.slice(0, MAX_NOTE)}…` : clean;
}

function parseBool(v: string): boolean | null {
  if (v === '1' || v === 'true' || v === '') return true;
  if (v === '0' || v === 'false') return false;
  return null;
}

/** Parses a decimal integer in [min, max]; rejects signs beyond '-', spaces, exponents and decimals. */
export function parseIntInRange(v: string, min: number, max: number): number | null {
  if (!/^-?\d{1,4}$/.test(v)) return null;
  const n = Number(v) + 0; // "-0" → 0, not -0
  return n >= min && n <= max ? n : null;
}

/** Parses a query string (with or without '?') into validated flags. */
export function parseUrl(search: string): ParsedUrl {
  const flags: UrlFlags = {};
  const notes: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { flags, notes: ['query string could not be parsed'] };
  }
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!KNOWN.has(key)) {
      notes.push(`unknown parameter "${shorten(key)}" ignored`);
      continue;
    }
    if (seen.has(key)) {
      notes.push(`repeated parameter "${key}" ignored`);
      continue;
    }
    seen.add(key);
    const bad = () => notes.push(`${key}="${shorten(value)}" is not valid; using the default`);
    switch (key) {
      case 'step': {
        const n = parseIntInRange(value, 0, TOTAL_STEPS);
        if (n === null) bad();
        else flags.step = n;
        break;
      }
      case 'lang':
        if ((LANGS as readonly string[]).includes(value)) flags.lang = value as Lang;
        else bad();
        break;
      case 'theme':
        if ((THEME_CHOICES as readonly string[]).includes(value)) flags.theme = value as ThemeChoice;
        else bad();
        break;
      case 'layout':
        if ((LAYOUTS as readonly string[]).includes(value)) flags.layout = value as Layout;
        else bad();
        break;
      case 'embed':
      case 'present':
      case 'autoplay':
      case 'loop':
      case 'controls':
      case 'speaker': {
        const b = parseBool(value);
        if (b === null) bad();
        else flags[key] = b;
        break;
      }
      case 'map':
        if (value === 'detailed' || value === 'svg') flags.map = value;
        else bad();
        break;
      case 'childId':
        if (/^[A-Za-z0-9_-]{1,64}$/.test(value)) flags.childId = value;
        else bad();
        break;
      default:
        // pym's other parameters (initialWidth, parentTitle, parentUrl) are accepted and unused.
        break;
    }
  }
  return { flags, notes };
}

/**
 * Initial store state from flags. The full page follows the reader's light or dark setting
 * unless ?theme= says otherwise; an embed is light unless its host asks (it sits in an
 * article whose own colours the reader's setting may not change).
 */
export function stateFromFlags(flags: UrlFlags): Partial<AppState> {
  const s: Partial<AppState> = {};
  if (flags.step !== undefined) s.step = flags.step;
  if (flags.lang) s.lang = flags.lang;
  s.theme = flags.theme ?? (flags.embed ? 'light' : 'auto');
  if (flags.embed !== undefined) s.embed = flags.embed;
  if (flags.present !== undefined) s.present = flags.present;
  if (flags.layout) s.layout = flags.layout;
  if (flags.loop !== undefined) s.loop = flags.loop;
  if (flags.controls !== undefined) s.controls = flags.controls;
  if (flags.autoplay) s.playing = true;
  if (flags.map === 'detailed') {
    s.detailedWanted = true;
    s.engine = 'maplibre';
  }
  return s;
}

/** Returns the query string with `step` set (0 removes it), keeping every other parameter. */
export function withStep(search: string, step: number): string {
  const params = new URLSearchParams(search);
  if (step === 0) params.delete('step');
  else params.set('step', String(step));
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** Returns the query string with `lang` set, keeping every other parameter (the language switch). */
export function withLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}
