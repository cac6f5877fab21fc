import { useEffect, useState } from 'react';
import type { Lang } from '../model/types';
import { t } from '../i18n';

/** True when this document may go fullscreen (false in frames without allow="fullscreen"). */
export function fullscreenAllowed(doc: Document = document): boolean {
  try {
    return doc.fullscreenEnabled === true && typeof doc.documentElement.requestFullscreen === 'function';
  } catch {
    return false;
  }
}

/**
 * Fullscreen toggle for the app element. Rendered only when the host allows it; every
 * call is guarded, because a host or a browser policy may still refuse.
 */
export function FullscreenButton({ lang, target }: { lang: Lang; target: () => Element | null }) {
  const [allowed] = useState(fullscreenAllowed);
  const [active, setActive] = useState(false);
  useEffect(() => {
    if (!allowed) return;
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [allowed]);
  if (!allowed) return null;
  const toggle = () => {
    try {
      const p = document.fullscreenElement ? document.exitFullscreen() : target()?.requestFullscreen();
      void p?.catch(() => undefined);
    } catch {
      // Refused (permissions policy, no user gesture): the map keeps working in the frame.
    }
  };
  return (
    <button type="button" className="fullscreen-button" onClick={toggle} aria-pressed={active}>
      <span aria-hidden="true">{active ? '⤡' : '⤢'}</span>{' '}
      <span className="fullscreen-label">{t(lang, active ? 'embed.exitFullscreen' : 'embed.fullscreen')}</span>
    </button>
  );
}
