/** Source ids behind the overview's headline facts (resolved against sources.json in tests). */
export const OVERVIEW_SOURCES = {
  headline: ['news1-2023-11-01', 'ap-2023-11-01'],
  tenOdd: ['news1-2023-11-01', 'hankyoreh-en-2023-11-02'],
  unconfirmed: ['hankyoreh-2023-11-01'],
};
