// Flat config: typescript-eslint strict rules, React hooks rules, and a ban on
// HTML-string sinks and dynamic code (the app renders data from files and URLs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/out/', 'test-results/', 'playwright-report/', '.tmp*/', '.shot*', 'dist-*/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        // `property.value` catches the computed spelling too: el['innerHTML'].
        { selector: "MemberExpression:matches([property.name='innerHTML'], [property.value='innerHTML'])", message: 'No innerHTML: render text nodes.' },
        { selector: "MemberExpression:matches([property.name='outerHTML'], [property.value='outerHTML'])", message: 'No outerHTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
        { selector: "CallExpression:matches([callee.property.name='insertAdjacentHTML'], [callee.property.value='insertAdjacentHTML'])", message: 'No insertAdjacentHTML.' },
        { selector: "CallExpression:matches([callee.property.name=/^write(ln)?$/], [callee.property.value=/^write(ln)?$/])[callee.object.name='document']", message: 'No document.write: build nodes.' },
        { selector: "CallExpression:matches([callee.property.name=/^write(ln)?$/], [callee.property.value=/^write(ln)?$/])[callee.object.property.name='document']", message: 'No document.write: build nodes.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests index into fixtures they built themselves; a failed lookup fails the test anyway.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
