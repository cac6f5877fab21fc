import { Fragment, useLayoutEffect, useRef, useSyncExternalStore, type FocusEvent, type ReactNode } from 'react';
import { useApp, useAppState } from '../state/context';
import { TOTAL_STEPS } from '../state/store';
import { bindStory, STORY_STEP_ATTR, type StoryBinding } from './story-sync';
import './story.css';

/** How the story shows one card: its heading's id, in the tab order, and whether it is the map's step. */
export interface StoryCardPlacement {
  headingId: string;
  tabIndex: number;
  current: boolean;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Where the map is a column beside the cards (story.css); below it, the map is pinned above them. */
const WIDE = '(min-width: 900px)';
const subscribeWide = (onChange: () => void) => {
  if (typeof matchMedia !== 'function') return () => undefined;
  const mq = matchMedia(WIDE);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
};
const isWide = () => typeof matchMedia === 'function' && matchMedia(WIDE).matches;

/** True when focus came from the keyboard (a click on a card's text should not move the page). */
function keyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return false;
  }
}

/**
 * The story layout (?layout=story): `pin` (the map, its legend and the slim timeline) stays
 * pinned, above the cards on phones and beside them on wide screens, while the overview and the
 * ten step cards scroll past; the card crossing the middle of the window is the step
 * (story-sync.ts). Every card is rendered from the start and keeps its size whichever is
 * current, so the text never moves when the step changes. The cards themselves come from the
 * app (`renderCard`: the panel's own step cards), so the step text has one owner.
 *
 * The `legend` sits under the map in the wide layout. On a phone the pinned map has 45% of the
 * window, too little to give a third of it to the key: there the legend follows the overview.
 */
export function StoryLayout({ pin, legend, renderCard }: {
  pin: ReactNode;
  legend?: ReactNode;
  renderCard: (step: number, placement: StoryCardPlacement) => ReactNode;
}) {
  const { store } = useApp();
  const step = useAppState((s) => s.step);
  const cardsRef = useRef<HTMLDivElement>(null);
  const pinRef = useRef<HTMLDivElement>(null);
  const binding = useRef<StoryBinding | null>(null);
  const wide = useSyncExternalStore(subscribeWide, isWide, () => false);

  useLayoutEffect(() => {
    const cards = cardsRef.current;
    if (!cards) return;
    const b = bindStory(store, cards, window, { pinned: () => pinRef.current, reducedMotion });
    binding.current = b;
    return () => {
      b.dispose();
      if (binding.current === b) binding.current = null;
    };
  }, [store]);

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const n = Number(e.currentTarget.getAttribute(STORY_STEP_ATTR));
    // The card itself, reached with Tab, comes to its reading place; a link inside it only makes it current.
    const self = e.target.parentElement === e.currentTarget;
    binding.current?.focused(n, self && keyboardFocus(e.target));
  };

  return (
    <main className="layout layout-story">
      <div className="map-col story-pin" ref={pinRef}>
        {pin}
        {wide ? legend : null}
      </div>
      <div className="story-cards" ref={cardsRef}>
        {Array.from({ length: TOTAL_STEPS + 1 }, (_, n) => (
          <Fragment key={n}>
            <div className="story-step" {...{ [STORY_STEP_ATTR]: n }} onFocus={onFocus}>
              {renderCard(n, { headingId: `story-step-${n}-title`, tabIndex: 0, current: n === step })}
            </div>
            {n === 0 && !wide && legend ? <div className="story-legend">{legend}</div> : null}
          </Fragment>
        ))}
      </div>
    </main>
  );
}
