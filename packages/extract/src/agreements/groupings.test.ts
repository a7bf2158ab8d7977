import { describe, expect, it } from 'vitest';
import { findAgreements } from './find-agreements.ts';
import { addGroupingMembers, groupingMembers } from './groupings.ts';
import { fixture, type FixtureActor } from './test-fixtures.ts';

describe('groupings of countries', () => {
  it('reads the members from a hyphenated chain of three or more countries', () => {
    expect(groupingMembers('Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area')?.map((m) => m.code)).toEqual(['BN', 'ID', 'MY', 'PH']);
    expect(groupingMembers('Indonesia-Malaysia-Thailand Growth Triangle')?.map((m) => m.canonical)).toEqual(['Indonesia', 'Malaysia', 'Thailand']);
    // Two countries are a bilateral name, not a grouping; a chain with a non-country is no grouping.
    expect(groupingMembers('Forum Bisnis Indonesia-Rusia')).toBeUndefined();
    expect(groupingMembers('Indonesia-Malaysia-Sumatera Growth Area')).toBeUndefined();
  });

  it('makes a cooperation under a grouping one between its member countries, adding the members not named on their own', () => {
    const imtgt: FixtureActor = { kind: 'organization', name: 'Indonesia-Malaysia-Thailand Growth Triangle', aliases: ['IMT-GT'] };
    const kepri: FixtureActor = { kind: 'place', name: 'Kepulauan Riau', country: 'ID' };
    const text = 'Gubernur Kepulauan Riau memimpin forum dalam kerangka kerja sama Indonesia-Malaysia-Thailand Growth Triangle (IMT-GT) di Batam.';
    const r = fixture(text, [imtgt, kepri]);
    const actors = addGroupingMembers({ ...r.article, language: 'id' }, r.actors);
    const got = findAgreements(r.article, actors);
    expect(got.map((a) => a.parties.map((id) => actors.actors.find((x) => x.id === id)?.name))).toEqual([['Indonesia', 'Malaysia', 'Thailand']]);
    expect(actors.actors.find((a) => a.name === 'Thailand')?.country).toBe('TH');
  });

  it('takes a grouping the headline is about as a standing cooperation of its members', () => {
    const eaga: FixtureActor = { kind: 'organization', name: 'Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area', aliases: ['BIMP-EAGA'] };
    const text = 'Ministers of the Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area (BIMP-EAGA) met in Brunei on Thursday.';
    const r = fixture(text, [eaga], 'BIMP-EAGA ministers meet in Brunei');
    const actors = addGroupingMembers({ ...r.article, language: 'en' }, r.actors);
    const got = findAgreements(r.article, actors);
    expect(got.map((a) => [a.type, a.status, a.parties.map((id) => actors.actors.find((x) => x.id === id)?.name)])).toEqual([
      ['cooperation', 'in_force', ['Brunei Darussalam', 'Indonesia', 'Malaysia', 'Philippines']],
    ]);
    expect(got[0]?.evidence[0]?.quote).toBe(text);
  });
});
