import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFileName, replaceEmbeddedFonts, USED_FACES } from './font-files-plugin';

const css = readFileSync('node_modules/@cloudscape-design/global-styles/index.css', 'utf8');

describe('replaceEmbeddedFonts', () => {
  it("keeps global-styles' four used Open Sans faces as woff2 files and drops the other four", () => {
    const result = replaceEmbeddedFonts(css, (face) => `./${fontFileName(face)}`);
    expect(result.kept.map((f) => `${f.weight} ${f.style}`).sort()).toEqual([...USED_FACES].sort());
    expect(result.dropped.map((f) => `${f.weight} ${f.style}`).sort()).toEqual([
      '300 italic',
      '300 normal',
      '800 italic',
      '800 normal',
    ]);
    expect(result.css).not.toContain('data:font');
    expect(result.css).toContain("src: url('./open-sans-700-italic.woff2') format('woff2')");
    expect(result.css.match(/@font-face/g)).toHaveLength(4);
    for (const face of result.kept) {
      expect(face.family).toBe('Open Sans');
      // A woff2 file starts with its signature "wOF2".
      expect(Buffer.from(face.bytes.subarray(0, 4)).toString('latin1')).toBe('wOF2');
    }
    // The rest of the stylesheet is untouched.
    expect(result.css.replace(/@font-face\s*\{[^}]*\}/g, '')).toBe(
      css.replace(/@font-face\s*\{[^}]*\}/g, ''),
    );
  });

  it('leaves faces that are not embedded as they are', () => {
    const own = "@font-face { font-family: 'X'; font-weight: 300; src: url('./x.woff2'); }";
    expect(replaceEmbeddedFonts(own, () => 'never').css).toBe(own);
  });
});
