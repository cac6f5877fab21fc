import type { MouseEvent } from 'react';
import { useAppState } from '../state/context';
import { t } from '../i18n';
import './a11y.css';

/** The control the skip link lands on: the slider, or in presenter mode the current step's button. */
function skipTarget(doc: Document): HTMLElement | null {
  const timeline = doc.getElementById('timeline');
  if (!timeline) return null;
  return (
    timeline.querySelector<HTMLElement>('input[type="range"]') ??
    timeline.querySelector<HTMLElement>('[aria-current="step"]') ??
    timeline.querySelector<HTMLElement>('button:not(:disabled)')
  );
}

/** "Skip to timeline": first in the tab order, shown when focused; focus lands on the slider. */
export function SkipLink() {
  const lang = useAppState((s) => s.lang);
  const present = useAppState((s) => s.present);
  const controls = useAppState((s) => s.controls);
  // An embed without the timeline (?controls=0) has nothing to skip to.
  if (!present && !controls) return null;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    const target = skipTarget(document);
    if (!target) return; // the browser follows #timeline
    e.preventDefault();
    target.focus();
  };
  return (
    <a className="skip-link" href="#timeline" onClick={onClick}>
      {t(lang, 'skipToTimeline')}
    </a>
  );
}
