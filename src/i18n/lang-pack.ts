/**
 * Loads a language before it is shown: its UI catalog and its data texts come in one lazy
 * chunk per language (./packs/*.ts), so a reader downloads only the language on screen
 * (bench: bytes until the map is ready). The data texts come back as a table keyed by the
 * startup data's text objects, which `pick` reads (the data is never changed); the table
 * and the catalog are added once the pack checks out, only then is the language set in
 * the store, and nothing renders half-translated.
 */
import { addCatalog, addDataTexts, hasCatalog, type Messages } from './index';
import { bundledData } from '../model/load';
import type { OtherLang, readTextPack, TextPack } from '../model/text-pack';
import type { DataIssue, Lang } from '../model/types';
import type { AppStore } from '../state/store';

interface Pack {
  messages: Messages;
  texts: TextPack;
  readTextPack: typeof readTextPack;
}

const PACKS: Record<OtherLang, () => Promise<Pack>> = {
  ko: () => import('./packs/ko'),
  uk: () => import('./packs/uk'),
  ru: () => import('./packs/ru'),
};

/** What loading a language gave: loaded, or why not (a failed fetch has no issues). */
export interface LangLoad {
  loaded: boolean;
  issues: DataIssue[];
  error?: string;
}

const pending = new Map<Lang, Promise<LangLoad>>();

/** True when the language can be shown now (English always can). */
export function langLoaded(lang: Lang): boolean {
  return lang === 'en' || hasCatalog(lang);
}

/**
 * Loads a language's pack once and reads it (every later call gets the same promise).
 * Never rejects: a chunk that cannot be fetched (offline before the worker cached it)
 * resolves with `loaded: false` and may be tried again; a pack that fails the check
 * resolves with its issues.
 */
export function loadLang(lang: Lang): Promise<LangLoad> {
  if (langLoaded(lang)) return Promise.resolve({ loaded: true, issues: [] });
  const known = pending.get(lang);
  if (known) return known;
  const p = PACKS[lang as OtherLang]().then(
    (pack) => {
      const { texts, issues } = pack.readTextPack(bundledData, pack.texts, lang as OtherLang);
      if (issues.length) return { loaded: false, issues };
      addDataTexts(lang, texts);
      addCatalog(lang, pack.messages);
      return { loaded: true, issues };
    },
    (e: unknown) => {
      pending.delete(lang);
      return { loaded: false, issues: [], error: e instanceof Error ? e.message : String(e) };
    },
  );
  pending.set(lang, p);
  return p;
}

let latest = 0;

/**
 * Switches the page's language once its pack is in (the old language stays on screen
 * meanwhile). When the reader picks again before it arrives, only the last pick applies.
 * Resolves true when the language was set.
 */
export async function switchLang(store: AppStore, lang: Lang): Promise<boolean> {
  const ticket = ++latest;
  const r = await loadLang(lang);
  if (ticket !== latest) return false;
  if (!r.loaded) {
    console.error(`[shell-route] could not load the "${lang}" language pack`, r.error ?? r.issues);
    return false;
  }
  store.getState().setLang(lang);
  return true;
}
