import { useApp } from '../state/context';
import { pick, t } from '../i18n';
import type { Dataset, Disagreement, Lang } from '../model/types';
import { SourceLinks } from './SourceLinks';

/** The disagreements (data/disagreements.json) that a step shows (0 = the overview). */
export function disagreementsFor(dataset: Dataset, step: number): Disagreement[] {
  return dataset.disagreements.filter((d) => d.steps.includes(step));
}

/** Two arrows pointing apart: the "sources differ" mark, always beside its words (never colour alone). */
function DifferIcon() {
  return (
    <svg className="differ-icon" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false">
      <path d="M1 3h11M9 0.5 12 3 9 5.5M15 9H4M7 6.5 4 9l3 2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/**
 * "Sources differ": each claim with every side and its sources (facts.md §11), in the card,
 * the list and the overview. Plain text with a heading word, so screen readers hear it too.
 */
export function SourcesDiffer({ step, lang, compact = false }: { step: number; lang: Lang; compact?: boolean }) {
  const { dataset } = useApp();
  const items = disagreementsFor(dataset, step);
  if (!items.length) return null;
  return (
    <div className={compact ? 'differ differ-compact' : 'differ'}>
      {items.map((d) => (
        <div className="differ-item" key={d.id} data-disagreement={d.id}>
          <p className="differ-claim">
            <span className="differ-mark">
              <DifferIcon />
              {t(lang, 'differ.label')}
            </span>{' '}
            {pick(d.claim, lang)}
          </p>
          <ul className="differ-sides">
            {d.sides.map((side, i) => (
              <li key={i}>
                {pick(side.text, lang)} <SourceLinks ids={side.sources} lang={lang} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
