import { describe, expect, it } from 'vitest';
import { actorsOf, byName } from './test-helpers.ts';

describe('a title, a comma, then the name', () => {
  it('reads titles with lower-case fillers and keeps "saat itu" out of the role', () => {
    const r = actorsOf('Kepala Dinas Koperasi (Diskop) Kota Kendari saat itu, Rudi Hartawan Saputra, menyebut rencana itu matang.');
    expect(byName(r, 'Rudi Hartawan Saputra')?.role).toBe('Kepala Dinas Koperasi (Diskop) Kota Kendari');
  });

  it('reads acting envoys and English titles with connectors', () => {
    const r = actorsOf('Pertemuan itu dihadiri Kuasa Usaha ad interim Kedutaan Besar Kanada, Maribel Tremblay, dan Deputy Secretary for Trade Kementerian Perdagangan Vietnam, Nguyen Van Hoa, yang memimpin delegasi.');
    expect(byName(r, 'Maribel Tremblay')?.role).toBe('Kuasa Usaha ad interim Kedutaan Besar Kanada');
    expect(byName(r, 'Nguyen Van Hoa')?.kind).toBe('person');
  });

  it('takes a one-word name only when a degree or comma closes it, and a patronymic in full', () => {
    const r = actorsOf('Pada 2019, Wali Kota Bitung kala itu, Dr H Sutrisno ST MT, terbang ke Jepang. Hadir pula Atase Perdagangan Kedutaan Besar Malaysia di Jakarta, Encik Ahmad Faizal Rahim bin Mohd Yusof.');
    expect(byName(r, 'Sutrisno')?.role).toBe('Wali Kota Bitung');
    expect(byName(r, 'Ahmad Faizal Rahim bin Mohd Yusof')?.role).toBe('Atase Perdagangan Kedutaan Besar Malaysia di Jakarta');
    // The portfolio of an attaché is not an organization.
    expect(byName(r, 'Perdagangan')).toBeUndefined();
  });

  it('leaves buildings named after an office alone', () => {
    const r = actorsOf('Pertemuan digelar di Rumah Dinas Gubernur, Graha Praja, Kota Mataram.');
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(0);
  });
});
