import { t } from '../i18n';
import type { Lang } from '../model/types';

/** "Loading map…", until the detailed map is drawn when the page starts with it (?map=detailed). */
export function MapLoading({ lang }: { lang: Lang }) {
  return (
    <p className="map-status" aria-hidden="true">
      {t(lang, 'map.loading')}
    </p>
  );
}
