/**
 * The glossary (docs/glossary.md) as rules: when the English says the term, each
 * translation must use the agreed rendering. This keeps hedges ("reportedly", "inferred",
 * "illustrative", "our reading") and the subject's terms from drifting between texts.
 */
import type { Lang } from '../../src/model/types';

export interface TermRule {
  term: string;
  en: RegExp;
  ko: RegExp;
  uk: RegExp;
  ru: RegExp;
}

export const TERMS: TermRule[] = [
  { term: 'NIS', en: /\bNIS\b/, ko: /국정원/, uk: /NIS/, ru: /NIS/ },
  { term: 'depot', en: /\bdepots?\b/i, ko: /탄약고/, uk: /склад/iu, ru: /склад/iu },
  { term: 'transport aircraft', en: /\btransport aircraft\b/i, ko: /수송기/, uk: /транспортн\p{L}* літак/iu, ru: /транспортн\p{L}* самол/iu },
  { term: 'Russian-flagged', en: /\bRussian-flagged\b/i, ko: /러시아 선적/, uk: /під російським прапором/iu, ru: /под российским флагом/iu },
  { term: 'shells', en: /\bshells?\b/i, ko: /포탄/, uk: /снаряд/iu, ru: /снаряд/iu },
  { term: 'munitions', en: /\bmunitions\b/i, ko: /탄약/, uk: /боєприпас/iu, ru: /боеприпас/iu },
  { term: 'container', en: /\bcontainers?\b/i, ko: /컨테이너/, uk: /контейнер/iu, ru: /контейнер/iu },
  { term: 'reportedly', en: /\breportedly\b/i, ko: /전해졌|알려진|알려졌/, uk: /за повідомленнями/iu, ru: /по сообщениям/iu },
  { term: 'inferred / inference', en: /\binfer(?:red|ence|s)?\b/i, ko: /추론/, uk: /висновок|висновк/iu, ru: /вывод/iu },
  { term: 'illustrative', en: /\billustrative\b/i, ko: /예시/, uk: /ілюстратив/iu, ru: /иллюстратив/iu },
  { term: 'schematic', en: /\bschematic\b/i, ko: /도식/, uk: /схемат/iu, ru: /схемат/iu },
  { term: 'our reading', en: /\bour reading\b/i, ko: /우리의 해석/, uk: /наше прочитання/iu, ru: /наше прочтение/iu },
  { term: 'not disclosed', en: /\bnot disclosed\b/i, ko: /공개되지 않|비공개/, uk: /не розкрит/iu, ru: /не раскрыт/iu },
  { term: 'not reported', en: /\bnot reported\b/i, ko: /보도되지 않|보도 없/, uk: /не повідомл/iu, ru: /не сообща/iu },
  { term: 'Angara (Latin script)', en: /\bAngara\b/, ko: /Angara/, uk: /Angara/, ru: /Angara/ },
  { term: 'Maria (Latin script)', en: /\bMaria\b/, ko: /Maria/, uk: /Maria/, ru: /Maria/ },
  { term: 'Lady R (Latin script)', en: /\bLady R\b/, ko: /Lady R/, uk: /Lady R/, ru: /Lady R/ },
];

/** Names of the rules a translation breaks. */
export function brokenTerms(en: string, translated: string, lang: Exclude<Lang, 'en'>): string[] {
  return TERMS.filter((r) => r.en.test(en) && !r[lang].test(translated)).map((r) => r.term);
}
