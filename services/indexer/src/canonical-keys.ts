import type { Actor } from '@coopnews/schema';
import { normalizeKey } from '@coopnews/store';

/**
 * Language-neutral keys of what an actor *is*, whichever language named it. One body is named
 * "Kementerian Koperasi dan UKM" by Indonesian outlets and "Ministry of Cooperatives and SMEs"
 * or "Cooperatives and Small and Medium Enterprises Ministry" by English ones; names alone
 * cannot join them in every order (each English form only lists the Indonesian name as an
 * alias), but all three are the ministry of one country for the same portfolio.
 *
 * A ministry's key is its country and the set of its portfolio's concepts. Every word of the
 * portfolio must be a known term, else there is no key (a ministry named after something this
 * table does not know resolves by its names, as before). The country is the actor's; a ministry
 * named in Indonesian without a country is Indonesia's (outlets name foreign ministries with
 * their country); one named in English without a country gets no key (it could be anyone's).
 */
const PORTFOLIO: Record<string, string[]> = {
  cooperatives: ['koperasi', 'cooperatives', 'cooperative'],
  smes: [
    'ukm', 'umkm', 'kukm', 'usaha kecil dan menengah', 'usaha kecil menengah', 'usaha mikro kecil dan menengah', 'usaha mikro kecil menengah',
    'smes', 'sme', 'msmes', 'umkms', 'small and medium enterprises', 'small and medium sized enterprises', 'micro small and medium enterprises',
  ],
  trade: ['perdagangan', 'trade', 'commerce'],
  industry: ['perindustrian', 'industri', 'industry'],
  economy: ['perekonomian', 'ekonomi', 'economy', 'economic affairs'],
  'foreign-affairs': ['luar negeri', 'foreign affairs'],
  'home-affairs': ['dalam negeri', 'home affairs', 'interior'],
  finance: ['keuangan', 'finance'],
  manpower: ['ketenagakerjaan', 'tenaga kerja', 'manpower', 'labour', 'labor'],
  agriculture: ['pertanian', 'agriculture'],
  tourism: ['pariwisata', 'tourism'],
  'creative-economy': ['ekonomi kreatif', 'creative economy'],
  education: ['pendidikan', 'education'],
  culture: ['kebudayaan', 'culture'],
  research: ['riset', 'research'],
  technology: ['teknologi', 'technology'],
  religion: ['agama', 'religious affairs'],
  'state-secretariat': ['sekretariat negara', 'state secretariat'],
  'development-planning': ['perencanaan pembangunan nasional', 'national development planning'],
  'state-owned-enterprises': ['bumn', 'badan usaha milik negara', 'state owned enterprises'],
  'marine-affairs': ['kelautan', 'marine affairs', 'maritime affairs'],
  fisheries: ['perikanan', 'fisheries'],
  health: ['kesehatan', 'health'],
  transport: ['perhubungan', 'transportation', 'transport'],
  communication: ['komunikasi', 'communication', 'communications'],
  informatics: ['informatika', 'information technology', 'informatics'],
  investment: ['investasi', 'investment'],
  villages: ['desa', 'villages'],
  environment: ['lingkungan hidup', 'environment'],
  forestry: ['kehutanan', 'forestry'],
  energy: ['energi', 'energy'],
  'mineral-resources': ['sumber daya mineral', 'mineral resources'],
  'public-works': ['pekerjaan umum', 'public works'],
  housing: ['perumahan rakyat', 'perumahan', 'housing'],
  law: ['hukum', 'law'],
  'human-rights': ['hak asasi manusia', 'ham', 'human rights'],
  defence: ['pertahanan', 'defence', 'defense'],
  'social-affairs': ['sosial', 'social affairs'],
};
/** Words that join portfolio terms and carry no concept of their own. */
const JOINERS = new Set(['dan', 'and', 'of', 'for', 'the', 'bidang', 'serta']);

const TERMS = new Map<string, string>(Object.entries(PORTFOLIO).flatMap(([concept, terms]) => terms.map((t) => [t, concept] as const)));
const LONGEST_TERM = Math.max(...[...TERMS.keys()].map((t) => t.split(' ').length));

const words = (s: string) => normalizeKey(s).split(' ').filter(Boolean);

/** The portfolio's concepts, longest terms first; undefined when a word is not a known term. */
function concepts(ws: readonly string[]): string[] | undefined {
  const found = new Set<string>();
  let i = 0;
  next: while (i < ws.length) {
    for (let n = Math.min(LONGEST_TERM, ws.length - i); n >= 1; n--) {
      const concept = TERMS.get(ws.slice(i, i + n).join(' '));
      if (concept) {
        found.add(concept);
        i += n;
        continue next;
      }
    }
    if (!JOINERS.has(ws[i]!)) return undefined;
    i++;
  }
  return found.size ? [...found].sort() : undefined;
}

/** "Kementerian X", "Kementerian Koordinator Bidang X"; "Ministry of X", "X Ministry", "Coordinating Ministry for X". */
function ministryOf(name: string): { portfolio: string[]; coordinating: boolean; indonesian: boolean } | undefined {
  const ws = words(name);
  if (ws[0] === 'kementerian') {
    const coordinating = ws[1] === 'koordinator';
    return { portfolio: ws.slice(coordinating ? 2 : 1), coordinating, indonesian: true };
  }
  const coordinating = ws[0] === 'coordinating';
  const rest = coordinating ? ws.slice(1) : ws;
  if (rest[0] === 'ministry' && (rest[1] === 'of' || rest[1] === 'for')) return { portfolio: rest.slice(2), coordinating, indonesian: false };
  if (rest.at(-1) === 'ministry' && rest.length > 1) return { portfolio: rest.slice(0, -1), coordinating, indonesian: false };
  return undefined;
}

/** The canonical keys an actor's name and aliases give it (none for most actors). */
export function canonicalKeys(actor: Pick<Actor, 'kind' | 'name' | 'aliases' | 'country'>): string[] {
  if (actor.kind !== 'organization') return [];
  const keys = new Set<string>();
  for (const name of [actor.name, ...actor.aliases]) {
    const m = ministryOf(name);
    const portfolio = m && concepts(m.portfolio);
    if (!m || !portfolio) continue;
    const country = actor.country?.split('-')[0] ?? (m.indonesian ? 'ID' : undefined);
    if (country) keys.add(`ministry:${country}:${m.coordinating ? 'coordinating:' : ''}${portfolio.join('+')}`);
  }
  return [...keys].sort();
}
