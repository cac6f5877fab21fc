/**
 * The data's provenance in Sources & method: its version (the newest correction's date),
 * the corrections log, and the downloads of the data behind the map.
 */
import type { Correction, Lang } from '../model/types';
import { dataVersion } from '../model/data-version';
import { DOWNLOAD_FILES, downloadHref } from '../model/download-files';
import { formatDate, pick, t } from '../i18n';

/** "Data version 7 Dec 2026", or null when the log is empty. */
export function dataVersionText(corrections: readonly Correction[], lang: Lang): string | null {
  const version = dataVersion(corrections);
  return version ? t(lang, 'data.version', { date: formatDate(version, lang) }) : null;
}

/** The corrections log, newest first: date, what changed, why. */
export function CorrectionsLog({ corrections, lang, className }: { corrections: readonly Correction[]; lang: Lang; className: string }) {
  return (
    <ol className={className}>
      {corrections.map((c) => (
        <li key={c.id} id={`correction-${c.id}`}>
          <time dateTime={c.date}>{formatDate(c.date, lang)}</time>: {pick(c.what, lang)}{' '}
          <span className="correction-why">
            {t(lang, 'corrections.why')}: {pick(c.why, lang)}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Links to the data downloads: the steps in the reader's language, the route, the sources, the README. */
export function DataDownloads({ lang }: { lang: Lang }) {
  const files: [string, string][] = [
    [DOWNLOAD_FILES.steps(lang), t(lang, 'downloads.steps')],
    [DOWNLOAD_FILES.route, t(lang, 'downloads.route')],
    [DOWNLOAD_FILES.sources, t(lang, 'downloads.sources')],
    [DOWNLOAD_FILES.readme, t(lang, 'downloads.readme')],
  ];
  return (
    <ul className="downloads">
      {files.map(([file, label]) => (
        <li key={file}>
          <a href={downloadHref(file)} download={file}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
