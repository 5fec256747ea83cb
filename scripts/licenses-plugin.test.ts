import { describe, expect, it } from 'vitest';
import { formatLicenses, packageDirOf } from './licenses-plugin';

describe('packageDirOf', () => {
  it.each([
    ['plain package', '/r/node_modules/react/index.js', '/r/node_modules/react'],
    [
      'scoped package',
      '/r/node_modules/@cloudscape-design/components/table/index.js',
      '/r/node_modules/@cloudscape-design/components',
    ],
    [
      'nested package wins',
      '/r/node_modules/a/node_modules/b/x.js',
      '/r/node_modules/a/node_modules/b',
    ],
    [
      'query and \\0 prefix',
      '\0/r/node_modules/idb/build/index.js?commonjs',
      '/r/node_modules/idb',
    ],
    ['app source', '/r/src/main.tsx', null],
  ] as const)('%s', (_name, id, expected) => {
    expect(packageDirOf(id)).toBe(expected);
  });
});

describe('formatLicenses', () => {
  it('lists each package with its licence, sorted by name, and includes the texts', () => {
    const text = formatLicenses([
      {
        name: 'zustand',
        version: '5.1.0',
        license: 'MIT',
        texts: [{ file: 'LICENSE', text: 'Z' }],
      },
      { name: 'idb', version: '8.0.4', license: 'ISC', texts: [] },
    ]);
    expect(text.indexOf('idb@8.0.4: ISC')).toBeLessThan(text.indexOf('zustand@5.1.0: MIT'));
    expect(text).toContain('--- LICENSE ---\nZ');
    expect(text).toContain('its package.json declares ISC');
  });
});
