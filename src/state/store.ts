/**
 * The one app store (vanilla zustand, built by a factory so every test and every
 * embed gets its own pre-seeded instance). The map subscribes to it; it never knows the map.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Lang } from '../model/types';

export const TOTAL_STEPS = 10;
/** The themes the page draws. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** What a reader or a host may ask for: a theme, or 'auto' to follow the reader's system setting. */
export const THEME_CHOICES = ['auto', ...THEMES] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type MapState = 'loading' | 'ready' | 'error' | 'fallback';
/** The engine drawing the map: the SVG map (first view) or maplibre, the detailed map (svg/framing.ts). */
export type MapEngine = 'svg' | 'maplibre';
export type Panel = 'none' | 'sources' | 'legend' | 'embed' | 'help' | 'transfers';
/** How the page is laid out: the map beside (or above) one step card, or a scroll story of every card. */
export const LAYOUTS = ['default', 'story'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface AppState {
  /** 0 = overview, 1..10 = transfers. */
  step: number;
  playing: boolean;
  loop: boolean;
  lang: Lang;
  /** The theme asked for (?theme=, a host command); 'auto' follows `systemTheme`. */
  theme: ThemeChoice;
  /** The reader's system setting as a theme (env/color-scheme.ts): dark, more contrast, or light. */
  systemTheme: Theme;
  embed: boolean;
  present: boolean;
  /** ?layout=story: the map pinned while the overview and the ten step cards scroll past (src/story/). */
  layout: Layout;
  /** Teaching notes for the step are shown (key N). */
  notesOpen: boolean;
  controls: boolean;
  panel: Panel;
  mapState: MapState;
  /** The engine drawing the map now (<html data-map-engine>). */
  engine: MapEngine;
  /** The reader asked for the detailed map (a gesture, the zoom buttons or keys, ?map=detailed). */
  detailedWanted: boolean;
  /** Zoom steps the request asked for (a zoom button or key), applied once the detailed map is in. */
  detailedZoomBy: number;
  /** The detailed map's files did not arrive: the SVG map stays and offers a retry. */
  detailedError: boolean;
  errorMessage: string | null;
  /** Bumped by reframe(): the map frames the current step again at its present size. */
  reframeRequests: number;
  /** Set by the map binding while a live map can be copied; null otherwise (see snapshot()). */
  snapshotter: Snapshotter | null;
}

/** A copy of the live map's pixels and the frame it sits in (for the port inset drawn over it). */
export interface MapSnapshot {
  image: HTMLCanvasElement;
  /** The map's width in CSS px, to scale overlays read from the page. */
  cssWidth: number;
  /** The element holding the map and its overlays. */
  frame: HTMLElement;
}

/** Copies the live map at (up to) `wantWidth` device pixels wide. */
export type Snapshotter = (wantWidth: number) => Promise<MapSnapshot>;

export interface AppActions {
  /** Goes to a step; out-of-range or non-integer input is clamped/ignored. */
  setStep: (step: number) => void;
  next: () => void;
  prev: () => void;
  first: () => void;
  last: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setLang: (lang: Lang) => void;
  setTheme: (theme: ThemeChoice) => void;
  setSystemTheme: (systemTheme: Theme) => void;
  setPanel: (panel: Panel) => void;
  /** Enters or leaves presenter mode (projector layout and theme). */
  setPresent: (present: boolean) => void;
  setNotesOpen: (open: boolean) => void;
  setMapState: (state: MapState, message?: string) => void;
  /** Asks for the detailed map (idempotent); `zoomBy` zoom steps follow once it is in. */
  requestDetailed: (zoomBy?: number) => void;
  /** The detailed map has taken over the frame. */
  setEngine: (engine: MapEngine) => void;
  /** The detailed map could not be loaded: back to the SVG map, with a retry. */
  detailedFailed: () => void;
  /** Asks the map to frame the current step again (after a layout change, or a repeated goto). */
  reframe: () => void;
  /** The map binding offers (or withdraws, with null) a way to copy the live map. */
  provideSnapshotter: (snapshotter: Snapshotter | null) => void;
  /** Asks the map for a copy of itself; rejects when no live map can answer. */
  snapshot: (wantWidth: number) => Promise<MapSnapshot>;
}

export type AppStore = StoreApi<AppState & AppActions> & {
  subscribe: {
    (listener: (s: AppState & AppActions, prev: AppState & AppActions) => void): () => void;
    <U>(
      selector: (s: AppState & AppActions) => U,
      listener: (u: U, prev: U) => void,
      options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
    ): () => void;
  };
};

export const DEFAULT_STATE: AppState = {
  step: 0,
  playing: false,
  loop: false,
  lang: 'en',
  theme: 'light',
  systemTheme: 'light',
  embed: false,
  present: false,
  layout: 'default',
  notesOpen: false,
  controls: true,
  panel: 'none',
  mapState: 'loading',
  engine: 'svg',
  detailedWanted: false,
  detailedZoomBy: 0,
  detailedError: false,
  errorMessage: null,
  reframeRequests: 0,
  snapshotter: null,
};

/** Clamps any number to a valid step, or returns null when it is not a finite integer. */
export function toStep(n: number): number | null {
  if (!Number.isFinite(n) || !Number.isInteger(n)) return null;
  return Math.min(Math.max(n, 0), TOTAL_STEPS);
}

/** Creates a fresh store, optionally seeded (from the URL, a test, an embed). */
export function createAppStore(seed: Partial<AppState> = {}): AppStore {
  const initial: AppState = { ...DEFAULT_STATE, ...seed };
  initial.step = toStep(initial.step) ?? 0;
  return createStore<AppState & AppActions>()(
    subscribeWithSelector((set, get) => ({
      ...initial,
      setStep: (n) => {
        const step = toStep(n);
        if (step === null || step === get().step) return;
        set({ step });
      },
      next: () => {
        const { step, loop } = get();
        if (step < TOTAL_STEPS) get().setStep(step + 1);
        else if (loop) get().setStep(0);
      },
      prev: () => get().setStep(get().step - 1),
      first: () => get().setStep(0),
      last: () => get().setStep(TOTAL_STEPS),
      play: () => {
        // Playing from the last step starts again from the overview.
        if (get().step >= TOTAL_STEPS && !get().loop) get().setStep(0);
        set({ playing: true });
      },
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      setLang: (lang) => set({ lang }),
      setTheme: (theme) => set({ theme }),
      setSystemTheme: (systemTheme) => set({ systemTheme }),
      setPanel: (panel) => set({ panel }),
      setPresent: (present) => set({ present }),
      setNotesOpen: (notesOpen) => set({ notesOpen }),
      setMapState: (mapState, message) => set({ mapState, errorMessage: message ?? null }),
      requestDetailed: (zoomBy = 0) => {
        if (get().detailedWanted) return;
        set({ detailedWanted: true, detailedError: false, detailedZoomBy: Math.max(-3, Math.min(3, Math.round(zoomBy))) });
      },
      setEngine: (engine) => set({ engine }),
      detailedFailed: () => set({ detailedWanted: false, detailedError: true }),
      reframe: () => set((s) => ({ reframeRequests: s.reframeRequests + 1 })),
      provideSnapshotter: (snapshotter) => set({ snapshotter }),
      snapshot: (wantWidth) => {
        const take = get().snapshotter;
        return take ? take(wantWidth) : Promise.reject(new Error('the map is not ready'));
      },
    })),
  ) as AppStore;
}

/** The theme on screen: presenter mode always uses the high-contrast projector theme; 'auto' the reader's. */
export function effectiveTheme(s: Pick<AppState, 'present' | 'theme' | 'systemTheme'>): Theme {
  if (s.present) return 'contrast';
  return s.theme === 'auto' ? s.systemTheme : s.theme;
}
