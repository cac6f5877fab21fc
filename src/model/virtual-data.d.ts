/** Modules served by scripts/build/text-packs.ts (the data split by language, see text-pack.ts). */
declare module 'virtual:shell-route/data' {
  /** The data files with English texts only (place names in every language). */
  const data: import('./text-pack').RawData;
  export default data;
}

declare module 'virtual:shell-route/texts/*' {
  /** One language's data texts, a sparse mirror of the data files. */
  const texts: import('./text-pack').TextPack;
  export default texts;
}
