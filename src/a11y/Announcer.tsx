import { useEffect, useState } from 'react';
import { useApp } from '../state/context';
import { stepAnnouncement } from '../text/describe';

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
