/**
 * The teacher tools in the page header (Present, Save image, Print handout). In the
 * startup chunk; presenter mode itself, the notes and the keyboard help are the lazy
 * presenter chunk (./lazy.tsx).
 */
import { useEffect, useRef, useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import type { Lang } from '../model/types';
import { printHandout, saveImage } from './actions';
import { prefetchPresenter } from './lazy';
import './teach-tools.css';

/** Save image button with its own busy and error state. */
export function SaveImageButton({ lang, className }: { lang: Lang; className?: string }) {
  const { store, dataset } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mapState = useAppState((s) => s.mapState);
  const save = () => {
    setBusy(true);
    setError(null);
    saveImage(store, dataset)
      .catch((e: unknown) => setError(t(lang, 'tools.saveFailed', { reason: e instanceof Error ? e.message : String(e) })))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={save}
        disabled={busy || mapState === 'error' || mapState === 'fallback'}
        title={t(lang, 'tools.saveImageHelp')}
        data-busy={busy ? 'true' : undefined}
      >
        {busy ? t(lang, 'tools.saving') : t(lang, 'tools.saveImage')}
      </button>
      {error ? (
        <span className="tool-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

/**
 * Teacher tools for the page header, in one "Classroom" menu so the header stays one
 * row: presenter mode, image, handout. Closes on a choice, Esc or a click elsewhere.
 */
export function TeachTools() {
  const { store } = useApp();
  const lang = useAppState((s) => s.lang);
  const ref = useRef<HTMLDetailsElement>(null);
  // Presenter mode is a lazy chunk: fetch it once the map has settled, so P is instant (and offline).
  const settled = useAppState((s) => s.mapState !== 'loading');
  useEffect(() => {
    if (settled) prefetchPresenter();
  }, [settled]);
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (ref.current?.open && !ref.current.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, []);
  return (
    <details
      className="teach-menu"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          e.preventDefault();
          close();
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>{t(lang, 'tools.classroom')}</summary>
      <div className="teach-menu-panel" onClick={(e) => (e.target as Element).closest('button') && close()}>
        <button type="button" onClick={() => store.getState().setPresent(true)} title={t(lang, 'present.buttonHelp')}>
          {t(lang, 'present.button')} <kbd aria-hidden="true">P</kbd>
        </button>
        <SaveImageButton lang={lang} className="tool-save" />
        <button type="button" onClick={() => void printHandout()} title={t(lang, 'tools.printHelp')}>
          {t(lang, 'tools.print')}
        </button>
      </div>
    </details>
  );
}
