/**
 * Keyboard and screen-reader pieces of the page: the skip link, the one polite live
 * region that announces step changes, and the map's text description.
 */
import { useEffect, useState, type MouseEvent } from 'react';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import { stepAnnouncement } from '../text/describe';
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

/** True when the timeline slider has focus: it speaks its own aria-valuetext on change. */
function sliderFocused(doc: Document): boolean {
  const el = doc.activeElement;
  return el instanceof HTMLInputElement && el.type === 'range';
}

/**
 * The one polite live region. Each step change is announced once, as "Step 3 of 10:
 * title"; not on load, not on a language switch, and not when the focused slider made
 * the change (the slider's own value text is spoken then, and saying it twice is noise).
 */
export function Announcer() {
  const { store, dataset } = useApp();
  const [text, setText] = useState('');
  useEffect(() => {
    const unsubStep = store.subscribe(
      (s) => s.step,
      (step) => setText(sliderFocused(document) ? '' : stepAnnouncement(dataset, step, store.getState().lang)),
    );
    const unsubLang = store.subscribe(
      (s) => s.lang,
      () => setText(''),
    );
    return () => {
      unsubStep();
      unsubLang();
    };
  }, [store, dataset]);
  return (
    <p className="sr-only step-announcer" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}

