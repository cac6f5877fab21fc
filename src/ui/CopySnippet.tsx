/**
 * A block of text to copy (an embed code, a citation): a read-only text area, a Copy button
 * and a status line that says what happened.
 */
import { useId, useRef, useState } from 'react';
import { t } from '../i18n';
import type { Lang } from '../model/types';
import './copy-snippet.css';

type CopyStatus = 'idle' | 'copied' | 'manual';

/** Copies text; where the clipboard API is missing or blocked (sandboxed frames), selects it instead. */
async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<CopyStatus> {
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Permission denied or not a secure context: fall through to select-all.
  }
  area?.focus();
  area?.select();
  return 'manual';
}

export function CopySnippet({ label, hint, code, lang, rows = 4 }: { label: string; hint?: string; code: string; lang: Lang; rows?: number }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [copiedCode, setCopiedCode] = useState(code);
  // A changed text makes an earlier "Copied" untrue.
  if (copiedCode !== code) {
    setCopiedCode(code);
    setStatus('idle');
  }
  return (
    <div className="copy-snippet">
      <div className="copy-snippet-head">
        <label htmlFor={id}>{label}</label>
        <button type="button" onClick={() => void copyText(code, area.current).then(setStatus)}>
          {t(lang, 'embed.copy')}
        </button>
      </div>
      <textarea
        id={id}
        ref={area}
        readOnly
        value={code}
        rows={rows}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <p className="copy-snippet-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <p className="copy-snippet-status" role="status" aria-live="polite">
        {status === 'copied' ? t(lang, 'embed.copied') : status === 'manual' ? t(lang, 'embed.copyManual') : ''}
      </p>
    </div>
  );
}
