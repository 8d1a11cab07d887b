import { describe, expect, it } from 'vitest';
import { isLetterUnit, isLowerUnit, isMarkUnit, isNumberUnit, isSpaceUnit, isUpperUnit } from '../../src/ingest/chars.ts';

// The table must agree with the regular expressions it replaces, for every code unit.
const CASES: [string, (c: number) => boolean, RegExp][] = [
  ['letter', isLetterUnit, /\p{L}/u],
  ['upper', isUpperUnit, /\p{Lu}/u],
  ['lower', isLowerUnit, /\p{Ll}/u],
  ['mark', isMarkUnit, /\p{M}/u],
  ['number', isNumberUnit, /\p{N}/u],
  ['space', isSpaceUnit, /\s/],
];

describe('character classes of code units', () => {
  it.each(CASES)('%s equals its regular expression on every UTF-16 code unit', (_name, fn, re) => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (fn(c) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
  it.each([
    ['É', true, true],
    ['é', true, false],
    ['’', false, false],
    ['\u00a0', false, false],
  ])('%s: letter %s, upper %s', (ch, letter, upper) => {
    expect([isLetterUnit(ch.charCodeAt(0)), isUpperUnit(ch.charCodeAt(0))]).toEqual([letter, upper]);
  });
});
