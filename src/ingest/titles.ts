// Gazetteer of titles and roles of public office, with intergovernmental bodies.
// Source: written by us from general knowledge of English-language news usage (role nouns
// of governments, diplomatic services and armed forces; ISO-like short codes of
// intergovernmental bodies as listed in ../../../shared/eval/GUIDELINES.md). No article text.

/** Role nouns: a title phrase must contain one of these. */
export const HEADS = new Set([
  'president', 'vice-president', 'president-elect', 'minister', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'undersecretary', 'under-secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'representative', 'adviser', 'advisor', 'counsellor', 'counselor', 'king', 'queen',
  'prince', 'princess', 'emir', 'amir', 'sultan', 'monarch', 'emperor', 'ruler', 'chairman', 'chairwoman',
  'chairperson', 'head', 'chief', 'commander', 'commander-in-chief', 'director', 'director-general', 'governor',
  'mayor', 'senator', 'congressman', 'congresswoman', 'speaker', 'leader', 'member', 'deputy', 'councilor',
  'councillor', 'consul', 'consul-general', 'diplomat', 'commissioner', 'counterpart', 'homologue', 'official', 'negotiator',
  'attaché', 'attache', 'general', 'admiral', 'marshal', 'colonel', 'ayatollah', 'viceroy', 'chancellor',
  'predecessor', 'successor', 'pm', 'fm', 'eam', 'minister-president', 'taoiseach', 'tánaiste', 'tanaiste', 'lawmaker', 'legislator',
  'mp', 'delegate', 'crown', 'regent', 'justice', 'judge', 'prosecutor', 'attorney-general', 'administrator',
  'coordinator', 'czar', 'tsar', 'sherpa', 'emissary', 'chargé', 'charge', 'aide', 'mediator', 'chair', 'cs', 'amb',
  // the Holy See's: "Pope Francis", "the Apostolic Nuncio, Archbishop X"
  'pope', 'pontiff', 'nuncio', 'archbishop', 'patriarch',
  // a Kazakh region's or city's governor ("the Akim of Almaty"), an Uzbek one's ("hokim")
  'akim', 'hokim',
  // Luxembourg's head of state ("Grand Duke Henri")
  'duke', 'duchess',
  // Bhutan's king ("the Druk Gyalpo")
  'gyalpo',
]);

// a role to be taken up: "Prime Minister-elect", "Foreign Secretary-designate"
for (const h of [...HEADS]) if (!h.includes('-')) for (const suffix of ['-elect', '-designate']) HEADS.add(h + suffix);

/** Words that describe the holder, not the office, at the head of a title: "Eritrea's veteran Foreign Minister X". */
export const DESCRIPTIVE_LEADS = new Set(['veteran', 'long-serving', 'longtime', 'long-time', 'seasoned']);

/** Words that may stand inside a title phrase before or after the head. */
export const MODIFIERS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'home', 'finance', 'financial', 'trade', 'commerce', 'economy',
  'economic', 'energy', 'justice', 'health', 'education', 'agriculture', 'environment', 'climate', 'deputy',
  'first', 'second', 'vice', 'acting', 'interim', 'caretaker', 'former', 'ex', 'then', 'outgoing', 'incoming', 'new', 'newly',
  'sworn-in', 'senior', 'top', 'chief', 'state', 'national', 'security', 'homeland', 'affairs', 'external',
  'international', 'political', 'military', 'diplomatic', 'special', 'presidential', 'assistant', 'principal',
  'executive', 'permanent', 'apostolic', 'regional', 'general', 'crown', 'prime', 'high', 'under', 'lieutenant', 'major',
  'brigadier', 'rear', 'supreme', 'grand', 'royal', 'parliament', 'parliamentary', 'politburo', 'cabinet',
  'ministry', 'policy', 'culture', 'transport', 'labour', 'labor', 'industry', 'development', 'cooperation',
  'planning', 'information', 'communications', 'relations', 'intelligence', 'army', 'navy', 'air', 'force',
  'staff', 'armed', 'forces', 'treasury', 'counterterrorism', 'secretary', 'minister', 'president', 'junior',
  'associate', 'chief', 'defence-', 'consular', 'ambassador-at-large', 'at-large', 'department', 'office',
  'government', 'federal', 'provincial', 'resources', 'natural', 'science', 'technology', 'tourism',
  'immigration', 'legal', 'spokesman', 'spokesperson', 'spokeswoman', 'press', 'communication', 'de', 'facto',
  'prime-minister', 'head', 'designate', 'elect', 'emeritus', 'apparent', 'ranking', 'mission', 'union',
  'multilateral', 'bilateral', 'digital', 'water', 'oil', 'mining', 'fisheries', 'housing', 'youth', 'sports',
  'women', 'family', 'social', 'welfare', 'public', 'works', 'infrastructure', 'investment', 'overseas',
  'european', 'asian', 'african', 'pacific', 'arab', 'gulf', 'middle', 'east', 'eastern', 'western', 'northern',
  'southern', 'south', 'north', 'central', 'asia', 'americas', 'hemisphere', 'homeland', 'counter-terrorism',
  'organization', 'organisation', 'organizations', 'organisations', 'bloc', 'alliance', 'judiciary', 'caretaker',
  'transitional', 'provisional', 'unification', 'reunification', 'migration', 'humanitarian', 'emergency', 'emergencies',
  'reconciliation', 'diaspora', 'maritime', 'aviation', 'budget', 'initiatives', 'reform', 'reforms', 'solidarity',
  'abroad', 'expatriates', 'emigration', 'unity', 'presidents', 'railways', 'railway', 'ports', 'shipping', 'telecommunications', 'francophonie', 'integration', 'mines', 'minerals', 'petroleum',
  'druk', 'hereditary', "d'affaires", 'd’affaires', 'embassy', 'ministers', 'presidency', 'transition', 'extraordinary', 'plenipotentiary', 'diplomacy', 'champion', 'mobility',
  // (descriptions of the holder, read through and left out of the title)
  ...DESCRIPTIVE_LEADS,
]);

/**
 * Titles of honour written between a role and a name, dropped from both: "Professor", Malaysian and
 * Bruneian ones ("Prime Minister Datuk Seri X"; not "Tan", a surname), Omani and Gulf ones ("Sayyid X"), a religious
 * scholar's ("Mawlawi X").
 */
export const TITLES_OF_HONOUR = ['professor', 'prof', 'datuk', 'dato', "dato'", 'datin', 'seri', 'pehin', 'sayyid', 'sayed', 'utama', 'paduka', 'haji', 'samdech', 'moha', 'borvor', 'thipadei', 'mawlawi', 'maulvi', 'maulana', 'mawlana', 'dasho', 'lyonpo', 'lyonchhen', "hon'ble", 'hon’ble'];

/** Honorifics and ranks dropped from the front of a name. */
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'shaikh', 'sheik',
  'comrade', 'his', 'her', 'majesty', 'excellency', 'highness', 'h.e', 'h.h', 'h.m', 'h.r.h', 'rt', 'rt.', 'hon', 'hon.', 'honourable', 'honorable',
  'ayatollah', 'prince', 'princess', 'king', 'queen', 'emir', 'amir', 'sultan', 'general', 'gen', 'gen.', 'maj',
  'maj.', 'lt', 'lt.', 'col', 'col.', 'major', 'lieutenant', 'colonel', 'admiral', 'adm', 'adm.', 'brig', 'brig.',
  'brigadier', 'marshal', 'field', 'imam', 'rev', 'rev.', 'father', 'cardinal', 'archbishop', 'bishop', 'mullah', 'crown', 'president',
  'minister', 'senator', 'sen', 'sen.', 'ambassador', 'premier', 'chancellor', 'secretary', 'governor', 'mayor',
  'speaker', 'deputy', 'envoy', 'chairman', 'commander', 'chief', 'pm', 'fm', 'vice', 'prime', 'foreign',
  'rear', 'captain', 'capt', 'capt.', 'sergeant', 'madam', 'madame', 'monsieur', 'señor', 'senor', 'herr',
  'frau', 'mme', 'mme.', 'mlle', 'capitaine', 'général', 'advocate', 'adv', 'daw', 'lt-gen', 'lt.-gen', 'lieutenant-general', 'maj-gen', 'major-general', 'brig-gen', 'brigadier-general', 'lt-col', 'lieutenant-colonel', 'vice-admiral', 'rear-admiral', 'former', 'acting', 'interim', 'then', 'late', 'shri', 'smt', 'shrimati', 'prof.', 'engr', 'engr.', 'eng', 'eng.',
  ...TITLES_OF_HONOUR,
]);

/** Intergovernmental bodies: phrase → code. */
export const ORGS: Record<string, string> = {
  UN: 'UN', 'U.N.': 'UN', 'United Nations': 'UN', EU: 'EU', 'E.U.': 'EU', 'European Union': 'EU',
  'European Commission': 'EU', 'European Council': 'EU', 'European External Action Service': 'EU', NATO: 'NATO',
  Nato: 'NATO', AU: 'AU', 'African Union': 'AU', ASEAN: 'ASEAN', Asean: 'ASEAN', OSCE: 'OSCE', IAEA: 'IAEA',
  WHO: 'WHO', 'World Health Organization': 'WHO', SCO: 'SCO', 'Shanghai Cooperation Organization': 'SCO',
  'Shanghai Cooperation Organisation': 'SCO', GCC: 'GCC', 'Gulf Cooperation Council': 'GCC', OAS: 'OAS',
  'Organization of American States': 'OAS', 'Arab League': 'ARAB_LEAGUE', 'League of Arab States': 'ARAB_LEAGUE', CSTO: 'CSTO',
  'Collective Security Treaty Organization': 'CSTO', OPEC: 'OPEC', WTO: 'WTO', IMF: 'IMF', 'World Bank': 'WB',
  ICC: 'ICC', OIC: 'OIC', ECOWAS: 'ECOWAS', SADC: 'SADC', APEC: 'APEC', UNESCO: 'UNESCO', UNICEF: 'UNICEF',
  UNHCR: 'UNHCR', UNRWA: 'UNRWA', WFP: 'WFP', CARICOM: 'CARICOM', Caricom: 'CARICOM', Mercosur: 'MERCOSUR',
  'International Atomic Energy Agency': 'IAEA', 'Council of Europe': 'COE', 'Commonwealth': 'COMMONWEALTH',
  'European Parliament': 'EU', 'European Central Bank': 'EU', 'Eurasian Economic Union': 'EAEU', CIS: 'CIS',
  IGAD: 'IGAD', 'Intergovernmental Authority on Development': 'IGAD', BRICS: 'BRICS', 'New Development Bank': 'NDB',
  // bodies' full names beside their short codes above
  'Association of Southeast Asian Nations': 'ASEAN', 'Economic Community of West African States': 'ECOWAS',
  'Southern African Development Community': 'SADC', 'Caribbean Community': 'CARICOM', 'Organisation of Islamic Cooperation': 'OIC',
  'Organization of Islamic Cooperation': 'OIC', 'World Trade Organization': 'WTO', 'International Monetary Fund': 'IMF',
  'North Atlantic Treaty Organization': 'NATO', 'Organization for Security and Co-operation in Europe': 'OSCE',
  'Organization for Security and Cooperation in Europe': 'OSCE', 'International Criminal Court': 'ICC',
};

export function isHead(lower: string): boolean {
  return HEADS.has(lower);
}

export function isTitleWord(lower: string): boolean {
  // (and hyphenated ones: "Vice-Minister", "Deputy-Governor")
  return HEADS.has(lower) || MODIFIERS.has(lower) || (lower.includes('-') && lower.split('-').every((w) => HEADS.has(w) || MODIFIERS.has(w)));
}

/** A hyphenated title word that ends in a role noun, a head of its own: "Vice-Minister", "Deputy-Governor". */
export function isHyphenatedHead(lower: string): boolean {
  return lower.includes('-') && isTitleWord(lower) && HEADS.has(lower.slice(lower.lastIndexOf('-') + 1));
}

const SMALL = new Set(['of', 'for', 'to', 'the', 'and', 'at', 'on', 'in', 'with']);

const TITLE_CACHE = new Map<string, string>();

/** "foreign affairs advisor" → "Foreign Affairs Advisor". Memoised (bounded): titles repeat. */
export function titleCase(words: string[]): string {
  const key = words.join(' ');
  let out = TITLE_CACHE.get(key);
  if (out === undefined) {
    if (TITLE_CACHE.size > 5_000) TITLE_CACHE.clear();
    out = titleCaseRaw(words);
    TITLE_CACHE.set(key, out);
  }
  return out;
}

function titleCaseRaw(words: string[]): string {
  return words
    .map((w, i) =>
      i > 0 && SMALL.has(w.toLowerCase())
        ? w.toLowerCase()
        : w
            .split('-')
            .map((p) => (p === p.toUpperCase() && p.length > 1 ? p : (p[0] ?? '').toUpperCase() + p.slice(1).toLowerCase()))
            .join('-'),
    )
    .join(' ');
}
