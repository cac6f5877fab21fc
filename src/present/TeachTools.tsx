/**
 * The teacher tools in the page header (Present, Save image, Print handout). In the
 * startup chunk; presenter mode itself, the notes and the keyboard help are the lazy
 * presenter chunk (./lazy.tsx).
 */
import { useEffect, useRef } from 'react';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { printHandout } from './actions';
import { SaveImageButton } from './SaveImageButton';
import { prefetchPresenter } from './lazy';
import './teach-tools.css';

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
