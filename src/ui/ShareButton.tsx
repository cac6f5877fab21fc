/**
 * "Share this step": the system share sheet where there is one (phones, some desktops),
 * else the link is copied; where the clipboard is blocked too (a sandboxed frame, an old
 * browser) the link is shown selected, to copy by hand. The link is the full page at the
 * step in the reader's language (env/page-url.ts shareUrl).
 */
import { useState } from 'react';
import { t } from '../i18n';
import type { Lang } from '../model/types';
import { shareUrl } from '../env/page-url';

type ShareStatus = 'idle' | 'copied' | 'manual';

export function ShareButton({ step, lang, title }: { step: number; lang: Lang; title: string }) {
  const [status, setStatus] = useState<ShareStatus>('idle');
  const [url, setUrl] = useState('');
  const share = async () => {
    let link: string;
    try {
      link = shareUrl(window.location.href, step, lang);
    } catch {
      return; // An opaque frame that cannot read its own address has nothing to share.
    }
    setUrl(link);
    const nav = navigator as Navigator & { share?: (data: ShareData) => Promise<void> };
    if (typeof nav.share === 'function') {
      try {
        await nav.share({ title, url: link });
        setStatus('idle');
        return;
      } catch (e) {
        // The reader closed the sheet: nothing to do. Anything else: copy instead.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };
  return (
    <div className="share">
      <button type="button" className="share-button" onClick={() => void share()}>
        <span aria-hidden="true">↗</span> {t(lang, 'share.button')}
      </button>
      <p className="share-status" role="status" aria-live="polite">
        {status === 'copied' ? t(lang, 'share.copied') : status === 'manual' ? t(lang, 'share.manual') : ''}
      </p>
      {status === 'manual' ? (
        <input className="share-url" type="text" readOnly value={url} aria-label={t(lang, 'share.linkLabel')} ref={(el) => el?.select()} onFocus={(e) => e.currentTarget.select()} />
      ) : null}
    </div>
  );
}
