import { useState } from 'react';
import { useApp, useAppState } from '../state/context';
import { t } from '../i18n';
import type { Lang } from '../model/types';
import { saveImage } from './actions';

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
        disabled={busy || mapState === 'error'}
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
