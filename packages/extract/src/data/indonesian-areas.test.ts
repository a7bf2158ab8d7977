import { describe, expect, it } from 'vitest';
import { INDONESIAN_AREA_ROWS } from './indonesian-area-rows.ts';
import { indonesianAreasNamed } from './indonesian-areas.ts';
import { readRegencyRows } from '../../scripts/regency-rows.ts';

describe('Indonesian regencies and cities', () => {
  it('match the installed idn-area-data package (else run scripts/gen-indonesian-areas.ts)', () => {
    expect(INDONESIAN_AREA_ROWS).toEqual(readRegencyRows());
  });

  it('are found by their bare names', () => {
    expect(indonesianAreasNamed('Blitar').map((a) => a.kind).sort()).toEqual(['city', 'regency']);
    expect(indonesianAreasNamed('raja ampat')[0]?.name).toBe('Kabupaten Raja Ampat');
  });
});
