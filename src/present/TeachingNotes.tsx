import { useApp } from '../state/context';
import type { Dataset, Lang } from '../model/types';
import { pick, t } from '../i18n';

export interface Notes {
  known: string;
  unknown: string;
  question: string;
}

/** A step's teaching notes from the data (the overview's from its own caveats), or null. */
export function notesFor(dataset: Dataset, step: number, lang: Lang): Notes | null {
  if (step === 0) {
    return {
      known: t(lang, 'overview.headline'),
      unknown: `${t(lang, 'overview.unconfirmed')} ${t(lang, 'overview.total')}`,
      question: t(lang, 'notes.overviewQuestion'),
    };
  }
  const teaching = dataset.transfers[step - 1]?.teaching;
  if (!teaching) return null;
  return { known: pick(teaching.known, lang), unknown: pick(teaching.unknown, lang), question: pick(teaching.question, lang) };
}

/** What is known, what is not, one question: for the presenter panel, the step card and the speaker view. */
export function TeachingNotes({ step, lang, headingLevel = 2, id }: { step: number; lang: Lang; headingLevel?: 2 | 3; id?: string }) {
  const { dataset } = useApp();
  const notes = notesFor(dataset, step, lang);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="teaching-notes" aria-labelledby={id ? `${id}-title` : undefined} id={id}>
      <H className="notes-title" id={id ? `${id}-title` : undefined}>
        {t(lang, 'notes.heading')}
      </H>
      {notes ? (
        <dl className="notes-list">
          <dt>{t(lang, 'notes.known')}</dt>
          <dd>{notes.known}</dd>
          <dt>{t(lang, 'notes.unknown')}</dt>
          <dd>{notes.unknown}</dd>
          <dt>{t(lang, 'notes.question')}</dt>
          <dd className="notes-question">{notes.question}</dd>
        </dl>
      ) : (
        <p>{t(lang, 'notes.none')}</p>
      )}
    </section>
  );
}
