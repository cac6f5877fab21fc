/** React access to the app store and the immutable data; one selector per hook call. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from './store';
import type { Dataset } from '../model/types';
import type { RouteGeometry } from '../geo/route';

export interface AppContextValue {
  store: AppStore;
  dataset: Dataset;
  geometry: RouteGeometry;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** The app context; throws when used outside the provider (a programming error). */
export function useApp(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside AppContext');
  return ctx;
}

/** Subscribes a component to one slice of the store. */
export function useAppState<U>(selector: (s: AppState & AppActions) => U): U {
  return useStore(useApp().store, selector);
}
