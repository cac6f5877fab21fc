/**
 * Who publishes this map, as citations name it. One place to change it: a newsroom or a
 * school that hosts its own copy sets its name here (see docs/embedding.md).
 */
export const PROJECT = {
  /** The map's name, as on its masthead. */
  name: 'Shell Route',
  /** Who publishes it: an organisation (cited as a corporate author) or a person. */
  publisher: 'Shell Route',
  /** The citation key's stem in BibTeX. */
  bibKey: 'shellroute',
} as const;
