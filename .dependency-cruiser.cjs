/**
 * The layer order of src/ (docs/architecture.md), checked by `npm run check:layers` in `npm test`.
 * Each layer imports only from the layers listed before it and from its own folder; the
 * feature folders do not import one another, except that presenter mode (present) calls
 * the print and export features' actions. No cycles anywhere.
 */
const LAYERS = [
  ['model'],
  ['geo'],
  ['state'],
  ['i18n'],
  ['look'],
  ['text'],
  ['env'],
  ['svg'],
  ['ui'],
  ['map', 'a11y', 'embed', 'panel', 'timeline', 'offline', 'print', 'export', 'story'],
  ['present'],
  ['app'],
];
const dir = (names) => `^src/(${names.join('|')})/`;
const above = (i) => LAYERS.slice(i + 1).flat();

const layerRules = LAYERS.flatMap((names, i) =>
  above(i).length
    ? [
        {
          name: `layer-${names.join('-')}`,
          comment: `${names.join(', ')} may not import from a higher layer (${above(i).join(', ')})`,
          severity: 'error',
          from: { path: dir(names) },
          to: { path: dir(above(i)) },
        },
      ]
    : [],
);

const FEATURES = LAYERS[9];
const featureRules = FEATURES.map((f) => ({
  name: `feature-${f}`,
  comment: `the ${f} feature may not import another feature folder`,
  severity: 'error',
  from: { path: `^src/${f}/` },
  to: { path: dir(FEATURES.filter((g) => g !== f)) },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'imports run one way', from: {}, to: { circular: true } },
    ...layerRules,
    ...featureRules,
    {
      name: 'root-is-app',
      comment: 'only the app (src/app and the files at src/) may import the entry files at src/',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: '^src/app/' },
      to: { path: '^src/[^/]+\\.(ts|tsx)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|\\.css$|\\.json$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
  },
};
