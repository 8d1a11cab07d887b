import { describe, expect, it } from 'vitest';
import { formMatches } from '../../src/ingest/aliases.ts';
import { extract, homeOfUrl } from '../../src/ingest/extract.ts';
import type { Article } from '../../src/ingest/types.ts';

const art = (body: string, published: string | null = '2024-03-07'): Article => ({
  id: 't', url: null, title: null, published, source: null, body,
});
const off = (body: string) => extract(art(body)).officials.map((o) => [o.name, o.country ?? o.org]);

describe('officials', () => {
  it.each([
    ['a lower-case "de" after a role opens the surname ("Foreign Secretary de la Fuente"), not a title\'s "de facto"', "Mexico's Foreign Secretary de la Garza spoke with the de facto leader Omar Bashagha.", [['de la Garza', 'MX'], ['Omar Bashagha', null]]],
    ['a portfolio\'s comma never crosses a name ("the Minister of Defence, A B C, Special Emissary of President D"), and words ending in "Dr." are no name ("Minister of Awqaf, Islamic Affairs and Holy Places Dr. X")', "The Minister of Defence, Yao Kone Brou, Special Emissary of President Amani Kablan, met Jordan's Minister of Awqaf, Islamic Affairs and Holy Places Dr. Walid Saleh Haddad.", [['Yao Kone Brou', null], ['Walid Saleh Haddad', 'JO'], ['Amani Kablan', null]]],
    ['not a person: a company named after a lower-case portfolio ("the head of the state nuclear corporation Atomflot, X")', "Russia's President met the head of the state nuclear corporation Atomflot, Sergei Kirov, on Monday. Kirov met Latvian Foreign Minister Ilona Varga.", [['Sergei Kirov', 'RU'], ['Ilona Varga', 'LV']]],
    ['a form of address with no dot before the name ("WHO Representative in Pakistan Dr X") and a portfolio with a comma among capitalised words ("Minister for National Health Services, Regulations and Coordination Y") keep the title', "Pakistan's Federal Minister for National Health Services, Regulations and Coordination Tariq Aziz Mirza met WHO Representative in Pakistan Dr Lena Borg-Adjei on Thursday.", [['Tariq Aziz Mirza', 'PK'], ['Lena Borg-Adjei', 'WHO']]],
    ['an envoy\'s post after "in" ("Hungarian Ambassador in Addis Ababa X", "High Commissioner in Kuala Lumpur Y") is no stop of the title, nor the envoy\'s state', "Hungarian Ambassador in Addis Ababa Kata Szabo-Nemes said ties were strong. Pakistan's High Commissioner in Kuala Lumpur Imran Qadir Butt attended.", [['Imran Qadir Butt', 'PK'], ['Kata Szabo-Nemes', 'HU']]],
    ['an envoy named in apposition after the post ("the ambassador of Brazil in La Paz, X", "the Consul General of France in Barcelona, Mrs. Y", "the chargé d\'affaires of the Brazilian embassy in Lima, Z")', "The ambassador of Brazil in La Paz, Rodrigo Faria Neto, said the deal was off. The Consul General of France in Barcelona, Mrs. Claire Vautrin-Lasalle, took part. The chargé d'affaires of the Chilean embassy in Lima, Tomas Errazuriz Vial, declined to comment.", [['Rodrigo Faria Neto', 'BR'], ['Tomas Errazuriz Vial', 'CL'], ['Claire Vautrin-Lasalle', 'FR']]],
    ['a lower-case portfolio ("undersecretary for ports and waterways, X") and a role in a body of state ("the Secretary-General of the ministry in Vienna, Y") are titles; the Irish "Ó" is part of a name', "Argentina's undersecretary for ports and waterways, Ignacio Ferro Aldao, spoke. The Austrian delegation included the Secretary-General of the ministry in Vienna, Lukas Gruber-Hofer. Ireland's ambassador in Madrid Cathal Ó Briain attended.", [['Ignacio Ferro Aldao', 'AR'], ['Cathal Ó Briain', 'IE'], ['Lukas Gruber-Hofer', 'AT']]],
    ['demonym + title', 'Indian External Affairs Minister Anil Verma arrived in Paris.', [['Anil Verma', 'IN']]],
    ['possessive country', "Kenya's President Samuel Otieno thanked the donors.", [['Samuel Otieno', 'KE']]],
    ['a body ending in "Administration" or "Presidency" before the name ("Head of the … Department of the Presidential Administration X")', 'BAKU - Head of the Foreign Policy Department of the Presidential Administration Rauf Aliyev attended.', [['Rauf Aliyev', 'AZ']]],
    ['a smaller town after a preposition is no person ("travel to El Alto", "the free port of Nueva Palmira")', 'Vice-Minister Claudia Quispe Rojas will travel to El Alto on Thursday for a working meeting with Bolivian Vice-Minister Raul Ticona. The ministers discussed the free port of Nueva Palmira with Uruguayan Foreign Minister Omar Pagani.', [['Claudia Quispe Rojas', null], ['Raul Ticona', 'BO'], ['Omar Pagani', 'UY']]],
    ['a hyphenated title reads as a role, with its portfolio ("Vice-Minister of Coordination X", "Peru\'s Vice-Minister for Border Affairs, Y")', "Peru's Vice-Minister for Border Affairs, Claudia Quispe Rojas, will travel on Thursday for a working meeting with Bolivian Vice-Minister of Coordination Raul Ticona Apaza.", [['Claudia Quispe Rojas', 'PE'], ['Raul Ticona Apaza', 'BO']]],
    ['a hyphenated title ("Vice-Minister X") is no part of the name', 'Parliamentary Vice-Minister for Foreign Affairs of Japan, Kenta Mori, called on Foreign Minister Ruwan Perera in Colombo. Vice-Minister Mori thanked Sri Lanka.', [['Kenta Mori', 'JP'], ['Ruwan Perera', 'LK']]],
    [
      'francophone readout: "M."/"Mme" before the name are no part of it; "…, Regional Cooperation and Burkinabè Abroad" and "…, Head of State of Niger" further along the title give the state; "President of Faso" is Burkina Faso\'s',
      'BAMAKO - The session was chaired by M. Abdoul KONE, Minister of Foreign Affairs of Mali, in the presence of M. Paul OUEDRAOGO, Minister of Foreign Affairs, Regional Cooperation and Burkinabè Abroad, and Mme Awa SANOGO, Minister of Foreign Affairs, Cooperation and Nigeriens Abroad. Capitaine Ibrahim KABORE, President of Faso, received them. Moussa Tiemoko, President of the Council, Head of State of Niger, was absent.',
      [['Abdoul Kone', 'ML'], ['Paul Ouedraogo', 'BF'], ['Awa Sanogo', 'NE'], ['Ibrahim Kabore', 'BF'], ['Moussa Tiemoko', 'NE']],
    ],
    ['an agency in brackets right after a dateline city in capitals is no person ("MOGADISHU (Horn Herald) -")', 'MOGADISHU (Horn Herald) - Somali President Ali Warsame returned home on Sunday.', [['Ali Warsame', 'SO']]],
    ['a Hijri month before its day is no person ("Rabi\' II 30, 1447")', "Riyadh, Rabi' II 30, 1447, SNA -- King Salman Al Saud has received a written message from Emir Tamim Al Thani, Amir of the State of Qatar.", [['Salman Al Saud', 'SA'], ['Tamim Al Thani', 'QA']]],
    ['a place of two words before "province" is no person ("visited Bac Ninh province")', 'Lao Prime Minister Sone Vongsa visited Bac Ninh province on Monday.', [['Sone Vongsa', 'LA']]],
    ['a name before "to" ends the title of what follows ("the visit of President X to Kyoto": Kyoto no person)', 'The two ministers welcomed the visit of President Kim Dae-sung to Kyoto last month.', [['Kim Dae-sung', null]]],
    ['a list in apposition to a plural role ("The presidents of the three countries, X, Y and Z,")', 'The presidents of the three countries, Kassym Tokayev, Sadyr Japar and Shavkat Mirzo, are expected to sign the agreement in the summer.', [['Kassym Tokayev', null], ['Sadyr Japar', null], ['Shavkat Mirzo', null]]],
    ['a list after "the presidents of Djibouti and Somalia,"', 'The ceremony was attended by the presidents of Djibouti and Somalia, Omar Gelleh and Hassan Mohamud.', [['Omar Gelleh', 'DJ'], ['Hassan Mohamud', 'SO']]],
    ['a list after "Their counterparts,"', 'Their counterparts, Penny Wang and Richard Marl, signed a statement.', [['Penny Wang', null], ['Richard Marl', null]]],
    ['a street named after a person is no person ("on J. Tumo-Vaižganto street")', "Lithuanian Foreign Minister Rokas Bielskis hosted Latvia's Anna Braze at the ministry on J. Tumo-Vaižganto street on Wednesday.", [['Rokas Bielskis', 'LT'], ['Anna Braze', 'LV']]],
    [
      'a stop told with "where" after its day ("in Baku on Sunday, where he met President Y"), of a body\'s traveller, and "later called on Z": each host is of the stop\'s state',
      'YEREVAN, March 19 - NATO Secretary General Jens Berg was due to hold talks with Armenian Prime Minister Aram Petrosyan in Yerevan on Tuesday, the last stop of a tour of the region. Berg began the trip in Baku on Sunday, where he met President Elchin Mammadov. On Monday Berg was in Tbilisi, where he held talks with Prime Minister Irakli Gelashvili and later called on President Nino Beridze.',
      [['Jens Berg', 'NATO'], ['Aram Petrosyan', 'AM'], ['Elchin Mammadov', 'AZ'], ['Irakli Gelashvili', 'GE'], ['Nino Beridze', 'GE']],
    ],
    ['"his Guinean counterpart, the General X": the rank has no state, the counterpart\'s is X\'s', 'The Senegalese President has spoken by telephone on Tuesday evening with his Guinean counterpart, the General Mamadou Camara, to whom he renewed the will of Senegal to cooperate.', [['Mamadou Camara', 'GN']]],
    ['"Shia" inside a name before an "Al-" surname, after a title naming the state ("Prime Minister of the Republic of Iraq Mohammed Shia Al-Hakim")', 'President Omar Farouk received a phone call from Prime Minister of the Republic of Iraq Mohammed Shia Al-Hakim on Monday.', [['Mohammed Shia Al-Hakim', 'IQ'], ['Omar Farouk', null]]],
    ['a unit of a ministry before its head\'s name ("Senior Secretary of the Power Division Nasrin Akter X")', 'Bangladeshi Foreign Minister Karim Hossain met Indian Power Minister Ravi Rao in Dhaka. Senior Secretary of the Power Division Nasrin Akter Chowdhury joined the meeting.', [['Nasrin Akter Chowdhury', 'BD'], ['Karim Hossain', 'BD'], ['Ravi Rao', 'IN']]],
    ['"Said" is a given name after a role or a title in apposition ("Ambassador Said Nasser", "…, Said Al-Rawahi")', 'Omani Ambassador Said Nasser met Iraqi Foreign Minister Karim Saleh. The Ambassador of Oman in Cairo, Said Al-Rawahi, joined them.', [['Said Nasser', 'OM'], ['Karim Saleh', 'IQ'], ['Said Al-Rawahi', 'OM']]],
    ['"M." as an initial before another stays in the name', 'Chief Minister M. K. Velan met Indian Prime Minister M. Ravi Kumar in Chennai.', [['M. K. Velan', null], ['Ravi Kumar', 'IN']]],
    ['seat of government', 'Kremlin spokesman Ivan Petrenko declined to comment.', [['Ivan Petrenko', 'RU']]],
    ['intergovernmental body', 'UN Secretary-General Maria Lindqvist called for calm.', [['Maria Lindqvist', 'UN']]],
    ['title in an appositive', 'Karl Brandt, the German ambassador to Chile, was recalled.', [['Karl Brandt', 'DE']]],
    ['possessor person', "Brazilian President Paulo Ramos's foreign policy adviser, Ana Costa, flew home.", [['Paulo Ramos', 'BR'], ['Ana Costa', 'BR']]],
    ['counterpart with demonym', 'He met his Indian counterpart, Ravi Kapoor, on Monday.', [['Ravi Kapoor', 'IN']]],
    ['a portfolio of two words joined by "and"', 'Omani Minister of Energy and Minerals Salim Al Harthi met Saudi Energy Minister Faisal Al Otaibi in Riyadh.', [['Salim Al Harthi', 'OM'], ['Faisal Al Otaibi', 'SA']]],
    ['"Minister of Mines and Geology X": no person "Mines"', 'Malian Minister of Mines and Geology Awa Traore Keita met Russian Foreign Minister Ivan Petrov in Moscow.', [['Awa Traore Keita', 'ML'], ['Ivan Petrov', 'RU']]],
    ['a lone word after "of the" or "for the" is no name ("the Union for the Mediterranean")', 'Jordanian Foreign Minister Omar Haddad met the Secretary General of the Union for the Mediterranean, Nasser Kamel, and the Speaker of the Seimas, Ruta Vaitkus.', [['Omar Haddad', 'JO'], ['Nasser Kamel', null], ['Ruta Vaitkus', null]]],
    ['the end of a quoted name is an event\'s (the quoted \"Friendship Year\")', 'Chinese official Li Wen arrived in Pyongyang to open the "DPRK-China Friendship Year" with Korean Premier Pak Sung.', [['Li Wen', 'CN'], ['Pak Sung', 'KP']]],
    ['"Tánaiste" is Ireland\'s title, not a name', 'Tánaiste Sean Walsh met French Foreign Minister Paul Girard in Paris. The Tánaiste later flew home.', [['Sean Walsh', 'IE'], ['Paul Girard', 'FR']]],
    ['a people in the plural is no name ("Sri Lankans")', 'Omani Foreign Minister Salim Al Harthi met Sri Lankans working in Muscat.', [['Salim Al Harthi', 'OM']]],
    ['a portfolio after "Secretary of State for" is no name', 'Chilean Foreign Minister Ana Rojas met Spanish Secretary of State for Ibero-America and the Caribbean Marta Gil in Santiago.', [['Ana Rojas', 'CL'], ['Marta Gil', 'ES']]],
    ['a portfolio list: "Minister Delegate for Francophonie and International Partnerships X"', 'French Minister Delegate for Francophonie and International Partnerships Paul Girard met Russian Foreign Minister Ivan Petrov.', [['Paul Girard', 'FR'], ['Ivan Petrov', 'RU']]],
    ['after a comma, the name in apposition keeps its first word', 'The chairperson of the African Union Commission, Moussa Ali Fadul, met Ethiopian Prime Minister Abel Tesfaye.', [['Moussa Ali Fadul', 'AU'], ['Abel Tesfaye', 'ET']]],
    ['"Md." is a given name written short', 'Bangladeshi State Minister for Foreign Affairs Md. Karim Hossain met Thai Ambassador Suda Chaiyo in Dhaka.', [['Md. Karim Hossain', 'BD'], ['Suda Chaiyo', 'TH']]],
    ['"Engr." is a form of address and ends no sentence', 'Pakistani Foreign Minister Ali Raza received the Vice Minister of Foreign Affairs of Saudi Arabia, Engr. Fahd Al-Qasimi, in Islamabad.', [['Ali Raza', 'PK'], ['Fahd Al-Qasimi', 'SA']]],
    ['"the Council of Ministers", "Chief Mediator", "Presidency Spokesman": all title', 'President of the Council of Ministers Carla Bruni Rossi met Chief Mediator Peter Otieno and Egyptian Presidency Spokesman Omar Saleh.', [['Carla Bruni Rossi', null], ['Peter Otieno', null], ['Omar Saleh', 'EG']]],
    ['no people: companies, military units, sessions, buildings', 'South Korean Defence Minister Kim Ho-jin visited Hanwha Aerospace and the 12th Panzer Brigade before the Ordinary Session at the Tambo Building.', [['Kim Ho-jin', 'KR']]],
    ['"Chancellor X" in a story naming Germany (an office only a few states have)', 'Israeli Foreign Minister Gideon Levy met German Foreign Minister Anna Keller in Berlin on Monday. Speaking after their meeting, Levy thanked Germany for its friendship but said Jerusalem was disappointed by Chancellor Hans Weber\'s decision to suspend arms exports.', [['Gideon Levy', 'IL'], ['Anna Keller', 'DE'], ['Hans Weber', 'DE']]],
    ['a surname in capitals before the given name, after a form of address or a role', 'Mr. MORITA Kenji, Minister for Foreign Affairs of Japan, met Uzbek Foreign Minister Bakhtiyor Karimov. Prime Minister SATO Haruto received him later.', [['Morita Kenji', 'JP'], ['Bakhtiyor Karimov', 'UZ'], ['Sato Haruto', null]]],
    ['a building\'s name before the person ("in the Apostolic Palace X"); the Holy See\'s prelates and pope', 'Pope Clement this morning received in the Apostolic Palace Jean-Baptiste Mavungu Lelo, President of the Republic of the Congo. A meeting between the President and Cardinal Marco Bellini, Secretary of State, followed.', [['Jean-Baptiste Mavungu Lelo', 'CG'], ['Marco Bellini', 'VA'], ['Clement', 'VA']]],
    ['"conveyed the greetings of X": the sender is of the envoy\'s state', 'Chinese Special Envoy Liu Bo met Kenyan Foreign Minister Paul Mwangi in Nairobi on Monday. Liu conveyed the greetings of Premier Zhao Lei to the Kenyan people.', [['Liu Bo', 'CN'], ['Paul Mwangi', 'KE'], ['Zhao Lei', 'CN']]],
    ['"was received at the Palace by President X": the host, of the state the story is set in', 'LIMA, March 4 - Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart, Jorge Vega, on Monday. In the afternoon, the head of Chilean diplomacy was received at the Government Palace by President Luis Soto, to whom she delivered a letter.', [['Ana Ruiz', 'CL'], ['Jorge Vega', 'PE'], ['Luis Soto', 'PE']]],
    ['"his country\'s ambassador in Quito, X": of the state of the one "his" refers to (a description too)', 'Uruguayan Foreign Minister Omar Reyes met Ecuadorian Foreign Minister Ana Vela in Quito on Wednesday. The Uruguayan chancellor was accompanied by his country\'s ambassador in Quito, Carolina Ruiz.', [['Omar Reyes', 'UY'], ['Ana Vela', 'EC'], ['Carolina Ruiz', 'UY']]],
    ['"the Deputy Chairperson of the Commission": of the one body with a commission the story names', 'ADDIS ABABA, March 19 - The Chairperson of the African Union Commission, Mahmoud Youssouf, received Kenyan Foreign Minister Paul Mwangi at the AU headquarters on Wednesday. The Deputy Chairperson of the Commission, Selma Haddad, also attended the meeting.', [['Mahmoud Youssouf', 'AU'], ['Paul Mwangi', 'KE'], ['Selma Haddad', 'AU']]],
    ['"X met … with Y, who is on an official visit to the Czech Republic": X is of the state visited', 'Minister of Foreign Affairs Jan Novak met on Wednesday at Czernin Palace with the Minister of Foreign Affairs of Mongolia, Batbold Saran, who is on an official visit to the Czech Republic. Minister Novak said Mongolia, between Russia and China, was a partner.', [['Jan Novak', 'CZ'], ['Batbold Saran', 'MN']]],
    ['a weak guess that puts the one met on the side of the one who met them is the other state the story names most', "KATHMANDU, July 23 - Nepal's ambassador in Dhaka, Ram Thapa, had completed the arrangements, the ministry said. A ministry official said the decision was taken after consultations with the Bangladesh Embassy in Kathmandu. Bangladeshi Ambassador Tareq Rahman met Joint Secretary Sunil Adhikari, head of the South Asia Division, on Tuesday to convey Dhaka's position, according to the official.", [['Ram Thapa', 'NP'], ['Tareq Rahman', 'BD'], ['Sunil Adhikari', 'NP']]],
    ['a byline in brackets ("[Paper = Reporter X]") names no official; "Korea" alone is the Republic of Korea', '[Daehan Ilbo = Reporter Park Ji-won] Foreign Minister Lee Jun-ho yesterday held talks in Seoul with Vivian Tan, Minister for Foreign Affairs of Singapore, who is visiting Korea.', [['Lee Jun-ho', 'KR'], ['Vivian Tan', 'SG']]],
    ['"X, also known as Y, …": another name of X, no other person', 'Malaysian Foreign Minister Mohamad Hasan, also known as Tok Mat, and Chinese Foreign Minister Wang Yi have spoken by telephone.', [['Mohamad Hasan', 'MY'], ['Wang Yi', 'CN']]],
    ['a surname in capitals after the given names, as francophone ministries write them', 'The Minister of External Relations of Gabon, His Excellency Hervé Patrick NDONG NZIGOU, met Mr Jean-Marc LE GOFF, the French ambassador. Minister NDONG NZIGOU thanked the Lao PDR delegation.', [['Hervé Patrick Ndong Nzigou', 'GA'], ['Jean-Marc Le Goff', 'FR']]],
    ['capitals that are no surname: an agency, a business role, a body', 'CEO Jamie Smith and BERNAMA Wires reported that IRGC Commander Ali Rezaei met Minister Ahmad Karimi.', [['Ali Rezaei', 'IRGC'], ['Ahmad Karimi', null]]],
    ['"the summit host, President X": of the state where the summit is, here the dateline\'s', 'JOHANNESBURG, Nov 23 (Reuters) - Canadian Prime Minister Mark Reid held talks with Indian Prime Minister Anil Verma on Saturday. On Sunday, Reid had a brief meeting with the summit host, President Sipho Dlamini, who thanked Canada for its support.', [['Mark Reid', 'CA'], ['Anil Verma', 'IN'], ['Sipho Dlamini', 'ZA']]],
    ['"will undertake a working visit to the Kingdom of X": not of the state visited, named long', 'The Minister of International Relations, Mr Sipho Nkosi, will undertake a working visit to the Kingdom of Lesotho on Thursday at the invitation of his counterpart, the Minister of Foreign Affairs of Lesotho, Mr Thabo Mokoena.', [['Sipho Nkosi', null], ['Thabo Mokoena', 'LS']]],
    ['patronymics and "binti" inside names; "Sto." inside a surname', 'Azerbaijani Ambassador Elchin Rashid oglu Mammadov met Malaysian Ambassador Norazizah binti Mohd Ali and ASEAN Assistant Secretary Maria Luisa Sto. Tomas-Reyes in Manila.', [['Elchin Rashid oglu Mammadov', 'AZ'], ['Norazizah binti Mohd Ali', 'MY'], ['Maria Luisa Sto. Tomas-Reyes', 'ASEAN']]],
    ['titles of honour of Malaysia, Brunei and Cambodia, and more title words ("Extraordinary", "Human Mobility", "of the Transition", "CS", "Amb.")', "Malaysia's Dato' Seri Utama Haji Omar bin Haji Ali met Cambodian Prime Minister Samdech Moha Borvor Thipadei Sok Chea, Ecuador's Vice Minister of Foreign Affairs and Human Mobility Ana Vela, the Head of State of the Transition Captain Paul Ouedraogo of Burkina Faso, Kenya's Prime Cabinet Secretary and Foreign Affairs CS John Mwangi and Armenian Ambassador Extraordinary and Plenipotentiary Aram Petrosyan.", [['Omar bin Haji Ali', 'MY'], ['Sok Chea', 'KH'], ['Ana Vela', 'EC'], ['Paul Ouedraogo', 'BF'], ['John Mwangi', 'KE'], ['Aram Petrosyan', 'AM']]],
    ['a given name spelt like a month after a form of address ("…, Mr January Makena,")', "The talks were attended by the Minister for Foreign Affairs of Tanzania, Mr January Makena, and Malawi's Minister of Foreign Affairs, Ms Nancy Phiri.", [['January Makena', 'TZ'], ['Nancy Phiri', 'MW']]],
    ['a given name spelt like a month, after a role or in apposition to one', 'Tanzanian Foreign Minister January Makena met Mozambican Foreign Minister Ana Macuacua on January 12. The meeting was attended by the Minister for East African Cooperation of Kenya, April Wanjiku.', [['January Makena', 'TZ'], ['Ana Macuacua', 'MZ'], ['April Wanjiku', 'KE']]],
    ['a foreign ministry by its building\'s name: "Itamaraty\'s secretary for Latin America"', "Bolivian Foreign Minister Ana Sosa met Ambassador Gisela Pereira, Itamaraty's secretary for Latin America, in Brasilia.", [['Ana Sosa', 'BO'], ['Gisela Pereira', 'BR']]],
    ['"FO Spokesperson" and an opening "PRIME Minister" are no bodies', 'PRIME Minister Sitiveni Naqara of Fiji met Pakistani Foreign Minister Ali Raza. FO Spokesperson Amna Karim said the talks went well.', [['Sitiveni Naqara', 'FJ'], ['Ali Raza', 'PK'], ['Amna Karim', null]]],
    ['not an official: no role', 'Novelist Jane Austen Smith wrote about the summit in a column.', []],
    ['not people: a storm, and a portfolio word ("Hurricane Milton", "the Director of Ceremonial of the State, X")', 'The visit was postponed because of Hurricane Milton. A team headed by the Director of Ceremonial of the State, Liz Caceres, will travel to Montevideo next Tuesday.', [['Liz Caceres', null]]],
    ['a board is no person ("the Deputy Chief Executive of the Ghana Cocoa Board, X")', 'The delegation included the Deputy Chief Executive of the Ghana Cocoa Board, Kofi Mensah, who met Ivorian Minister Kobenan Adjoumani.', [['Kofi Mensah', 'GH'], ['Kobenan Adjoumani', 'CI']]],
    ['a dateline of two cities of one state ("ISLAMABAD / LAHORE:") still gives its state; "the X family\'s Jati Umra residence" is no person', "ISLAMABAD / LAHORE: A Chinese delegation led by Liu Wei called on Prime Minister Shehbaz Khan at the PM House on Wednesday. On Tuesday, the delegation was hosted at the Khan family's Jati Umra residence in Raiwind by former prime minister Nawaz Khan.", [['Liu Wei', 'CN'], ['Shehbaz Khan', 'PK'], ['Nawaz Khan', 'PK']]],
    ['"The foreign ministers of A, B and C agreed … . … X, Y and Z reaffirmed …": each of the state at its place', 'Lisbon, 27 Mar 2025 (LN) - The foreign ministers of Portugal, Spain and Morocco agreed on Tuesday, in a videoconference, to create a task force for the World Cup.\n\nAccording to a note sent to LN, Paulo Rangel, Jose Albares and Nasser Bourita reaffirmed their commitment.', [['Paulo Rangel', 'PT'], ['Jose Albares', 'ES'], ['Nasser Bourita', 'MA']]],
    ['"Chancellor Karl X of Austria and President of the European Commission Y": the second title starts after "and"', 'Egyptian President Adel Samir received Cypriot President Nikos Christou in Cairo on March 17 together with Federal Chancellor Karl Nehmer of Austria and President of the European Commission Ursula von der Leyen for the signing.', [['Ursula von der Leyen', 'EU'], ['Adel Samir', 'EG'], ['Nikos Christou', 'CY'], ['Karl Nehmer', 'AT']]],
    ['not a person: a reef or shoal', 'Chinese Vice Minister Zhao Lin urged Manila to stop its patrols near Coral Shoal and Amber Reef.', [['Zhao Lin', 'CN']]],
    ['a tour\'s stop is not one\'s state ("has wrapped up a three-country tour in Vanuatu")', 'Foreign Minister Jane Reid has wrapped up a three-country tour in Vanuatu.', [['Jane Reid', null]]],
    ['"Neither X nor Y" names no "Neither X"; "Eritrea\'s veteran Foreign Minister Y" is of Eritrea, titled "Foreign Minister"', 'Ethiopia\'s Foreign Minister Alemu Bekele thanked Eritrea\'s veteran Foreign Minister Tesfay Haile. Neither Alemu nor Tesfay spoke to journalists. The Ethiopian minister, accompanied by Tesfay, went on to Massawa.', [['Alemu Bekele', 'ET'], ['Tesfay Haile', 'ER']]],
    ['not people: "Côte" of "Ambassador to Côte d\'Ivoire" (straight apostrophe), a city after "the President to", "Heads" of "Authority of Heads of State"', "Ghana's Ambassador to Côte d'Ivoire, Madam Ama Mensah, joined the talks. The final leg took the President to Cotonou for talks with President Yaw Boateng of Benin. Kofi Addo, Chairman of the ECOWAS Authority of Heads of State, thanked him.", [['Ama Mensah', 'GH'], ['Yaw Boateng', 'BJ'], ['Kofi Addo', 'ECOWAS']]],
    ['a state named for its part after "in" is what is talked about, a weak vote ("the security situation in eastern Democratic Republic of Congo")', 'DAR ES SALAAM, March 3 — President Amani Mollel received a message from Burundian President Evariste Ndayishimiye. A statement issued by the Director of Presidential Communications, Ms Rehema Salim, said the message concerned the railway and the security situation in eastern Democratic Republic of Congo.', [['Amani Mollel', 'TZ'], ['Evariste Ndayishimiye', 'BI'], ['Rehema Salim', 'TZ']]],
    ['an agency in brackets after a dateline\'s date is no person ("BRUSSELS, July 16 (Eurasia Wire) -"); "X, foreign policy adviser to Y" is of Y\'s state', 'BRUSSELS, July 16 (Eurasia Wire) - Azerbaijani President Ilham Rzayev met Armenian Prime Minister Aram Petrosyan in Brussels on Saturday. Hikmet Karimli, foreign policy adviser to Rzayev, wrote on social media that the route was open.', [['Ilham Rzayev', 'AZ'], ['Aram Petrosyan', 'AM'], ['Hikmet Karimli', 'AZ']]],
    ['not people: the words of a body\'s name ("President of the Committee for the Transition and the Restoration of Institutions, General X")', 'General Brice Nzé, President of the Committee for the Transition and the Restoration of Institutions, met Cameroonian President Jean Essomba.', [['Brice Nzé', null], ['Jean Essomba', 'CM']]],
    ['a portfolio with a word that is no name ("Minister of Civil Service Hun Sokha") before the name', 'Cambodian Deputy Prime Minister and Minister of Civil Service Hun Sokha attended the meeting with Lao Deputy Prime Minister Khamphao Vong.', [['Hun Sokha', 'KH'], ['Khamphao Vong', 'LA']]],
    ['not a person: "St Vincent" of "St Vincent and the Grenadines"', 'Barbados, Belize, Dominica and St Vincent and the Grenadines agreed, said Barbados Prime Minister Mia Mottley. Later in the afternoon, he had a meeting with Trinidad and Tobago Prime Minister Keith Rowley.', [['Mia Mottley', 'BB'], ['Keith Rowley', 'TT']]],
    ['"the League of Arab States" is the Arab League', 'The Secretary General of the League of Arab States, Karim Salem, met Mauritanian President Sidi Ould Ahmed.', [['Sidi Ould Ahmed', 'MR'], ['Karim Salem', 'ARAB_LEAGUE']]],
    ['not people: "the East ASEAN Growth Area", a portfolio\'s number ("Minister of Foreign Affairs II")', 'Bruneian Foreign Minister Erywan Yusof and the Minister of Foreign Affairs II also attended the meeting of the East ASEAN Growth Area with Malaysian Deputy Minister Lim Hui Ying.', [['Lim Hui Ying', 'MY'], ['Erywan Yusof', 'BN']]],
    ['not people: things with proper names ("Abraham Accords", "Credential Letters") and words opening a sentence ("Both", "What")', 'Chinese Vice Minister Zhao Lin met Angolan Foreign Minister Ana Neto, and Both Ambassadors met Abraham Accords partners. Credential Letters were handed over. What Beryl showed us, Zhao Lin said.', [['Zhao Lin', 'CN'], ['Ana Neto', 'AO']]],
    ['"the Chamber of the Oliy Majlis, Speaker X": a body before another\'s title and name, no person; "Turku Castle" neither', 'On the same day, in the Legislative Chamber of the Oliy Majlis, Uzbek Speaker Nuriddin Karimov received the delegation of the Parliament of Kazakhstan headed by Deputy Chairman Yerlan Sadykov. The presidents of Estonia and Latvia came to Turku Castle on Thursday for talks with Finnish President Alexander Virtanen.', [['Nuriddin Karimov', 'UZ'], ['Yerlan Sadykov', 'KZ'], ['Alexander Virtanen', 'FI']]],
    ['a word naming two states ("the China-Pakistan Economic Corridor") is neither one\'s vote', "ISLAMABAD, Oct 2 (APP): Ambassador of the People's Republic of China Zhang Wei called on Prime Minister Tariq Khan here at the PM House on Wednesday and discussed progress on the second phase of the China-Pakistan Economic Corridor (CPEC) as well as the security of Chinese nationals working on projects in the country.", [['Zhang Wei', 'CN'], ['Tariq Khan', 'PK']]],
    ['"his deputy" shares the possessor\'s state', 'Spanish Foreign Minister Pablo Gil and his deputy Marta Ruiz arrived in Lima.', [['Pablo Gil', 'ES'], ['Marta Ruiz', 'ES']]],
    ['a conjunction opening the sentence is no part of the name ("When X accepted …")', 'When Staffan de Rossi, the Swiss envoy, took up his post, he said he would listen first. Chilean Foreign Minister Ana Rojas met de Rossi in Lima.', [['Staffan de Rossi', 'CH'], ['Ana Rojas', 'CL']]],
    ['a conjunction after an opening quote is no name ("\\"If Geneva yields …\\"")', 'Chilean Foreign Minister Ana Rojas flew to Lima. "Small things count," said an analyst. "If Geneva yields two crossings, that would be a success."', [['Ana Rojas', 'CL']]],
    ['"Eng." is a form of address ("Deputy Minister Eng. X")', 'The message was received by Deputy Minister of Foreign Affairs Eng. Omar Khalid, the Saudi official said.', [['Omar Khalid', 'SA']]],
    ['a word of a chain of bodies after a role is the title\'s, not the name\'s ("the Commissioner of the European Union for the Mediterranean X Y")', 'The Commissioner of the European Union for the Mediterranean Dora Vasic met Chilean Foreign Minister Ana Rojas in Lima.', [['Dora Vasic', 'EU'], ['Ana Rojas', 'CL']]],
    ['"the Akim of Almaty X Y": a Kazakh governor, the city no part of the name', 'Chinese Vice President Li Wen will meet the Akim of Almaty Serik Abenov on Thursday.', [['Li Wen', 'CN'], ['Serik Abenov', null]]],
    ['Bhutan\'s "Dasho" and "Lyonpo" are forms of address, and "the Druk Gyalpo" is its king', 'His Majesty The Druk Gyalpo Karma Dorji Wangdi received Prime Minister Dasho Pema Tshering and Lyonpo Sonam Dhendup in Thimphu.', [['Karma Dorji Wangdi', 'BT'], ['Pema Tshering', null], ['Sonam Dhendup', 'BT']]],
    ['initials written as one token open a name ("Foreign Minister N.P. Rana"); "He was accompanied by" gives the companion the state of the sentence before\'s subject', 'Nepalese Prime Minister Ram Dahal arrived in New Delhi. He was accompanied by Foreign Minister N.P. Rana. Later, Rana met Indian External Affairs Minister S. Mehta.', [['Ram Dahal', 'NP'], ['N.P. Rana', 'NP'], ['S. Mehta', 'IN']]],
    ['"Grand Duke" is a title, and a body\'s full name with its short form in brackets gives the body ("the Executive Secretary of the Intergovernmental Authority on Development (IGAD), X")', 'Grand Duke Luc received Kenyan Foreign Minister Ann Wanjiru. The Executive Secretary of the Intergovernmental Authority on Development (IGAD), Abel Tesfaye, attended.', [['Ann Wanjiru', 'KE'], ['Abel Tesfaye', 'IGAD'], ['Luc', 'LU']]],
    ['"X, 54, has been Indonesia\'s ambassador to Malaysia" opening a sentence gives X that title and state', 'Rizal Hartono, 54, has been Indonesia\'s ambassador to Malaysia since October. He spoke to us at the embassy.', [['Rizal Hartono', 'ID']]],
    ['"Amir" in apposition to a title opens a name ("the acting foreign minister, Amir Khan X"); a delta and a portfolio\'s "Healthcare" are no names', 'Pakistani Foreign Minister Ishaq Rana held talks with the acting foreign minister, Amir Khan Wardak, about children in the Mekong Delta. The Minister of Healthcare later spoke to reporters.', [['Amir Khan Wardak', null], ['Ishaq Rana', 'PK']]],
    ['"Rt. Hon." is a form of address that ends no sentence, and initials after "Mr." open the name ("Rt. Hon. Prime Minister Mr. K.P. X")', 'Nepalese officials prepared the visit of Rt. Hon. Prime Minister Mr. K.P. Sharma Oli to Beijing.', [['K.P. Sharma Oli', 'NP']]],
    ['a text cut off after a place and a capitalised fragment ("…, Saudi Am") reads without error', 'Crown Prince Khalid bin Omar met Prince Nasser bin Fahd bin Saad, Saudi Am', [['Nasser bin Fahd bin Saad', 'SA'], ['Khalid bin Omar', 'SA']]],
    ['"BiH" is Bosnia and Herzegovina', 'The meeting was attended by the Ambassador of Montenegro to BiH, Dragan Vukic, and by the Chair of the Council of Ministers of BiH Borka Krsto.', [['Dragan Vukic', 'ME'], ['Borka Krsto', 'BA']]],
    ['a father\'s name inside a son\'s is another person ("King Salman bin Abdulaziz" beside "Prince Mohammed bin Salman bin Abdulaziz")', 'Crown Prince Khalid bin Salman bin Abdulaziz Al Rashid received a call. Separately, King Salman bin Abdulaziz Al Rashid sent a cable to Chilean President Ana Rojas.', [['Khalid bin Salman bin Abdulaziz Al Rashid', null], ['Salman bin Abdulaziz Al Rashid', null], ['Ana Rojas', 'CL']]],
    ['words of a portfolio before more of it are no person ("the Minister of the Popular Power for Foreign Relations")', 'Caracas. The Minister of the Popular Power for Foreign Relations of Venezuela, Yván Ortiz, received Chilean Foreign Minister Ana Rojas.', [['Yván Ortiz', 'VE'], ['Ana Rojas', 'CL']]],
    ['a question\'s opening auxiliary is no given name ("Could Netanyahu and … meet soon?" names no "Could Netanyahu")', 'Could Tomer Avrahami and Foreign Minister Saeed Al Marri meet soon? Diplomats doubt it.', [['Saeed Al Marri', null]]],
    ['a building or square named in Spanish is no person ("Casa Presidencial", "Plaza Independencia")', 'Chilean President Ana Rojas received Peruvian President Jorge Paz at Casa Presidencial after a ceremony on Plaza Independencia.', [['Ana Rojas', 'CL'], ['Jorge Paz', 'PE']]],
    ['bodies\' own words are no names ("Director General of Guinean Customs", "the Binational Entity", "Minister of Humanitarian Action")', 'Chilean Foreign Minister Ana Rojas met the Director General of Guinean Customs and the head of the Itaipu Binational Entity. She later met the Minister of Humanitarian Action, Vera Bako.', [['Ana Rojas', 'CL'], ['Vera Bako', 'GN']]],
    ['Myanmar\'s "U" and "Daw" and a hyphenated rank are no part of the name ("U Than Swe", "Lt-Gen X"); "U Thant" keeps it', 'Myanmar Foreign Minister U Than Aung met Thai Foreign Minister Maris Sangiam. Union Minister for Border Affairs Lt-Gen Tun Kyaw Naung and Daw Khin Mya were present. UN Secretary-General U Thant was recalled.', [['Tun Kyaw Naung', null], ['Than Aung', 'MM'], ['Maris Sangiam', 'TH'], ['Khin Mya', null], ['U Thant', 'UN']]],
    ['"X is Malawi\'s Minister of Foreign Affairs." opening a sentence gives X that title and state; "X is expected to …" none', 'Rosa Banda is Malawi\'s Minister of Foreign Affairs. Ana Rojas is expected to visit Lima next week.', [['Rosa Banda', 'MW']]],
    ['the office held "as" gives a title ("with X as prime minister"), and a place as surname beside it; a region gone to does not ("his first trip to Latin America as head of government")', 'It will be the first summit with Luís Montenegro as prime minister. Ishiba is making his first trip to Latin America as head of government.', [['Luís Montenegro', null]]],
    ['a given name that is a state\'s name in another language is no place ("Dominique", French for Dominica)', 'Austrian Foreign Minister Anna Berger hosted Liechtenstein\'s Dominique Frick in Vienna.', [['Anna Berger', 'AT'], ['Dominique Frick', 'LI']]],
    ['a given name that is also a title', 'Defence Minister Amir Karimi said the drills would go ahead in Iraq.', [['Amir Karimi', 'IQ']]],
    ['a given name that is also a title, before two name words', 'Afghan Foreign Minister Amir Khan Rahimi met Qatari officials in Doha.', [['Amir Khan Rahimi', 'AF']]],
    ['a given name that is also a state, after a role', 'Israeli Defence Minister Israel Stern met Chilean Foreign Minister Ana Rojas in Lima.', [['Israel Stern', 'IL'], ['Ana Rojas', 'CL']]],
    ['a given name that is also a seat of government, after a form of address ("Advocate")', 'The President of Botswana, His Excellency Advocate Duma Tebogo Kgosi, met Chilean Foreign Minister Ana Rojas in Lima.', [['Duma Tebogo Kgosi', 'BW'], ['Ana Rojas', 'CL']]],
    ['a demonym after a title stays the state\'s, not a given name', 'Meanwhile, the chancellor Bolivian Celinda Rocha was received in Lima by Peruvian Foreign Minister Ana Rojas.', [['Celinda Rocha', 'BO'], ['Ana Rojas', 'PE']]],
    ['a given name that is also a state, after "Mr"', 'Mr Jordan Pettit, the Australian foreign minister, met Chilean Foreign Minister Ana Rojas in Lima.', [['Jordan Pettit', 'AU'], ['Ana Rojas', 'CL']]],
    ['a given name that is also a city, after a role', 'Lithuanian President Sofia Vaitkus spoke by phone with Dutch Prime Minister Pieter Smit.', [['Sofia Vaitkus', 'LT'], ['Pieter Smit', 'NL']]],
    ['a surname that is also a state, after a role and a given name', 'Portuguese Prime Minister Luis Carvalho met Paraguayan President Santiago Montenegro in Lisbon.', [['Luis Carvalho', 'PT'], ['Santiago Montenegro', 'PY']]],
    ['a surname that is also a state, before an appositive role', 'Santiago Montenegro, the Paraguayan foreign minister, met Chilean President Ana Rojas in Lima.', [['Santiago Montenegro', 'PY'], ['Ana Rojas', 'CL']]],
    ['a surname that is also a demonym, after a role and a given name', 'Kenyan President Daniel Kiptoo received Turkish Ambassador Emre Turkmen on Monday.', [['Daniel Kiptoo', 'KE'], ['Emre Turkmen', 'TR']]],
    ['a given name spelt like a stop word, after a role', 'Austrian Chancellor Christian Huber met Swiss President Anna Keller in Bern.', [['Christian Huber', 'AT'], ['Anna Keller', 'CH']]],
    ['a given name that is also a state, after a lower-case role noun', 'French opposition leader Jordan Marchal met Italian Prime Minister Carla Conti in Rome.', [['Jordan Marchal', 'FR'], ['Carla Conti', 'IT']]],
    ['a last name that is also an abbreviation', 'Cambodian Prime Minister Hun Sen spoke first.', [['Hun Sen', 'KH']]],
    ['"who heads" the embassy of a state', 'Laura Pike, who heads the consular section of the Canadian embassy, spoke to reporters.', [['Laura Pike', 'CA']]],
    ['a place before a lower-case noun is no person', 'He met the chairman of the Kherson regional administration on Monday.', []],
    ['an acronym that is a state is no body', 'US Secretary of State Emma Stone arrived in Oslo.', [['Emma Stone', 'US']]],
    ['"Secretary of State" alone is the US office', 'Secretary of State Paul Grant met Israeli Prime Minister Avi Cohen in Jerusalem on Monday.', [['Paul Grant', 'US'], ['Avi Cohen', 'IL']]],
    ['the host who invites is of the state visited', 'Vietnamese Prime Minister Pham Quoc Bao will pay a visit to Japan next month at the invitation of Prime Minister Yuki Mori.', [['Pham Quoc Bao', 'VN'], ['Yuki Mori', 'JP']]],
    ['"of" a state after the name', 'BRUSSELS — The EU put Interior Minister Ivan Belov of Belarus under sanctions on Monday.', [['Ivan Belov', 'BY']]],
    ['a national agency acts for its state', 'CIA Director Paul Grant met Jordanian intelligence chief Omar Saleh in Amman.', [['Paul Grant', 'US'], ['Omar Saleh', 'JO']]],
    ['an intergovernmental agency is a body', 'IAEA chief Lena Fischer met Iranian Foreign Minister Reza Amini in Vienna.', [['Lena Fischer', 'IAEA'], ['Reza Amini', 'IR']]],
    ['states paired with names in order ("ministers of A and B, X and Y")', 'The foreign ministers of Peru and Chile, Ana Soto and Luis Vera, met in Lima.', [['Ana Soto', 'PE'], ['Luis Vera', 'CL']]],
    ['demonyms paired with names in order', 'The Polish and Czech defence ministers, Jan Nowak and Petr Dvorak, met on Monday.', [['Jan Nowak', 'PL'], ['Petr Dvorak', 'CZ']]],
    ['"respectively" after the names', 'Ana Soto and Luis Vera, the foreign ministers of Chile and Peru respectively, met in Lima.', [['Ana Soto', 'CL'], ['Luis Vera', 'PE']]],
    ['"appointed X as Venezuela\'s new foreign minister"', "The president reshuffled his cabinet and appointed Carlos Mendez as Venezuela's new foreign minister.", [['Carlos Mendez', 'VE']]],
    ['"appointed X as chief executive" is no official', 'The board appointed Ana Soto as chief executive.', []],
    ['"the head of X\'s office" is the office\'s head, not X', "Ukrainian President Ivan Petrenko spoke first. Andriy Kovalenko, the head of Petrenko's office, met Chilean President Ana Rojas.", [['Ivan Petrenko', 'UA'], ['Andriy Kovalenko', 'UA'], ['Ana Rojas', 'CL']]],
    ['a stop word that is also a given name, inside a name after a role', 'Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish Foreign Minister Ali Demir.', [['Mohammed Shia al-Sudani', 'IQ'], ['Ali Demir', 'TR']]],
    ['a surname spelt like a month, after a role', 'British Prime Minister Helen May met German Chancellor Hans Weber in Berlin.', [['Helen May', 'GB'], ['Hans Weber', 'DE']]],
    ['a regnal number belongs to the name', 'Jordanian King Abdullah II met US President Tom Reed.', [['Abdullah II', 'JO'], ['Tom Reed', 'US']]],
    ['two particles inside a name', 'European Commission President Ursula von der Leyen met Spanish Foreign Minister Jose de la Fuente.', [['Ursula von der Leyen', 'EU'], ['Jose de la Fuente', 'ES']]],
    ['two bare initials after a role belong to the name', 'US Vice President JD Vance met Indian Prime Minister Ravi Kapoor.', [['JD Vance', 'US'], ['Ravi Kapoor', 'IN']]],
    ['a portfolio with commas stays in the title, and the possessive state before it is the person\'s', "Federal Minister Malik Awan held a meeting with Uzbekistan's Deputy Prime Minister and Minister of Investment, Industry and Trade Timur Alimov, who is leading a delegation to Pakistan.", [['Malik Awan', 'PK'], ['Timur Alimov', 'UZ']]],
    ['"Secretary Railways" is a title; "Amir" after a lower-case role is a given name', 'Pakistani Secretary Railways Ali Shah met Afghan acting foreign minister Amir Khan Rahimi.', [['Amir Khan Rahimi', 'AF'], ['Ali Shah', 'PK']]],
    ['a body after title words is part of the title ("the head of the Presidential Council X"); "National Unity" is a title\'s', 'AU chairperson Moussa Faki met the head of the Presidential Council Mohamed Al-Manfi and the Prime Minister of the Government of National Unity Abdul Hamid Dabiba in Tripoli.', [['Abdul Hamid Dabiba', 'LY'], ['Moussa Faki', 'AU'], ['Mohamed Al-Manfi', null]]],
    ['"the Ambassador of Kyrgyzstan in Ulaanbaatar X": the envoy\'s post stays in the title', 'Also on Monday the Ambassador of Kyrgyzstan in Ulaanbaatar Aidar Tokonov met with State Secretary of the Foreign Ministry of Mongolia Bat Enkhtuya.', [['Aidar Tokonov', 'KG'], ['Bat Enkhtuya', 'MN']]],
    ['"the Uruguayan X" in a list: the demonym says the state, and is no title of the name before', 'The meeting counted with the presence of the Argentine minister Diana Mondo, the Brazilian Mauro Vieyra, the Uruguayan Omar Pagano and the Bolivian chancellor Celia Sosa.', [['Diana Mondo', 'AR'], ['Mauro Vieyra', 'BR'], ['Omar Pagano', 'UY'], ['Celia Sosa', 'BO']]],
    ['"Presidents X and Y": each is a president', 'The talks came after months of tension between Presidents Javier Milo and Luis Costa, who have not met since December.', [['Javier Milo', null], ['Luis Costa', null]]],
    ['a joint dateline ("RIYADH/OSLO (NTB):") places nothing, and its agency gives its state to the first person', 'RIYADH/OSLO (NTB): Foreign Minister Espen Berg began a three-country trip to the Middle East in Saudi Arabia on Monday.', [['Espen Berg', 'NO']]],
    ['"…, the third day of her visit to India": the sentence\'s titled subject is no Indian, even under a New Delhi dateline', 'NEW DELHI, Aug 21 - Foreign Minister Arzu Deuban called on Indian Prime Minister Narendra Modin on Tuesday, the third day of her five-day official visit to India.', [['Arzu Deuban', null], ['Narendra Modin', 'IN']]],
    ['the last of a list asked ("urging partner countries and Washington to …") is not the asker\'s state', 'The summit opened in Warsaw on Monday with President Andrej Dudek urging partner countries and Washington to keep investing.', [['Andrej Dudek', 'PL']]],
    ['two bare initials inside a name belong to it; "HE" (His Excellency) before a title does not', 'Indonesian Foreign Minister Sari LP Wardani met Qatari Minister of State HE Dr. Khalid Al Kuwari.', [['Sari LP Wardani', 'ID'], ['Khalid Al Kuwari', 'QA']]],
    ['a region in a title is part of it', 'LONDON - British Foreign Secretary Ann Cole met Armenian Foreign Minister Aram Petrosyan. Minister for Europe Mark Dunn joined them.', [['Ann Cole', 'GB'], ['Aram Petrosyan', 'AM'], ['Mark Dunn', 'GB']]],
    ['a chamber is no person', 'Turkish Defence Minister Murat Kaya will meet Omar Saleh, speaker of the House of Representatives, in Benghazi.', [['Murat Kaya', 'TR'], ['Omar Saleh', null]]],
    ['a one-word name that has a spokesman, met by someone, is an official', "ANKARA - Azerbaijani Foreign Minister Elchin Aliyev was received by Kaya on Friday, Kaya's spokesman said.", [['Elchin Aliyev', 'AZ'], ['Kaya', 'TR']]],
    ['…but not one that meets no one', "MOSCOW - Gazprom's spokesman said exports had fallen.", []],
    ['"Ambassador to the Kingdom X": the state noun is part of the title', "The meeting was attended by Colombia's Ambassador to the Kingdom Luis Mora.", [['Luis Mora', 'CO']]],
    ['a style in capitals is no body ("HE Minister …")', 'Doha - Minister of State HE Dr. Ali Saad met HE Minister of Foreign Affairs of Somalia Omar Farah.', [['Ali Saad', 'QA'], ['Omar Farah', 'SO']]],
    ['"MEA spokesperson X": the ministry of a state', 'NEW DELHI - MEA spokesperson Ravi Kapoor said the talks went well.', [['Ravi Kapoor', 'IN']]],
    ['"Sayyid" is a style; "Finance and Budget" and "Special Initiatives" are title words', 'Omani Foreign Minister Sayyid Hamad Al Harthy met Senegalese Minister of Finance and Budget Cheikh Gaye and Pakistani Minister for Planning and Special Initiatives Nadeem Iqbal.', [['Hamad Al Harthy', 'OM'], ['Cheikh Gaye', 'SN'], ['Nadeem Iqbal', 'PK']]],
    ['a building called "Wisma" is no person', 'Malaysian Foreign Minister Aziz Rahman received Brazilian Ambassador Paulo Castro at Wisma Putra.', [['Aziz Rahman', 'MY'], ['Paulo Castro', 'BR']]],
    ['…and so does one', 'Indian External Affairs Minister R Kapoor met US Vice President JD Vance.', [['R Kapoor', 'IN'], ['JD Vance', 'US']]],
    ['Malaysian titles of honour are no part of the name', 'Malaysian Prime Minister Datuk Seri Aziz Rahman received Singapore Foreign Minister Tan Wei Ming.', [['Tan Wei Ming', 'SG'], ['Aziz Rahman', 'MY']]],
    ['a surname spelt like "to" after a role', 'Vietnamese President To Lam met Laotian President Kham Sone in Hanoi.', [['To Lam', 'VN'], ['Kham Sone', 'LA']]],
    ['a lower-case second title joined by "and" shares the first title\'s state', 'Peruvian Foreign Minister Ana Soto was to meet Chinese President Li Wei and top diplomat Zhou Ming in Lima.', [['Ana Soto', 'PE'], ['Li Wei', 'CN'], ['Zhou Ming', 'CN']]],
    ['the state of another\'s title is not the fallback', 'National Security Adviser Ravi Kapoor met Chinese Foreign Minister Li Wei in Moscow on Thursday, India said.', [['Ravi Kapoor', 'IN'], ['Li Wei', 'CN']]],
    ['an untitled known city is a place', 'Peruvian President Jorge Paz met Chilean President Ana Rojas at an estate south of San Francisco.', [['Jorge Paz', 'PE'], ['Ana Rojas', 'CL']]],
    ['"St" for "Saint" in a city after "in"', 'Peruvian President Jorge Paz met Chilean President Ana Rojas in St Petersburg.', [['Jorge Paz', 'PE'], ['Ana Rojas', 'CL']]],
    ['members of a state\'s delegation or side are of that state', 'Foreign Minister Ana Rojas led the Chilean delegation, which included trade adviser Luis Soto and Middle East envoy Marta Ruiz. The Peruvian side was represented by Foreign Minister Jorge Paz.', [['Ana Rojas', 'CL'], ['Luis Soto', 'CL'], ['Marta Ruiz', 'CL'], ['Jorge Paz', 'PE']]],
    ['a UN body named by what it does', 'UN nuclear watchdog chief Lena Fischer met Iranian Foreign Minister Reza Amini in Tehran.', [['Lena Fischer', 'IAEA'], ['Reza Amini', 'IR']]],
    ['a title only one state has', 'External Affairs Minister Ravi Kapoor met Chinese Foreign Minister Li Wei in Jakarta.', [['Ravi Kapoor', 'IN'], ['Li Wei', 'CN']]],
    ['an untitled name after "at" is a place', 'Kenyan President Samuel Otieno received Tanzanian President Ana Mwinyi at Ikulu Ndogo Lodge in Mombasa today.', [['Samuel Otieno', 'KE'], ['Ana Mwinyi', 'TZ']]],
    ['an untitled name after "the" is a thing', 'French President Louis Martin will meet Polish Prime Minister Jan Nowak in the Lublin Triangle format.', [['Louis Martin', 'FR'], ['Jan Nowak', 'PL']]],
    [
      'a role with a tail before the comma: "X\'s permanent envoy to … in Geneva, Y,"',
      "On Friday, Chile's permanent envoy to the UN agencies in Geneva, Ana Rojas, told delegates the vote was close.",
      [['Ana Rojas', 'CL']],
    ],
    ['a middle initial "A." is no article', 'Japanese Foreign Minister Emi Tanaka met Mr. Jose A. Reyes, Secretary of Foreign Affairs of the Republic of the Philippines.', [['Jose A. Reyes', 'PH'], ['Emi Tanaka', 'JP']]],
    ['a name of seven words with its particles', 'Crown Prince Fahd bin Nasser bin Abdulaziz Al Rashid received Ana Rojas, the Chilean foreign minister.', [['Fahd bin Nasser bin Abdulaziz Al Rashid', null], ['Ana Rojas', 'CL']]],
    ['a ministry\'s second field is no person', 'Minister of Foreign Affairs and Human Mobility of the Republic of Ecuador Rosa Vera met Lavinia Ortiz.', [['Rosa Vera', 'EC'], ['Lavinia Ortiz', null]]],
    ['a body of a party is no person', 'Chinese Foreign Minister Zhao Lin, also a member of the Political Bureau of the Central Committee, met Ana Rojas.', [['Zhao Lin', 'CN'], ['Ana Rojas', null]]],
    ['"Professor" is a form of address', 'DHAKA - Chief Adviser Professor Rahim Uddin received Indonesian Foreign Minister Sari Dewi.', [['Rahim Uddin', 'BD'], ['Sari Dewi', 'ID']]],
    ['two initials after a form of address', 'DHAKA - Foreign Minister Dr AK Rahman met Japanese Foreign Minister Emi Tanaka.', [['AK Rahman', 'BD'], ['Emi Tanaka', 'JP']]],
    ['a state\'s long name with a possessive inside', "Foreign Minister Oleg Sidorov held talks with Minister of Foreign Affairs of the Lao People's Democratic Republic Sone Vongsa.", [['Oleg Sidorov', null], ['Sone Vongsa', 'LA']]],
    ['a body ends the title inside a run of capitals', 'Mr Vongsa was received by Chairman of the Federation Council Irina Volkova.', [['Irina Volkova', null]]],
    ['a title in apposition, with forms of address before the name', 'Prime Minister Shri Anil Verma spoke with the President of Sri Lanka, H.E. Mr. Ranil Perera, today.', [['Anil Verma', null], ['Ranil Perera', 'LK']]],
    ['"Smt." ends no sentence, and "Hon\'ble Lyonchhen" are no part of a name', "The Ambassador of India, Shri Anil Verma, was accompanied by Joint Secretary Smt. Meera Iyer. On Monday, Hon'ble Lyonchhen Karma Dorji received Shri Anil Verma.", [['Anil Verma', 'IN'], ['Meera Iyer', null], ['Karma Dorji', null]]],
    ['a role with a tail but no state or body is no official', 'A spokesman for the company in Vienna, Mark Weber, said sales rose.', []],
    ['a consultation, an exchange, a community and an officer are no people', 'Foreign Minister Emi Tanaka invited Li Wei to hold the High-Level Consultation on People-to-People and Cultural Exchange. President of the Community of Andean States Luis Mora met the Chief Executive Officer of the Ministry.', [['Emi Tanaka', null], ['Li Wei', null], ['Luis Mora', null]]],
    ['a regnal number inside a name ("King Carl XVI Gustaf"), not before a day', 'Finnish President Erik Lind was received by King Carl XVI Gustaf. King Abdullah II Tuesday received Egyptian President Karim Haddad.', [['Carl XVI Gustaf', null], ['Erik Lind', 'FI'], ['Abdullah II', null], ['Karim Haddad', 'EG']]],
    ['a surname that is a state\'s name ends the title before "and": "Prime Minister X Montenegro and Spanish Prime Minister Y"', "Portugal's foreign ministry said that Prime Minister Tiago Montenegro and Spanish Prime Minister Raúl Ortega spoke by telephone on Monday.", [['Tiago Montenegro', 'PT'], ['Raúl Ortega', 'ES']]],
    ['a time word before an appositive role ("X, now a deputy national security adviser,")', "Israel's team arrived on Monday. Amos Levi, now a deputy national security adviser, went straight into talks.", [['Amos Levi', 'IL']]],
    ['a city\'s name ends a name of three or four words next to a role ("Brazil\'s ambassador to Argentina, Júlio da Rocha Lima, met …")', "Brazil's ambassador to Argentina, Júlio da Rocha Lima, met Argentina's Deputy Foreign Minister Eduardo Bustos in Buenos Aires.", [['Júlio da Rocha Lima', 'BR'], ['Eduardo Bustos', 'AR']]],
    ['"X has served as Bangladesh\'s ambassador to Myanmar since 2023, …" opening a long sentence gives title and state', "Anwar Kabir has served as Bangladesh's ambassador to Myanmar since 2023, a posting that puts him at the centre of the efforts to return a million refugees to their villages.", [['Anwar Kabir', 'BD']]],
    ['"Thailand is represented by X, Cambodia by Y": the states represented', 'Talks are under way in Kuala Lumpur. Thailand is represented by Foreign Minister Maris Sangiam, Cambodia by Deputy Prime Minister and Foreign Minister Prak Sokh.', [['Maris Sangiam', 'TH'], ['Prak Sokh', 'KH']]],
    ['"the co-chairs of the commission, X for Thailand and Y for Cambodia"', 'The co-chairs of the Joint Boundary Commission, Prasop Thong for Thailand and Sok Dara for Cambodia, are meeting in a side room with maps.', [['Prasop Thong', 'TH'], ['Sok Dara', 'KH']]],
    ['"the three foreign ministers, X of Hungary, Y of Serbia and Z of Slovakia": each of the state after the name', 'Meanwhile, the three foreign ministers, Péter Szij of Hungary, Marko Đur of Serbia and Juraj Blan of Slovakia, held their own session with the interior ministers.', [['Péter Szij', 'HU'], ['Marko Đur', 'RS'], ['Juraj Blan', 'SK']]],
    ['"X met his Azerbaijani and Georgian counterparts": X is of neither state (a dateline of one of them aside)', 'TBILISI - Turkish officials said Foreign Minister Hakan Fid met his Azerbaijani and Georgian counterparts in the Georgian capital on Wednesday.', [['Hakan Fid', 'TR']]],
    ['a given name spelt like a month after a long title ("Minister for Foreign Affairs and East African Cooperation January X")', "Kenya's Cabinet Secretary Beatrice Moe held talks with her Tanzanian counterpart, Minister for Foreign Affairs and East African Cooperation January Makam, in Dar es Salaam.", [['Beatrice Moe', 'KE'], ['January Makam', 'TZ']]],
    ['a given name spelt like a month in apposition to a lower-case role ("our foreign minister, January X, met …")', "Tanzania's envoy said that in May, our foreign minister, January Makam, met his Kenyan counterpart Musalia Muda in Arusha.", [['January Makam', 'TZ'], ['Musalia Muda', 'KE']]],
    ['the head of a government ("headed by X")', 'Italy signed a pact with the Libyan government then headed by Omar Senussi.', [['Omar Senussi', 'LY']]],
  ])('%s', (_n, body, expected) => {
    expect(off(body)).toEqual(expected);
  });

  it.each([
    ['a place read as a given name', 'French opposition leader Jordan Marchal met Italian Prime Minister Carla Conti in Rome.', ['FR', 'IT']],
    ['a surname that is a state, and that surname saying something later', 'Paraguayan President Santiago Montenegro met Chilean President Ana Rojas in Lima. Montenegro said the talks went well.', ['CL', 'PY']],
    ['"Congo" alone, in a story of the Republic of the Congo, is that state', 'President Denis Moka of the Republic of the Congo met Russian President Ivan Belov. Congo wants wheat.', ['CG', 'RU']],
  ])('%s is not a country of the article', (_case, body, codes) => {
    expect(extract(art(body)).countries.map((c) => c.code).sort()).toEqual(codes);
  });

  it('"The Minister for Europe and Foreign Affairs, Mr. X": the whole portfolio is the title', () => {
    const x = extract(art('The Minister for Europe and Foreign Affairs, Mr. Paul Girard, met Jordanian Foreign Minister Omar Haddad in Amman.'));
    expect(x.officials.find((o) => o.name === 'Paul Girard')?.title).toBe('Minister for Europe and Foreign Affairs');
  });

  it('portfolio words are no names ("Vice Minister of Exploration of Hydrocarbons, X", "the Czech Geological Survey")', () => {
    const x = extract(art('Bolivian Foreign Minister Ana Soto met the Vice Minister of Exploration of Hydrocarbons, Luis Vega. In the afternoon she visited the Czech Geological Survey.'));
    expect(x.officials.map((o) => o.name)).toEqual(['Ana Soto', 'Luis Vega']);
  });

  it('the host who receives, named before a title in apposition, in the capital that closes the place ("… at the Ministry of Foreign Affairs, Bangkok")', () => {
    const body =
      "On 15 January 2025, Mr. Somchai Rakdee, Minister of Foreign Affairs, received a courtesy call from H.E. Mr. Li Wenbo, Vice Minister of Foreign Affairs of the People's Republic of China, at the Ministry of Foreign Affairs, Bangkok. " +
      "Vice Minister Li conveyed the greetings of Mr. Wang Yi, Minister of Foreign Affairs, who had held a telephone conversation with Mr. Somchai in December last year, and reiterated China's readiness to work with Thailand.";
    expect(off(body).slice(0, 2)).toEqual([['Somchai Rakdee', 'TH'], ['Li Wenbo', 'CN']]);
  });

  it('joins a later surname to the full name', () => {
    const x = extract(art('Russian Foreign Minister Oleg Sidorov arrived. Later, Sidorov said the talks went well.'));
    expect(x.officials).toHaveLength(1);
    expect(x.officials[0]?.name).toBe('Oleg Sidorov');
    expect(x.officials[0]?.aliases).toContain('Sidorov');
  });

  it.each([
    ['definite description', 'President Aldo Brenner arrived in Paris on Monday. The Austrian president was greeted by officials.', 'Aldo Brenner', 'AT'],
    ['the state thanked is the other side ("X thanked Lithuania for …")', 'Moldovan officials welcomed the visit. President Maia Sandra thanked Lithuania for sharing its experience of reforms during the talks.', 'Maia Sandra', 'MD'],
    ['dateline of the lede', 'TEHRAN - Defence Minister Amir Karimi said sanctions would fail.', 'Amir Karimi', 'IR'],
    ['the nearest state, not the first one', 'The deal collapsed after President Tom Reed took the United States out of it; Russia and China remain parties.', 'Tom Reed', 'US'],
    ['a state in a quotation is weak evidence of the speaker', 'Chief Adviser Omar Faruk spoke in Dhaka. "Our friends in Japan and Canada must help," said Omar Faruk, who leads Bangladesh.', 'Omar Faruk', 'BD'],
    ['a list of states is weak evidence', 'President Tom Reed urged Britain, China, France and Russia to act. The White House said Reed would call them.', 'Tom Reed', 'US'],
    ['"meet the Brazilian leader" is the other side', 'The Kremlin said it regretted the news. President Ivan Belov had been due to meet the Brazilian leader at the summit.', 'Ivan Belov', 'RU'],
    ['"his American counterpart" is the other side, not the possessor', 'The Kremlin said Moscow was ready. President Ivan Belov has no plans to meet his American counterpart, his aide said.', 'Ivan Belov', 'RU'],
    ['the host met on a trip is of the state visited', 'NEW DELHI - Indian Prime Minister Ravi Kapoor will travel to Washington next week to meet President Tom Reed.', 'Tom Reed', 'US'],
    ['"meet former President X" on a trip', 'BUDAPEST - Hungarian Prime Minister Ivan Kovacs will travel to Washington next week, where he could meet former President Tom Reed.', 'Tom Reed', 'US'],
    ['a second title joined by "and" shares the first one\'s state', 'JEDDAH - US Secretary of State Paul Grant and National Security Adviser Mark Dunn met a Ukrainian delegation.', 'Mark Dunn', 'US'],
    ['the state an envoy is sent to is not the envoy\'s', 'WASHINGTON - Special Envoy to Ukraine Tom Reed met Ukrainian President Ivan Petrenko.', 'Tom Reed', 'US'],
    ['a title whose name was not read votes for nobody else', 'NAIROBI - President Samuel Otieno met a new envoy to Kenya on Monday. Otieno later received Turkish Ambassador AHMET YILDIZ at State House.', 'Samuel Otieno', 'KE'],
    ['the head of a state\'s delegation', "ISTANBUL - Ukraine's delegation was led by Defense Minister Ivan Petrenko, while Russia's was headed by presidential aide Oleg Sidorov.", 'Ivan Petrenko', 'UA'],
    [
      'the state of a source named after the fact is weak evidence',
      'BEIJING - Secretary of State Paul Grant met Foreign Minister Zhao Lin on Sunday. Zhao accepted an invitation to visit Washington, the State Department said.',
      'Zhao Lin',
      'CN',
    ],
    [
      'the capital an invitation is from is the inviter\'s',
      'ASTANA - Foreign Minister Aidar Seitov received Ambassador Jun Mori. Mori conveyed an invitation from Foreign Minister Emi Tanaka to visit Tokyo.',
      'Emi Tanaka',
      'JP',
    ],
    ['a role to be taken up ("Prime Minister-elect")', 'Australian Prime Minister Tom Reed met New Zealand Prime Minister-elect Ana Rojas.', 'Ana Rojas', 'NZ'],
    [
      'the state one is open to talks with is the other side',
      'MOSCOW - Kremlin spokesman Oleg Sidorov said on Thursday that President Ivan Belov remained open to talks with Ukraine.',
      'Ivan Belov',
      'RU',
    ],
    [
      'a state discussed is little evidence',
      'SEOUL - President Kim Min-jun held talks with Czech President Petr Novak on Tuesday. Kim\'s office said the two leaders also discussed North Korea.',
      'Kim Min-jun',
      'KR',
    ],
    [
      'a person met abroad by a visitor of the state the dateline gave is the host',
      'New Delhi - External Affairs Minister Anil Verma held talks with Iranian Foreign Minister Reza Karimi in Tehran on Monday. Verma also called on President Hassan Mousavi.',
      'Hassan Mousavi',
      'IR',
    ],
    ['the host who invites to a state visited ("will visit Japan at the invitation of")', 'NAIROBI - Kenyan President Samuel Otieno will visit Japan next week at the invitation of Prime Minister Kenji Sato.', 'Kenji Sato', 'JP'],
    [
      'no guess that gives a state a second holder of one office',
      'BEIJING - Chinese President Zhao Lin will not travel to New York, ruling out a meeting with President Tom Hale there.',
      'Tom Hale',
      null,
    ],
    ['a caretaker\'s title keeps its state', 'TEHRAN - Iranian Foreign Minister Reza Karimi met Lebanese caretaker Prime Minister Fadi Haddad.', 'Fadi Haddad', 'LB'],
    [
      '"his counterpart" is of the other side than the subject, described or named',
      'TEHRAN - Iranian Foreign Minister Reza Karimi arrived on Saturday. The top Iranian diplomat held talks with Syrian President Omar Nasser and his counterpart Fadi Haddad.',
      'Fadi Haddad',
      'SY',
    ],
    [
      'a second person met on a trip, joined by "and"',
      'LISBON - Brazilian President Ana Rojas will travel to Spain, where she is due to meet Prime Minister Pablo Gil and King Felipe.',
      'Felipe',
      'ES',
    ],
    [
      'a description whose role a person of that state has is about that person',
      'ISLAMABAD - Prime Minister Imran Qadir received Saudi Foreign Minister Faisal Hamdan. Army Chief General Tariq Aziz was also present. Later, the Saudi foreign minister called on President Asad Mir.',
      'Tariq Aziz',
      'PK',
    ],
    [
      'those accompanying someone are of that person\'s state',
      'LIMA - Chilean President Ana Rojas met President Luis Vega. Rojas was accompanied by trade adviser Pedro Soto and envoy Marta Ruiz.',
      'Marta Ruiz',
      'CL',
    ],
    [
      'a list of titles takes the state of the first one that has one',
      'He said Secretary of State Paul Grant, Treasury Secretary Mark Dunn and Trade Secretary Ann Cole would lead negotiations with senior Mexican officials.',
      'Ann Cole',
      'US',
    ],
    [
      'the host met on an onward leg ("travel on to London")',
      'PARIS - Canadian Prime Minister Mark Dunn met President Luc Morel. Dunn was due to travel on to London for talks with Prime Minister Ann Cole.',
      'Ann Cole',
      'GB',
    ],
    [
      'a generic description ("the first visit of a German minister") is about no one',
      'HAMBURG - Defence Minister Karl Brenner flies to Manila on Friday, where a meeting with Defence Secretary Jose Lacson is planned. It is the first visit of a German defence minister to the Philippines.',
      'Jose Lacson',
      'PH',
    ],
    [
      'a description inside a speaker\'s words is someone else',
      'MOSCOW - Indian Prime Minister Ravi Kapoor held talks with Russian President Ivan Belov. The visit drew criticism in Kyiv. President Oleh Marchuk said it was sad to see a democrat embrace the Russian leader.',
      'Oleh Marchuk',
      'UA',
    ],
    [
      'the states a source talked about are little evidence of its state',
      'KYIV - EU foreign policy chief Lena Berg arrived on Monday. Berg later met Foreign Minister Oleh Marchuk. The two discussed frozen Russian assets and sanctions against Moscow, Marchuk\'s ministry said.',
      'Oleh Marchuk',
      'UA',
    ],
    [
      'a state in reported speech is weak evidence, like one in a quotation',
      'KYIV - EU envoy Ana Lobo was received by President Oleh Marchuk. Lobo told Marchuk that Brussels would not waver.',
      'Oleh Marchuk',
      'UA',
    ],
    ['a body\'s title joined to another takes the body', 'KYIV - EU Council President Ana Lobo and foreign policy chief Lena Berg were received by President Oleh Marchuk.', 'Lena Berg', 'EU'],
    ['…but not for an office only states have', 'KYIV - NATO Secretary General Ana Lobo and Foreign Minister Taras Hnatyuk spoke to reporters.', 'Taras Hnatyuk', 'UA'],
    ['"X, Reed\'s choice for national security adviser": the office chosen for, of the chooser\'s state', "PALM BEACH - NATO chief Ana Lobo met US President-elect Tom Reed. The meeting was also attended by Mark Dunn, Reed's choice for national security adviser.", 'Mark Dunn', 'US'],
    [
      'the one an envoy acts for is of the envoy\'s state',
      'WASHINGTON - Indian Foreign Minister Ravi Kapoor attended the inauguration of President Tom Reed as the special envoy of Prime Minister Anil Verma.',
      'Anil Verma',
      'IN',
    ],
    [
      'the host met in a capital is of its state',
      'MOSCOW - Russian Foreign Minister Ivan Belov arrived in Brazil on Tuesday for a G20 meeting. He is also scheduled to meet with President Ana Rojas in Brasilia.',
      'Ana Rojas',
      'BR',
    ],
    [
      'a capital that places a meeting between two others is not theirs',
      'BEIJING - Japanese Foreign Minister Kenji Sato met Foreign Minister Zhao Lin on Friday, building on the meeting between Prime Minister Ren Ito and President Wu Gang in Lima in November.',
      'Wu Gang',
      'CN',
    ],
    [
      'the target of a state\'s hostile act is not of that state',
      'TEHRAN - The envoy arrived on Monday. The trip follows weeks of tension after a US drone strike in Baghdad killed General Reza Karimi, a senior commander.',
      'Reza Karimi',
      'IR',
    ],
    [
      '"a meeting between X and Y": two sides, when guesses made them one',
      'BEIJING - British Foreign Secretary Ann Cole met Chinese Foreign Minister Zhao Lin on Friday. The visit is expected to be followed by a meeting between Prime Minister Mark Dunn and President Wu Gang next month.',
      'Mark Dunn',
      'GB',
    ],
    [
      '"their foreign ministers, X and Y": one of each leader\'s state, in the order they were named',
      'PRETORIA - South African President Ana Mbeki spoke by phone with Brazilian President Paulo Ramos. The two leaders agreed that their foreign ministers, Sipho Dlamini and Carlos Pinto, would meet next year.',
      'Carlos Pinto',
      'BR',
    ],
    [
      '"X, who attended the summit with Foreign Minister Y": Y goes with X',
      'THE HAGUE - Turkish President Ali Kaya held talks on Wednesday. Kaya, who attended the summit with Foreign Minister Emre Aksoy, later met Dutch Prime Minister Jan Vos.',
      'Emre Aksoy',
      'TR',
    ],
    [
      '"its leader X": the state "its" stands for',
      'SEOUL - Officials said North Korea was preparing for a meeting between its leader Ri Chol-ho and US President Tom Reed.',
      'Ri Chol-ho',
      'KP',
    ],
    [
      'a dateline\'s words read as a name are not its first person; a trip to the dateline\'s state does not place the story there',
      'SEOUL, Oct. 27 (Yonhap) -- Unification Minister Park Ji-hoon said Monday there were no signs that North Korea was ready for talks during the US president\'s trip to South Korea.',
      'Park Ji-hoon',
      'KR',
    ],
    [
      '"In Yerevan, spokeswoman X said …": a sentence opened by its place',
      'ANKARA - Turkish Foreign Minister Ali Kaya hosted his Azerbaijani counterpart on Thursday. In Yerevan, foreign ministry spokeswoman Anna Petrosyan said Turkey should open the border.',
      'Anna Petrosyan',
      'AM',
    ],
    [
      '"the Foreign Office" is any state\'s, not Britain\'s alone',
      "ISLAMABAD - Foreign Minister Tariq Aziz held a video call with Bangladesh's foreign adviser. The Deputy Prime Minister said ties mattered, according to the Foreign Office spokesperson.",
      'Tariq Aziz',
      'PK',
    ],
    ['"Deputy Secretary of State X" is American like the Secretary', 'Deputy Secretary of State Ann Cole met today with Moldovan Prime Minister Ion Rusu in Chisinau.', 'Ann Cole', 'US'],
    [
      'an acting minister holds the office: not of the state whose minister is named',
      "CAIRO - Egypt's foreign minister Omar Nabil met Sudan's army chief in Port Sudan on Sunday. Acting foreign minister Ali Osman, who attended the meeting, told reporters that Sudan welcomed Egypt's role.",
      'Ali Osman',
      'SD',
    ],
    [
      '"with host X": the host of a gathering is of the state of its city',
      'KUALA LUMPUR - Southeast Asian leaders opened their summit in Kuala Lumpur on Monday, with host Aziz Rahman urging the bloc to press Myanmar\'s junta.',
      'Aziz Rahman',
      'MY',
    ],
    [
      'the sender of a message someone carries is of the carrier\'s state',
      "BEIJING - Chinese Foreign Minister Zhao Lin held talks with Kenya's foreign minister Ruth Wanjiru. Wanjiru handed over a written message from President Samuel Otieno to Chinese President Wu Gang.",
      'Samuel Otieno',
      'KE',
    ],
    [
      '"The Foreign Secretary reiterated the UK\'s support …": the one person with that title',
      "LONDON - The Foreign Secretary, Ann Cole, hosted Armenia's Foreign Minister, Aram Petrosyan. Minister for Europe Mark Dunn also joined. The Foreign Secretary reiterated the UK's support for Armenia and Azerbaijan.",
      'Ann Cole',
      'GB',
    ],
    [
      'a state talked about in a list is little evidence ("about Hong Kong and Taiwan")',
      'Foreign Secretary Mark Dunn met Chinese Vice President Wu Gang in London today. This was the first visit to the UK by a Chinese leader in years. The Foreign Secretary raised concerns about Hong Kong and Taiwan.',
      'Mark Dunn',
      'GB',
    ],
    ['"X is due in Moscow on Friday for talks with Y": the host of a trip', 'Turkish Foreign Minister Ali Kaya is due in Moscow on Friday for talks with Ivan Belov, the Turkish ministry said.', 'Ivan Belov', 'RU'],
    [
      '"Secretary-General X" beside a body is that body\'s',
      'NEW YORK - Spanish Foreign Minister Ana Ruiz held several meetings during the high-level week at the United Nations, including one with Secretary-General Lars Berg.',
      'Lars Berg',
      'UN',
    ],
    ['"European Commissioner for Trade X" is the EU\'s', 'JAKARTA - Indonesian Trade Minister Andi Prasetyo held talks in Brussels with European Commissioner for Trade Lars Berg.', 'Lars Berg', 'EU'],
    [
      '"Secretary General X" in a story that names one body is its officer',
      'BRUSSELS - NATO defence ministers met on Thursday. "Two percent was the floor," Secretary General Lars Berg told reporters as he arrived at the alliance\'s headquarters.',
      'Lars Berg',
      'NATO',
    ],
    [
      '"their Australian counterparts, X and Y": one state for the list',
      'SEOUL - Foreign Minister Kang Min-ho and Defence Minister Shin Jae-won sat down with their Australian counterparts, Foreign Minister Ann Cole and Defence Minister Mark Dunn.',
      'Mark Dunn',
      'AU',
    ],
    [
      '"The Lao guest, who was accompanied by Minister of Planning and Investment X": the guest\'s state',
      'HANOI - Vietnamese Prime Minister Tran Khoa received Lao Foreign Minister Sengphet Vong. The Lao guest, who was accompanied by Minister of Planning and Investment Khamla Vong, briefed Khoa on the talks.',
      'Khamla Vong',
      'LA',
    ],
    [
      '"President X and President Y": one office twice is two states',
      'Foreign Minister Zhao Lin said China and Egypt were close partners. Under the guidance of President Wu Gang and President Adel Nasr, ties had grown. Egypt welcomed the visit, and Egypt and China signed deals.',
      'Adel Nasr',
      'EG',
    ],
    ['one who travels to a state is not of it', 'ASTANA - Prime Minister Ravi Kapoor did not travel to Astana this year. India sent its foreign minister instead.', 'Ravi Kapoor', 'IN'],
    ['the head of a state\'s delegation, told elliptically', "ISTANBUL - Ukraine's delegation was led by Defense Minister Ivan Petrenko, while Russia's was headed by presidential aide Oleg Sidorov.", 'Oleg Sidorov', 'RU'],
    ['"a trip by President X to" a state is not of it', 'Officials from both sides met in Lima. The talks also prepared a trip by President Carlos da Costa to Peru next month.', 'Carlos da Costa', null],
    ['a delegation headed by "the" titled person', 'The Chilean delegation was headed by the Deputy Minister of Foreign Affairs, Ana Rojas, and the Peruvian delegation by the Vice Minister of Trade, Jorge Paz.', 'Ana Rojas', 'CL'],
    ['a second delegation with its verb left out', 'The Chilean delegation was headed by the Deputy Minister of Foreign Affairs, Ana Rojas, and the Peruvian delegation by the Vice Minister of Trade, Jorge Paz.', 'Jorge Paz', 'PE'],
    ['a portfolio "for American Affairs" is not the state', 'The talks were co-chaired by the Director General for American and European Affairs of the Malaysian Foreign Ministry, Aziz Rahman.', 'Aziz Rahman', 'MY'],
    ['"a weekend for Singapore Prime Minister X" is his state', 'BANGKOK - It was a busy weekend for Singapore Prime Minister Tan Wei Ming, who met Thai leaders.', 'Tan Wei Ming', 'SG'],
    ['the host who invites someone to visit his capital is not ruled out of it', 'ISLAMABAD - Foreign Minister Imran Qadir invited his Iranian counterpart to visit Islamabad.', 'Imran Qadir', 'PK'],
    ['"in the Kenyan capital" only locates', 'Foreign Minister Imran Qadir, in the Kenyan capital for talks, said Pakistan wanted peace.', 'Imran Qadir', 'PK'],
    ['"before leaving for" a capital is a trip', 'Pakistan backs the plan. Before leaving for Nairobi, Foreign Minister Imran Qadir spoke by telephone with Saudi Foreign Minister Faisal Omar.', 'Imran Qadir', 'PK'],
    ['"a good relationship" with a state, in quotation marks, is the other side', 'Pretoria will not retaliate, officials said. President Peter Moyo remained committed to "a strong relationship" with Washington.', 'Peter Moyo', 'ZA'],
    ['"Foreign Secretary", an office of a few states, the one the story names', 'MOSCOW - Foreign Secretary Anil Verma briefed reporters after the talks between India and Russia.', 'Anil Verma', 'IN'],
    ['"Secretary of Foreign Affairs", an office of a few states, the one the story names', 'VIENTIANE - Secretary of Foreign Affairs Jose Reyes held talks in the Lao capital on ties between the Philippines and Laos.', 'Jose Reyes', 'PH'],
    ['a state in what the talks "focused on" is their topic', 'Foreign Minister Ana Mwangi took part in the talks in Kenya, which focused on the withdrawal of Rwandan troops.', 'Ana Mwangi', 'KE'],
    ['the host who receives a visitor who arrived in his capital', 'President Arman Tolegen received Deputy Chairman Myrat Ovezov, who arrived in Astana as special envoy. Tolegen thanked him for the message from the Afghan talks.', 'Arman Tolegen', 'KZ'],
    ['"received a phone call" is no visitor to his capital', 'CAIRO - Foreign Minister Karim Haddad received a phone call from his Jordanian counterpart about a ceasefire in Gaza.', 'Karim Haddad', 'EG'],
    ['one "who is accompanying the President" is of the state of the president the story names most', 'Indonesian President Budi Santoso left for the Gulf on Monday. Santoso will meet Emirati President Khalid Nasser and Egyptian President Karim Haddad. Santoso hopes for a Gaza truce. Foreign Minister Sari Dewi, who is accompanying the President, spoke by phone with Palestinian officials.', 'Sari Dewi', 'ID'],
    ['one "who accompanied President X" is of X\'s state', 'Indonesian President Budi Santoso met Emirati President Khalid Nasser. Foreign Minister Sari Dewi, who accompanied Santoso, later called Palestinian officials.', 'Sari Dewi', 'ID'],
    ['the host who receives a traveller at the last stop told before him', 'Indonesian President Budi Santoso will travel to Cairo to meet Egyptian President Karim Haddad and finally to Amman, where he is to be received by King Faisal Hamad.', 'Faisal Hamad', 'JO'],
    ['a state asked ("asked that Paris go further") is not the asker\'s', 'Officials in Morocco were upbeat. Foreign Minister Karim Alami asked that Paris go "further" in its position.', 'Karim Alami', 'MA'],
    ['a description opening its sentence is the last sentence\'s subject, not the one it met', 'WASHINGTON - Foreign Minister Jean Moreau met Secretary of State Paul Grant on Tuesday. President Luc Bernard visited the White House on Feb. 24, the first European leader to meet President Tom Hale. The French leader later said that Hale had been receptive.', 'Luc Bernard', 'FR'],
    ['"his chief of staff, X" (a comma before the name) is of the state of the one "his" refers to', 'WASHINGTON - French Foreign Minister Jean Moreau met Secretary of State Paul Grant on Tuesday. Moreau was accompanied by his chief of staff, Luc Renard, and Grant by his deputy Ann Lowe.', 'Luc Renard', 'FR'],
    ['"the Jordanian monarch" is the story\'s one King, not the president beside it nor the one he received', 'The Turkish foreign minister was in the Jordanian capital on Wednesday for a day of meetings on Gaza.\n\nHe was received at the palace by King Abdullah II, who stressed the need for a ceasefire.\n\nHakan Kaya, who has led Turkish diplomacy since June, then held talks with Foreign Minister Ayman Odeh.\n\nThe visit follows a telephone conversation last month between President Recep Demir and the Jordanian monarch.', 'Abdullah II', 'JO'],
    ['"the Zambian head of state" is the President already of Zambia, not the host who spoke last', 'PRAGUE - President of Republic Petr Novak on Wednesday at the Prague Castle received the President of Republic of Zambia Hakainde Banda, who is in Czech Republic on the working visit of three days. Topic of the talks was economic cooperation.\n\n"Zambia is for us the important partner," said Novak on the common press meeting. The Zambian head of state thanked, that Czech Republic supported projects of drinking water.', 'Petr Novak', 'CZ'],
    ['"his counterparts from A and the B, Dr X and Y": each of the state at its place', 'Foreign Minister Aziz Rahman held a trilateral meeting with his counterparts from Singapore and the Philippines, Dr Vivian Tan and Enrique Santos, on Monday.', 'Enrique Santos', 'PH'],
    ['"X is expected in Zagreb to meet Prime Minister Y": the host of the capital\'s state', 'Graz (APN) - Austrian Foreign Minister Beate Maier on Wednesday received her Slovenian counterpart Tanja Novak in Graz.\n\nAlready in June Chancellor Karl Huber is expected in Zagreb to meet Prime Minister Andrej Babic, it was said from the Chancellery.', 'Andrej Babic', 'HR'],
    ['"the state visit of President X to Montevideo": not of the state visited', 'ASUNCION. The governments of Paraguay and Uruguay have begun preparing the first state visit of President Santiago Mendez to Montevideo, which could take place in August.', 'Santiago Mendez', 'PY'],
    ['"X did not attend, sending instead Foreign Minister Y": Y is of X\'s state', 'Argentine President Javier Molina did not attend that summit, sending instead Foreign Minister Diana Ruiz.', 'Diana Ruiz', 'AR'],
    ['"held talks with the Emirati guest": not the host\'s state', 'DOHA, March 5 (QNA) - Emirati Foreign Minister Saif Al Nahyan arrived on Monday.\n\nLater on the same day, Prime Minister and Minister of Foreign Affairs Sheikh Fahad bin Ali Al-Thani held official talks with the Emirati guest at the Ministry of Foreign Affairs.', 'Fahad bin Ali Al-Thani', 'QA'],
    ['"The Russian delegation was again headed by X, an aide to …, and included Deputy Foreign Minister Y": the delegation that includes, far back in the clause', 'ISTANBUL - Turkish Foreign Minister Hakan Demir opened the talks. The Russian delegation was again headed by Pavel Orlov, an aide to the President, and included Deputy Foreign Minister Ivan Petrov.', 'Ivan Petrov', 'RU'],
    ['"welcomed France\'s support" and "the arrangement with Australia and New Zealand": states dealt with, not the speaker\'s (nor does "welcomed France\'s support" make a meeting)', 'The French envoy was in Suva for talks. Prime Minister Joeli Naivalu welcomed France\'s support under the arrangement with Australia and New Zealand.', 'Joeli Naivalu', 'FJ'],
    ['"His first engagement was with the British prime minister …": someone named next, not the host told before', 'RIO DE JANEIRO: Prime Minister Anil Verma was received at the summit venue by President Paulo Costa, whose country holds the presidency. His first engagement was with the British prime minister. Tom Hale and Verma agreed to resume trade talks.', 'Paulo Costa', 'BR'],
    ['the host who receives, in the passive, is not of the state the visitor flew in from', 'RIO DE JANEIRO: Indian Prime Minister Anil Verma, who flew in late on Sunday from Nigeria, was received at the summit venue by President Paulo Costa.', 'Paulo Costa', 'BR'],
    ['a post-nominal after the name in apposition ("the Australian Minister for the Pacific, Hon. X MP, at …")', 'The Prime Minister received a courtesy call from the Australian Minister for International Development and the Pacific, Hon. Tom Hale MP, at his office in Suva.', 'Tom Hale', 'AU'],
    ['the host who receives, in the passive, after a title in apposition ("was received by the Head of Government, X")', 'Rabat - Moroccan Foreign Minister Karim Alami held talks in Rabat on Wednesday with Portuguese Foreign Minister Rui Sousa. Later in the day, the head of Portuguese diplomacy was received by the Head of Government, Aziz Benali.', 'Aziz Benali', 'MA'],
  ])('country from context: %s', (_n, body, name, code) => {
    const o = extract(art(body)).officials.find((x) => x.name === name);
    expect(o?.country ?? o?.org).toBe(code);
  });
});

// Name variants: transliterations differ in their vowels (a consonant skeleton matches them),
// but a name ending in a vowel is not one ending in a consonant.
describe('the state of a paper\'s web address', () => {
  it.each([
    ['https://econews.pt/politica/x', 'PT', 'a country-code domain'],
    ['https://www.dailynews-example.co.tz/news/x', 'TZ', 'under ".co"'],
    ['https://www.bbc.co.uk/news', 'GB', '".uk" is GB'],
    ['https://arynews.tv/x', null, 'a country code sites use for its look'],
    ['https://www.rt.com/x', null, 'a generic domain'],
    [null, null, 'no address'],
  ] as [string | null, string | null, string][])('%s → %s (%s)', (url, code) => {
    expect(homeOfUrl(url)).toBe(code);
  });
  it('gives its state to one with no other clue, when there is no dateline', () => {
    const body = 'The Prime Minister, Luis Moreira, met Spanish Foreign Minister Ana Gil on Tuesday.';
    const got = (url: string | null) => extract({ ...art(body), url }).officials.map((o) => [o.name, o.country]);
    expect(got('https://www.diario-exemplo.pt/politica/x')).toEqual([['Luis Moreira', 'PT'], ['Ana Gil', 'ES']]);
    expect(got(null)).toEqual([['Luis Moreira', null], ['Ana Gil', 'ES']]);
  });
});

describe('titles', () => {
  it.each([
    ['forms of address after the role go', 'Crown Prince and Prime Minister His Royal Highness Prince Fahd bin Nasser received Ana Rojas.', 'Crown Prince and Prime Minister'],
    ['a trailing honorific goes', 'Foreign Minister Prince Fahd bin Nasser received Ana Rojas.', 'Foreign Minister'],
    ['"Crown Prince" keeps its prince', 'Crown Prince Fahd bin Nasser received Ana Rojas.', 'Crown Prince'],
    ['"the special envoy of" before a whole title is someone else\'s role', 'Ana Rojas attended the inauguration as the special envoy of King Fahd bin Nasser.', 'King'],
    ['"a message from X of Somalia to HH the Amir Sheikh Y": the title after "to" is Y\'s alone', 'The minister handed over a message from President Ali Farah of Somalia to HH the Amir Sheikh Fahd bin Nasser.', 'Amir'],
    ['…but a title with its own "of" stays whole', 'Minister of Foreign Affairs Prince Fahd bin Nasser received Ana Rojas.', 'Minister of Foreign Affairs'],
  ])('%s', (_n, body, title) => {
    expect(extract(art(body)).officials.find((o) => o.name === 'Fahd bin Nasser')?.title).toBe(title);
  });
});

describe('name forms', () => {
  it.each([
    ['vowels differ inside', ['Muhammad', 'Salem'], ['Mohammed', 'Salem'], true],
    ['final i / y', ['Sergei', 'Orlov'], ['Sergey', 'Orlov'], true],
    ['a surname alone', ['Orlov'], ['Sergey', 'Orlov'], true],
    ['final vowel against final consonant', ['Malika'], ['Omar', 'Malik'], false],
    ['same skeleton, different ending', ['Karina'], ['Lena', 'Karin'], false],
    ['the first of two surnames', ['Ortega'], ['Luis', 'Ortega', 'Vidal'], true],
    ['the name a person goes by, inside the full name', ['Zeca'], ['José', 'Carlos', 'Zeca', 'da', 'Costa'], true],
    ['an inner word only when spelt the same', ['Ortego'], ['Luis', 'Ortega', 'Vidal'], false],
    ['a surname without its Arabic article', ['Haddad'], ['Karim', 'el-Haddad'], true],
    ['a skeleton match needs spellings of about one length', ['Petrova'], ['Ivan', 'Petrov'], false],
    ['and with it, written with a capital', ['Al-Haddad'], ['Karim', 'al-Haddad'], true],
    ['no inner word in a two-word name', ['Ortega'], ['Ortega', 'Vidal'], true],
  ])('%s', (_n, short, full, same) => {
    expect(formMatches(short, full)).toBe(same);
  });

  it('a short form that only sounds like another person stays apart', () => {
    const x = extract(art('Interior Minister Omar Malik met the press on Monday. Former prime minister Sheikh Malika had left the country.'));
    expect(x.officials.map((o) => o.name).sort()).toEqual(['Malika', 'Omar Malik']);
  });
});
