/** The Russian pack, one lazy chunk: UI strings and data texts (loaded by ../lang-pack.ts). */
export { default as messages } from '../ru.json';
export { default as texts } from 'virtual:shell-route/texts/ru';
// The pack reader travels with the packs: English-only readers never download it.
export { readTextPack } from '../../model/text-pack';
