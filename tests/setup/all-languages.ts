/**
 * Vitest setup: loads every language pack (src/i18n/lang-pack.ts) before each test file,
 * so unit tests see the bundled data and the catalogs in all four languages, as the page
 * does once a language is chosen. tests/model/text-pack.test.ts covers the split itself.
 */
import { loadLang } from '../../src/i18n/lang-pack';
import { OTHER_LANGS } from '../../src/model/text-pack';

const loads = await Promise.all(OTHER_LANGS.map((l) => loadLang(l)));
const failed = loads.flatMap((r, i) => (r.loaded ? [] : [`${OTHER_LANGS[i] ?? '?'}: ${r.error ?? JSON.stringify(r.issues)}`]));
if (failed.length) throw new Error(`language packs failed to load: ${failed.join('; ')}`);
