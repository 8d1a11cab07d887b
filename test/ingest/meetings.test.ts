import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import type { Article } from '../../src/ingest/types.ts';

const art = (body: string, published: string | null = '2024-03-07'): Article => ({
  id: 't', url: null, title: null, published, source: null, body,
});
const meet = (body: string, published: string | null = '2024-03-07') =>
  extract(art(body, published)).meetings.map((m) => ({ kind: m.kind, status: m.status, date: m.date, p: [...m.participants].sort() }));

describe('meetings', () => {
  it.each([
    [
      '"The American envoy then flew to Kigali, where President Y received him": the visitor of the meeting told last (no one holds "envoy" in a title)',
      "Massad Boutros, senior adviser to the US president for Africa, was received on Tuesday in Kinshasa by Head of State Felix Tshimanga. The American envoy then flew to Kigali, where President Paul Kagina received him on Wednesday.",
      [
        { kind: 'meeting', status: 'held', date: '2025-11-18', p: ['Felix Tshimanga', 'Massad Boutros'] },
        { kind: 'meeting', status: 'held', date: '2025-11-19', p: ['Massad Boutros', 'Paul Kagina'] },
      ],
      '2025-11-20',
    ],
    [
      '"X was received by Y, the UAE foreign minister, who later spoke by phone with Z": the reception, then Y\'s call with Z (not one call of the three)',
      "Palestinian Foreign Minister Karim Haddad was received in Abu Dhabi on Monday by Sheikh Saif bin Rashid, the UAE foreign minister, who later spoke by phone with Egypt's Foreign Minister Adel Mansour.",
      [
        { kind: 'meeting', status: 'held', date: '2024-02-19', p: ['Karim Haddad', 'Saif bin Rashid'] },
        { kind: 'call', status: 'held', date: '2024-02-19', p: ['Adel Mansour', 'Saif bin Rashid'] },
      ],
      '2024-02-20',
    ],
    [
      '"called on X at the ministry … on Wednesday to discuss …" is a visit placed or dated, not "called on X to …" urging (which stays none)',
      "Foreign Minister Sihasak Phuangkaew spoke to reporters. ASEAN Secretary-General Kao Kim Heng called on Sihasak at the ministry in Bangkok on Wednesday to discuss preparations for the regional summit. The minister called on Israel to stop the offensive.",
      [{ kind: 'meeting', status: 'held', date: '2025-10-08', p: ['Kao Kim Heng', 'Sihasak Phuangkaew'] }],
      '2025-10-10',
    ],
    [
      '"Sports Minister Z joined them, according to …" joins the meeting told ("joined them", "joined him", "joined her" before a comma)',
      "Anthony Albright, on a two-day visit, sat alongside his host James Maru in the VIP stand, and the two leaders slipped away at half-time for a twenty-minute catch-up in a stadium suite. Sports Minister Wera Kamu joined them, according to the Prime Minister's office.",
      [{ kind: 'meeting', status: 'held', date: null, p: ['Anthony Albright', 'James Maru', 'Wera Kamu'] }],
      '2025-10-20',
    ],
    [
      'a source that names no person ends at its comma ("According to the ministry, X spoke by phone with Y"); "used the 25-minute call with Y" is a call; "sat down separately with Y to discuss" was held',
      "According to the ministry, Taoiseach Mary Byrne spoke by phone with Prime Minister John Hale on Monday. Taoiseach Mary Byrne used the 25-minute call with Prime Minister John Hale to press for clarity on legacy inquests. On the sidelines, the bank's president, Sidi Tahar, sat down separately with Finance Minister Aiko Sato to discuss co-financing.",
      [
        { kind: 'call', status: 'held', date: '2025-10-13', p: ['John Hale', 'Mary Byrne'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Aiko Sato', 'Sidi Tahar'] },
      ],
      '2025-10-16',
    ],
    [
      '"X received Y … During the call, Y briefed X": a courtesy call, the reception told, which "Also present at the call were Z and W" join',
      "Union Minister for Foreign Affairs U Than Swe received Special Envoy Mr. Deng Xiaowen at the Ministry yesterday afternoon. During the call, Mr. Deng Xiaowen briefed the Union Minister on the border situation. Also present at the call were Deputy Minister Daw Khin Mya and Director-General U Zaw Min Oo.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Deng Xiaowen', 'Khin Mya', 'Than Swe', 'Zaw Min Oo'] }],
      '2024-03-08',
    ],
    [
      '"X … confirmed his participation in the Consultative Meeting" is to come; "The meeting was attended by Z" then joins the reception held',
      "Yesterday, President of the Kyrgyz Republic Sadyr Bekov received Deputy Prime Minister of Kazakhstan Yerlan Omarov, who arrived in Bishkek as special envoy. Sadyr Bekov asked the guest to convey his warm greetings to President of Kazakhstan Kassym Nurlanov and confirmed his participation in the Consultative Meeting. The meeting was attended by Chairman of the Cabinet of Ministers Adylbek Asanov.",
      [
        { kind: 'meeting', status: 'held', date: '2026-01-27', p: ['Adylbek Asanov', 'Sadyr Bekov', 'Yerlan Omarov'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Kassym Nurlanov', 'Sadyr Bekov'] },
      ],
      '2026-01-28',
    ],
    [
      '"X was accompanied by Y; on the Romanian side, Z joined the second half of the talks": a part after ";" with a joiner\'s cue of its own joins too',
      "Serbian Prime Minister Goran Ilic held talks in Bucharest on Monday with his Romanian counterpart Mihai Stan. Ilic was accompanied by Energy Minister Vesna Kovac; on the Romanian side, Economy Minister Radu Pop joined the second half of the talks, according to the Romanian government.",
      [{ kind: 'meeting', status: 'held', date: '2025-11-24', p: ['Goran Ilic', 'Mihai Stan', 'Radu Pop', 'Vesna Kovac'] }],
      '2025-11-25',
    ],
    [
      '"X accompanied President Y to the palace, where Prime Minister Z received him": "him" is Y, with X beside him',
      "Ambassador Ana Diaz accompanied President Juan Perez to the palace, where Prime Minister Tom Lee received him for nearly an hour.",
      [{ kind: 'meeting', status: 'held', date: null, p: ['Ana Diaz', 'Juan Perez', 'Tom Lee'] }],
      '2025-04-10',
    ],
    [
      'an op-ed\'s byline of no title with a note naming no one ("The author is Spain\'s Secretary of State …") is its "I"; "I travelled to Rome to meet Y" was held',
      "By Maria Lopez Vidal\n\nThe author is Spain's Secretary of State for Foreign Affairs.\n\nThis is not an abstract idea for me. On 3 March I travelled to Rome to meet my Italian counterpart, Deputy Minister Paolo Ricci. We spent a long afternoon at the Farnesina.",
      [{ kind: 'meeting', status: 'held', date: '2025-03-03', p: ['Maria Lopez Vidal', 'Paolo Ricci'] }],
      '2025-04-10',
    ],
    [
      '"X, …, and Y, …, spent Monday in Adre. In Abeche the same evening, they met Z": with no meeting told, "they" are the people the sentence before opens with',
      "Anna Berg, UNHCR's Assistant High Commissioner for Protection, and Kossi Ameyo, the World Food Programme's Country Director in Chad, spent Monday in Adre. In the provincial capital Abeche the same evening, they met the governor of Ouaddai province, General Ahmat Youssouf Issa.",
      [{ kind: 'meeting', status: 'held', date: null, p: ['Ahmat Youssouf Issa', 'Anna Berg', 'Kossi Ameyo'] }],
      '2025-05-14',
    ],
    [
      'a tour of three stops: "spoke for more than two hours in the presence of Z" joins; "President Y received his guest" is the last meeting\'s visitor; "the Senegalese leader" is its Head of State',
      "Back in Dakar since last night, the Head of State, Amadou Sow, completed a three-day tour. The first leg, on Monday, took him to Bamako, where the transition president, General Moussa Keita, welcomed him at Koulouba palace. The two men spoke for more than two hours in the presence of the Senegalese Minister of Foreign Affairs, Awa Ndiaye. On Tuesday President Kouame Yao received his guest at the presidential palace in Abidjan. The final stop, on Wednesday, was Conakry. There the Senegalese leader was received by General Sekou Camara.",
      [
        { kind: 'meeting', status: 'held', date: '2025-06-02', p: ['Amadou Sow', 'Awa Ndiaye', 'Moussa Keita'] },
        { kind: 'meeting', status: 'held', date: '2025-06-03', p: ['Amadou Sow', 'Kouame Yao'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Amadou Sow', 'Sekou Camara'] },
      ],
      '2025-06-05',
    ],
    [
      '"after he had negotiated with foreign minister Y" is a meeting; "the head of the ministry" is the story\'s foreign minister; "was present also on these talks" joins',
      "Minister of Foreign Affairs and Trade Kovacs Laszlo held talks yesterday in Tashkent and today in Astana, the ministry said. In Tashkent the minister was received by President of Uzbekistan Anvar Karimov, after he had negotiated with foreign minister Jasur Toshev. In Astana today the head of the ministry met Kazakh foreign minister Daulet Abenov. Deputy state secretary Nagy Eva was present also on these talks.",
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Anvar Karimov', 'Kovacs Laszlo'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Jasur Toshev', 'Kovacs Laszlo'] },
        { kind: 'meeting', status: 'held', date: '2025-07-22', p: ['Daulet Abenov', 'Kovacs Laszlo', 'Nagy Eva'] },
      ],
      '2025-07-22',
    ],
    [
      'an interview\'s answers labelled with initials ("PRN:") are that person\'s, an envoy of no title yet: "I was in the room", "I accompanied him" join the meetings told',
      "Paulo Reis Neto took up his post as Brazil's ambassador to Venezuela in January. He spoke to us by video.\n\nQ: President Lula received Nicolas Maduro in Brasilia on Monday, 29 May. Were you there?\n\nPRN: I was in the room at Planalto. The two presidents spoke for two hours.\n\nQ: Celso Amorim went to Caracas before that, in March.\n\nPRN: Minister Amorim met President Maduro at Miraflores, yes. I accompanied him.",
      [
        { kind: 'meeting', status: 'held', date: '2023-05-29', p: ['Lula', 'Nicolas Maduro', 'Paulo Reis Neto'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Celso Amorim', 'Nicolas Maduro', 'Paulo Reis Neto'] },
      ],
      '2023-06-02',
    ],
    [
      'a translated tour: "the head of the Angolan diplomacy" is the Minister of External Relations; "In the hearing participated also Z" joins; "received the Angolan minister Wednesday"; "accompanied in all the tour by W" joins every stop',
      "Luanda - The Minister of External Relations, Tomas Bento, concluded on Wednesday a tour of two countries. First stage was Kinshasa, where on Monday the head of the Angolan diplomacy was received in audience by President Felix Mbala. In the hearing participated also the Congolese Minister of State, Therese Kanku. The tour ended in Bujumbura, where President Evariste Niyonzima received the Angolan minister Wednesday at the palace. The minister was accompanied in all the tour by the secretary of State for Cooperation, Nzuzi Cassoma.",
      [
        { kind: 'meeting', status: 'held', date: '2024-09-16', p: ['Felix Mbala', 'Nzuzi Cassoma', 'Therese Kanku', 'Tomas Bento'] },
        { kind: 'meeting', status: 'held', date: '2024-09-18', p: ['Evariste Niyonzima', 'Nzuzi Cassoma', 'Tomas Bento'] },
      ],
      '2024-09-20',
    ],
    [
      '"spoke by video with Y" is a call; a speaker label of a full name in capitals, opening with a capital beyond ASCII ("ÞÓRA KARLSDÓTTIR:"), is that official',
      "Minister Karlsdóttir, please.\n\nÞÓRA KARLSDÓTTIR: Thank you. Before we sat down I also spoke by video with the High Representative, Ines Vogel, about sanctions.",
      [{ kind: 'call', status: 'held', date: null, p: ['Ines Vogel', 'Karlsdóttir'] }],
      '2025-06-27',
    ],
    [
      'machine-translated order: "To the meeting have participated also the minister of Defence Y" joins the meeting',
      "ROME - The President of the Council Ana Rossi has received yesterday at the palace the Libyan commander Omar Saleh for a meeting on migration. To the meeting have participated also the minister of Defence Paolo Bianchi.",
      [{ kind: 'meeting', status: 'held', date: '2026-03-05', p: ['Ana Rossi', 'Omar Saleh', 'Paolo Bianchi'] }],
      '2026-03-06',
    ],
    [
      '"X participated in a consultation convened by Y. The consultation brought together A and B": one gathering, which a video joiner joins too',
      "Foreign Minister Ruth Ferguson of the Bahamas participated on Wednesday in a ministerial consultation on Haiti convened by the Secretary General of the OAS, Alberto Ruiz. The consultation brought together, in person, the Foreign Minister of Barbados, Kevin Sealy, and Haiti's Minister of Foreign Affairs, Jean Baptiste Morel. The Foreign Minister of Jamaica, Marcia Grant, joined the meeting by video link.",
      [{ kind: 'meeting', status: 'held', date: '2025-12-10', p: ['Alberto Ruiz', 'Jean Baptiste Morel', 'Kevin Sealy', 'Marcia Grant', 'Ruth Ferguson'] }],
      '2025-12-12',
    ],
    [
      'an op-ed closed by its author\'s note ("X is Minister for Foreign Affairs."): "I" is X; "I was accompanied by Y" and "The Foreign Secretary was joined by Z" join the meeting of those the sentence before names, not a call told since',
      "On Monday I sat down in London with the Foreign Secretary, Tom Hale, for the first time. We met at the Foreign Office for an hour.\n\nLast year I welcomed Prime Minister John Carver to Dublin on 7 September.\n\nThe Taoiseach, Sean Kelly, spoke to the Prime Minister by phone last Friday. On Monday the Foreign Secretary and I worked through the agenda.\n\nI was accompanied by our ambassador in London, Martin Rooney. The Foreign Secretary was joined by his minister for Europe, Paul Drew.\n\nAoife Brennan is Minister for Foreign Affairs.",
      [
        { kind: 'meeting', status: 'held', date: '2025-01-27', p: ['Aoife Brennan', 'Martin Rooney', 'Paul Drew', 'Tom Hale'] },
        { kind: 'meeting', status: 'held', date: '2024-09-07', p: ['Aoife Brennan', 'John Carver'] },
        { kind: 'call', status: 'held', date: '2025-01-24', p: ['John Carver', 'Sean Kelly'] },
      ],
      '2025-01-30',
    ],
    [
      '"used the occasion to meet Y", "used the sidelines to hold separate talks with": an occasion taken in the past, the meeting held',
      "Kenyan Foreign Minister Peter Otieno, in Geneva for the rights council, used the occasion to meet Swiss Foreign Minister Anna Keller on Monday.",
      [{ kind: 'meeting', status: 'held', date: '2025-11-10', p: ['Anna Keller', 'Peter Otieno'] }],
      '2025-11-14',
    ],
    [
      'a transcript\'s speaker label makes "I" and "myself" of its paragraph that official ("PETRESCU: … I spoke with Minister Y by phone yesterday")',
      "MODERATOR: Good afternoon. Minister Ana Vilku, please.\n\nVILKU: Thank you. This morning President Maia Sandu received the Romanian minister, Oana Petrescu, and myself at the presidency.\n\nMODERATOR: Minister Petrescu.\n\nPETRESCU: Thank you. I spoke with Minister Marko Dukic of Serbia by phone yesterday.",
      [
        { kind: 'meeting', status: 'held', date: '2025-10-09', p: ['Ana Vilku', 'Maia Sandu', 'Oana Petrescu'] },
        { kind: 'call', status: 'held', date: '2025-10-08', p: ['Marko Dukic', 'Oana Petrescu'] },
      ],
      '2025-10-09',
    ],
    [
      '"The two presidents spent three hours at …, flanked by their foreign ministers, X and Y": X and Y join the presidents\' meeting',
      "Mexican President Ana Torres and her Guatemalan counterpart Luis Ixcot agreed on Tuesday to set up a joint task force. The two presidents spent close to three hours at a customs complex on the edge of Tapachula, flanked by their foreign ministers, Juan Pablo Robles and Carlos Ramiro Xol.",
      [{ kind: 'meeting', status: 'held', date: '2025-03-11', p: ['Ana Torres', 'Carlos Ramiro Xol', 'Juan Pablo Robles', 'Luis Ixcot'] }],
      '2025-03-12',
    ],
    [
      '"the Prime Minister and Minister of Foreign Affairs, Sheikh X" is X\'s title, not the story\'s other prime minister (a guard of the one titled just so)',
      "External Affairs Minister S. Kumar conveyed the greetings of Prime Minister Arun Mehta to the Amir. He then held talks with the Prime Minister and Minister of Foreign Affairs, Sheikh Khalid bin Saad Al Thani, on energy.",
      [{ kind: 'meeting', status: 'held', date: null, p: ['Khalid bin Saad Al Thani', 'S. Kumar'] }],
      '2025-10-21',
    ],
    [
      '"the Minister spoke by telephone with Foreign Minister Y" beside a Minister of State and a Foreign Minister, in a spokesperson\'s briefing: the one titled just "Minister"',
      "Questions were answered by Director-General of Public Communications Nilu Fernando. Let me begin with the Minister's engagements. Minister Ruwan Perera received the Minister of State for External Affairs of India, Amit Saxena, this morning at the Ministry. On Monday evening, the Minister spoke by telephone with Foreign Minister Kenji Morita of Japan.",
      [
        { kind: 'meeting', status: 'held', date: '2025-06-19', p: ['Amit Saxena', 'Ruwan Perera'] },
        { kind: 'call', status: 'held', date: '2025-06-16', p: ['Kenji Morita', 'Ruwan Perera'] },
      ],
      '2025-06-19',
    ],
    [
      '"Y was on the line as well" joins the call told before; "The Bhutanese side at the talks included Z" joins the talks',
      "President Taras Bondar says he has just spoken by phone with Lithuania's President Jonas Petraitis. Vilnius confirmed the call; Petraitis's foreign policy adviser Tomas Kairys was on the line as well, according to the Lithuanian presidency. India's Foreign Secretary Arvind Menon held bilateral talks with Bhutan's Foreign Minister Pema Dorji at the Gyalyong Tshogkhang on Monday. The Bhutanese side at the talks included the Foreign Secretary of Bhutan, Dasho Sonam Wangdi, and senior officials.",
      [
        { kind: 'call', status: 'held', date: null, p: ['Jonas Petraitis', 'Taras Bondar', 'Tomas Kairys'] },
        { kind: 'meeting', status: 'held', date: '2024-11-04', p: ['Arvind Menon', 'Pema Dorji', 'Sonam Wangdi'] },
      ],
      '2024-11-06',
    ],
    [
      '"Minister X informed his counterpart of his contacts with Z, with whom he had spoken by telephone on Tuesday": X\'s call with Z',
      "Greek Foreign Minister Nikos Karamanlis met Turkish Foreign Minister Emre Aksoy in Athens on Friday. Minister Karamanlis informed his counterpart of his contacts with the Bulgarian Foreign Minister, Stefan Petkov, with whom he had spoken by telephone on Tuesday regarding the interconnector.",
      [
        { kind: 'meeting', status: 'held', date: '2024-11-08', p: ['Emre Aksoy', 'Nikos Karamanlis'] },
        { kind: 'call', status: 'held', date: '2024-11-05', p: ['Nikos Karamanlis', 'Stefan Petkov'] },
      ],
      '2024-11-09',
    ],
    [
      '"An IMF staff team led by mission chief X ended a visit … Before leaving, the team met Y": X met Y',
      "An IMF staff team led by mission chief Maren Holt-Diaz ended a two-week visit to Accra on Thursday. Before leaving, the team met Finance Minister Kofi Adjei Boateng, the ministry said.",
      [{ kind: 'meeting', status: 'held', date: '2025-04-10', p: ['Kofi Adjei Boateng', 'Maren Holt-Diaz'] }],
      '2025-04-11',
    ],
    [
      '"Y also took part in the Riga talks": a city\'s name before the noun, still a joiner',
      "Swiss Foreign Minister Lukas Brunner met Latvian Foreign Minister Ilze Ozola in Riga on Thursday. Parliamentary Secretary Inga Kalnina also took part in the Riga talks, the ministry said.",
      [{ kind: 'meeting', status: 'held', date: '2026-05-14', p: ['Ilze Ozola', 'Inga Kalnina', 'Lukas Brunner'] }],
      '2026-05-15',
    ],
    [
      '"…, where he was received by President X" (the agent of a passive after "he") and "Y sat in on the talks" (a joiner) leave the story\'s subject: "On Monday he flew to Addis Ababa for talks with Z" is the visitor\'s',
      "Prime Cabinet Secretary Daniel Kiprono returned to Nairobi yesterday after a four-day shuttle. The Prime CS began in Dar es Salaam on Sunday, where he was received at State House by President Neema Mwakasege. Tanzania's Minister for Foreign Affairs, Juma Salim Haji, sat in on the talks. On Monday he flew to Addis Ababa for talks with Ethiopian Foreign Minister Dawit Alemu Tesfaye.",
      [
        { kind: 'meeting', status: 'held', date: '2025-03-23', p: ['Daniel Kiprono', 'Juma Salim Haji', 'Neema Mwakasege'] },
        { kind: 'meeting', status: 'held', date: '2025-03-24', p: ['Daniel Kiprono', 'Dawit Alemu Tesfaye'] },
      ],
      '2025-03-27',
    ],
    [
      '"the Pakistani foreign secretary paid a courtesy call on X, and separately met Y": that state\'s foreign secretary met each; "call on the chief adviser" is the Chief Adviser',
      "Foreign Secretary Md Rezaul Karim led the Bangladesh side, while Pakistan's delegation was led by its Foreign Secretary Sana Qureshi. Later in the day, the Pakistani foreign secretary paid a courtesy call on Chief Adviser Professor Kamal Uddin Ahmed at the state guesthouse, and separately met Foreign Adviser Md Abdul Hai at the foreign ministry. Pakistan's Foreign Minister Tariq Saleem is expected to hold talks with Abdul Hai and call on the chief adviser, officials said.",
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Kamal Uddin Ahmed', 'Sana Qureshi'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Md Abdul Hai', 'Sana Qureshi'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Kamal Uddin Ahmed', 'Md Abdul Hai', 'Tariq Saleem'] },
      ],
    ],
    [
      'a Bangladeshi readout: "Prime Minister K P X" keeps its bare initials; "the Foreign Adviser" is the "Foreign Affairs Adviser" (not the "Chief Adviser"); "Y assisted the Nepali minister" joins; "The Prime Minister recalled his meeting with Z" is his own',
      "KATHMANDU, May 15, 2025 (SNA) - Foreign Affairs Adviser Md. Rafiqul Islam Khan met Nepal's Minister for Foreign Affairs Dr. Sita Kumari Thapa here this morning. Foreign Secretary Bishnu Prasad Dahal assisted the Nepali minister. Later in the afternoon, the Foreign Adviser paid a courtesy call on Nepalese Prime Minister K B Raj Bhandari at his residence. The Prime Minister recalled his meeting with Chief Adviser Professor Anisur Rahman Chowdhury on the sidelines of the summit in Bangkok on April 4 this year.",
      [
        { kind: 'meeting', status: 'held', date: '2025-05-15', p: ['Bishnu Prasad Dahal', 'Md. Rafiqul Islam Khan', 'Sita Kumari Thapa'] },
        { kind: 'meeting', status: 'held', date: '2025-05-15', p: ['K B Raj Bhandari', 'Md. Rafiqul Islam Khan'] },
        { kind: 'meeting', status: 'held', date: '2025-04-04', p: ['Anisur Rahman Chowdhury', 'K B Raj Bhandari'] },
      ],
      '2025-05-15',
    ],
    [
      '"X on Wednesday handed S a written message from P": the letter is P\'s to S, and X met S',
      "Iran's Foreign Minister Reza Ganji Tabar on Wednesday handed Sultan Qais bin Hamad of Oman a written message from President Hamid Nouri Asl.",
      [
        { kind: 'other', status: 'held', date: '2026-01-21', p: ['Hamid Nouri Asl', 'Qais bin Hamad'] },
        { kind: 'meeting', status: 'held', date: '2026-01-21', p: ['Qais bin Hamad', 'Reza Ganji Tabar'] },
      ],
      '2026-01-22',
    ],
    [
      '"X has delivered a message from P to S, the ministry said on Thursday. The message was handed over in an audience … on Wednesday": X met S that day; "The top Iranian diplomat … held talks with his Omani counterpart Y": X; "A and B accompanied X in both meetings" join both',
      "TEHRAN, Jan. 22 - Iran's Foreign Minister Reza Ganji Tabar has delivered a written message from President Hamid Nouri Asl to Sultan Qais bin Hamad of Oman, the Foreign Ministry said on Thursday. The message was handed over in an audience at the palace in Muscat on Wednesday. The top Iranian diplomat later held talks with his Omani counterpart Salim bin Nasser Al Harthy. Deputy Foreign Minister Ali Rezaei Nik and Iran's ambassador to Muscat, Kamran Sadeghi Far, accompanied Ganji Tabar in both meetings.",
      [
        { kind: 'other', status: 'held', date: '2026-01-21', p: ['Hamid Nouri Asl', 'Qais bin Hamad'] },
        { kind: 'meeting', status: 'held', date: '2026-01-21', p: ['Ali Rezaei Nik', 'Kamran Sadeghi Far', 'Qais bin Hamad', 'Reza Ganji Tabar'] },
        { kind: 'meeting', status: 'held', date: '2026-01-21', p: ['Ali Rezaei Nik', 'Kamran Sadeghi Far', 'Reza Ganji Tabar', 'Salim bin Nasser Al Harthy'] },
      ],
      '2026-01-22',
    ],
    [
      '"the Minister of Foreign Affairs of Paraguay was received by Y" beside Brazil\'s minister: the one of that state; "Ireland\'s ambassador hosted a reception for the Irish delegation" is no meeting with its head (a guard of the "Ambassador X" title and of "the Nigerian team": passes at the start code too)',
      "The Minister of Foreign Affairs, Ambassador Rafael Duarte Lins, received yesterday the Minister of Foreign Affairs of the Republic of Paraguay, Ramon Ayala Benitez, for a working meeting. Brazil is Paraguay's main trading partner. Also on May 8, the Minister of Foreign Affairs of Paraguay was received by the Vice-President of the Republic, Celso Arantes Lobo, at the Planalto Palace. Paraguay's ambassador in Brasilia, Hugo Benitez Rojas, hosted a reception for the Paraguayan delegation at the embassy.",
      [
        { kind: 'meeting', status: 'held', date: '2024-05-08', p: ['Rafael Duarte Lins', 'Ramon Ayala Benitez'] },
        { kind: 'meeting', status: 'held', date: '2024-05-08', p: ['Celso Arantes Lobo', 'Ramon Ayala Benitez'] },
      ],
      '2024-05-09',
    ],
    [
      '"the head of Uruguayan diplomacy was received by President Y" with his ambassador named too: the foreign minister; "The American head of state telephoned his Angolan counterpart" after that president\'s visit was postponed: that president',
      "The Minister of Foreign Affairs, Lucia Ortega Paz, received on Wednesday her Uruguayan counterpart, Mateo Salgado Ruiz, with Uruguay's ambassador in Quito, Ines Berro Cabral. In the afternoon, the head of Uruguayan diplomacy was received at the palace by President Andres Vela Cordero. The visit that President Tom Haldane of the United States was due to make to Angola was postponed. The American head of state telephoned his Angolan counterpart, Manuel Kiala Neto, on Wednesday to explain the decision.",
      [
        { kind: 'meeting', status: 'held', date: '2024-06-12', p: ['Ines Berro Cabral', 'Lucia Ortega Paz', 'Mateo Salgado Ruiz'] },
        { kind: 'meeting', status: 'held', date: '2024-06-12', p: ['Andres Vela Cordero', 'Mateo Salgado Ruiz'] },
        { kind: 'meeting', status: 'cancelled', date: null, p: ['Tom Haldane'] },
        { kind: 'call', status: 'held', date: '2024-06-12', p: ['Manuel Kiala Neto', 'Tom Haldane'] },
      ],
      '2024-06-13',
    ],
    [
      'a tour: "Minister of Foreign Affairs, Ambassador X" is a minister ("the minister drove to Lomé" is X, not the last host); "The last stop, Cotonou, came on Wednesday. There, Y hosted the Nigerian team" is X\'s meeting in Cotonou that day; "Travelling with X throughout were A and B" joins every meeting of X',
      "Nigeria's Minister of Foreign Affairs, Ambassador Bello Kawu Danladi, returned to Abuja on Thursday after a swing through Ghana, Togo and Benin. The tour opened on Monday in Accra, where Danladi was received by Ghana's foreign minister, Ama Serwaa Boateng. Both ministers, speaking to journalists, said trade would top the agenda. On Tuesday the minister drove to Lomé, where he met the Togolese foreign minister, Kodjo Agbeyome Amenyo. The last stop, Cotonou, came on Wednesday. There, Benin's foreign minister, Romuald Hounkpe Dossou, hosted the Nigerian team for frank talks on the border. Travelling with Danladi throughout were the Permanent Secretary of the ministry, Ambassador Ibrahim Lawan Sule, and the director of the Africa department, Mrs Chioma Obi-Nnadi.",
      [
        { kind: 'meeting', status: 'held', date: '2024-07-15', p: ['Ama Serwaa Boateng', 'Bello Kawu Danladi', 'Chioma Obi-Nnadi', 'Ibrahim Lawan Sule'] },
        { kind: 'meeting', status: 'held', date: '2024-07-16', p: ['Bello Kawu Danladi', 'Chioma Obi-Nnadi', 'Ibrahim Lawan Sule', 'Kodjo Agbeyome Amenyo'] },
        { kind: 'meeting', status: 'held', date: '2024-07-17', p: ['Bello Kawu Danladi', 'Chioma Obi-Nnadi', 'Ibrahim Lawan Sule', 'Romuald Hounkpe Dossou'] },
      ],
      '2024-07-19',
    ],
    [
      '"The presidents of A and B spoke by telephone" before they are named, with others of B named later: the heads of state',
      "The presidents of Peru and Bolivia spoke by telephone on Tuesday. According to Lima, President Ana Quiroga Salas raised the border. Bolivia's President Luis Mamani Choque replied that security came first. Bolivia's foreign minister, Rosa Condori Apaza, said channels were open. Her Peruvian counterpart, Elena Rivas Paredes, told radio a date would come. Bolivia's vice minister of trade, Jaime Vaca Roca, spoke to exporters.",
      [{ kind: 'call', status: 'held', date: '2025-08-05', p: ['Ana Quiroga Salas', 'Luis Mamani Choque'] }],
      '2025-08-08',
    ],
    [
      '"… a joint committee that has not met since 2019, … after talks at the palace": a body\'s sittings are no meeting word; the talks are the pair\'s',
      "QUITO, May 8 - Ecuador's foreign minister Lucia Andrade Paz and her Colombian counterpart Tomas Villegas Ruiz agreed on Wednesday to revive a river commission that has not met since 2018, officials said after talks at the Carondelet palace.",
      [{ kind: 'meeting', status: 'held', date: '2025-05-07', p: ['Lucia Andrade Paz', 'Tomas Villegas Ruiz'] }],
      '2025-05-08',
    ],
    [
      '"X and Y have handled the border commissions, which last met in December": a body\'s sitting, no meeting of X and Y',
      "Azerbaijan's presidential aide Farid Guliyev and Armenia's Security Council secretary Aram Sargsyan have handled the border commissions, which last met in December, according to the Armenian side.",
      [],
    ],
    [
      '"Received the Prime Minister Mr. Mohammed Shia X, yesterday, a phone call from …": the name keeps "Shia" after a form of address; "In separate context, …" tells a meeting of its own, never merged with the visit invited to before',
      'Baghdad – Received the Prime Minister Mr. Mohammed Shia al-Karim, yesterday evening Tuesday, a phone call from the President of the Republic of Turkey Mr. Recep Yildiz. The Turkish president renewed his invitation to al-Karim for visiting Ankara in the nearest time. In separate context, the Minister of Foreign Affairs Mr. Fuad Salih received in his office in Baghdad yesterday the Ambassador of Turkey in Baghdad Mr. Kerem Ozturk, and attended the meeting the adviser of Prime Minister for water Dr. Sabah al-Janabi. It was discussed the preparations for the meeting of the joint committee for water which is expected to convene in Ankara during the next month.',
      [
        { kind: 'call', status: 'held', date: '2024-10-01', p: ['Mohammed Shia al-Karim', 'Recep Yildiz'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Mohammed Shia al-Karim', 'Recep Yildiz'] },
        { kind: 'meeting', status: 'held', date: '2024-10-01', p: ['Fuad Salih', 'Kerem Ozturk', 'Sabah al-Janabi'] },
      ],
      '2024-10-02',
    ],
    [
      '"The Head of State held a telephone conversation with …" after another\'s meeting: the story\'s president',
      'President Andry Rakoto received Malawian Transport Minister Grace Phiri on Tuesday. Malagasy Foreign Minister Rasata Rafara met Malawian Ambassador Peter Banda on Monday. The Head of State held a telephone conversation with the President of Mozambique, Filipe Nyusi.',
      [
        { kind: 'meeting', status: 'held', date: '2024-09-10', p: ['Andry Rakoto', 'Grace Phiri'] },
        { kind: 'meeting', status: 'held', date: '2024-09-09', p: ['Peter Banda', 'Rasata Rafara'] },
        { kind: 'call', status: 'held', date: null, p: ['Andry Rakoto', 'Filipe Nyusi'] },
      ],
      '2024-09-12',
    ],
    [
      '"He and Y spoke by phone last week, …, and last met face-to-face at Miraflores on Nov. 1": a call of the one named before and Y (no day), and their last meeting on that day',
      'Colombian President Gustavo Pinto restored relations after taking office in August. He and Venezuelan President Nicolás Mora spoke by phone last week, according to Pinto\'s office, and last met face-to-face at Miraflores on Nov. 1.',
      [
        { kind: 'call', status: 'held', date: null, p: ['Gustavo Pinto', 'Nicolás Mora'] },
        { kind: 'meeting', status: 'held', date: '2022-11-01', p: ['Gustavo Pinto', 'Nicolás Mora'] },
      ],
      '2023-01-18',
    ],
    [
      '"X first held talks with Y at the foreign ministry before being received by Z": a second meeting, with Z; "W took part in both meetings" joins the two',
      "Colombia's foreign minister met with Venezuelan President Nicolás Mora on Tuesday. Colombian Foreign Minister Álvaro Vega arrived in Caracas in the morning and first held talks with his Venezuelan counterpart, Carlos Rivas, at the foreign ministry before being received by Mora at Miraflores Palace in the afternoon. Colombia's ambassador to Venezuela, Armando Ruiz, took part in both meetings.",
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Armando Ruiz', 'Carlos Rivas', 'Álvaro Vega'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Armando Ruiz', 'Nicolás Mora', 'Álvaro Vega'] },
      ],
      '2023-01-18',
    ],
    [
      '"the Foreign Secretary" before a second Foreign Secretary is named is the one named so far; a title in apposition to the second\'s name is the second',
      'Indian Foreign Secretary Arun Mehta arrived in Thimphu on Tuesday. The Foreign Secretary called on Prime Minister Pema Tshering in the afternoon. The Foreign Secretary also held consultations with the Foreign Secretary of Bhutan, Karma Wangdi, on Wednesday. Later, the Foreign Secretary of Bhutan, Karma Wangdi, received the Minister of Foreign Affairs and Trade of Nepal, Ram Thapa, who had arrived the same day.',
      [
        { kind: 'meeting', status: 'held', date: '2024-11-19', p: ['Arun Mehta', 'Pema Tshering'] },
        { kind: 'meeting', status: 'held', date: '2024-11-20', p: ['Arun Mehta', 'Karma Wangdi'] },
        { kind: 'meeting', status: 'held', date: '2024-11-20', p: ['Karma Wangdi', 'Ram Thapa'] },
      ],
      '2024-11-21',
    ],
    [
      '"The meeting was attended by Y" closing a readout joins the meeting told seven sentences before',
      'ASTANA - President Aidar Nurlan received WHO Regional Director Hans Berg at the Akorda on Wednesday. The Head of State noted the partnership. He recalled a conference of 1978. Nurlan informed the guest about reforms. Attention was paid to digital care. Berg thanked the President. He praised the progress. The meeting was attended by Minister of Healthcare Aigul Sadykova.',
      [{ kind: 'meeting', status: 'held', date: '2024-09-25', p: ['Aidar Nurlan', 'Aigul Sadykova', 'Hans Berg'] }],
      '2024-09-26',
    ],
    [
      '"The two leaders met …" with no meeting told before: the only two leaders named so far; "whether the two leaders could speak" is none',
      'Prime Minister Aziz Rahman remains committed to the retreat. It will be hosted by Singapore Prime Minister Tan Wei Ming. Nobody said whether the two leaders could speak by phone. The two leaders met at the previous retreat in Putrajaya in January.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Aziz Rahman', 'Tan Wei Ming'] }],
      '2025-11-13',
    ],
    [
      '"the three chiefs were received by Y": the three of the meeting before and Y; a name after "near" is a place',
      "N'DJAMENA - Nigeria's Chief of Defence Staff, General Ali Musa, Cameroon's Chief of Defence Staff, General Paul Ndongo, and Chad's Chief of Staff, General Idriss Haggar, met on Tuesday. On Wednesday the three chiefs were received by Chad's President Omar Deby. Musa and Haggar also held talks on refugees in camps near Baga Sola.",
      [
        { kind: 'meeting', status: 'held', date: '2024-05-14', p: ['Ali Musa', 'Idriss Haggar', 'Paul Ndongo'] },
        { kind: 'meeting', status: 'held', date: '2024-05-15', p: ['Ali Musa', 'Idriss Haggar', 'Omar Deby', 'Paul Ndongo'] },
        { kind: 'meeting', status: 'held', date: '2024-05-15', p: ['Ali Musa', 'Idriss Haggar'] },
      ],
      '2024-05-16',
    ],
    [
      'a meeting reported and denied in the sentences after ("No such meeting took place") is none; a journalist asking at a briefing ("QUESTION (X, news agency):") takes part in nothing',
      'QUESTION (Rana Aslam, television channel): There are reports that Special Representative Omar Sadiq secretly met Interior Minister Karim Haqqani in Dubai last week. Can you confirm? SPOKESPERSON: These reports are baseless. No such meeting took place. QUESTION (Asif Malik, news agency): Was trade discussed in the call between Foreign Minister Ishaq Dar and Iranian Foreign Minister Reza Araghi on Tuesday?',
      [{ kind: 'call', status: 'held', date: '2025-01-21', p: ['Ishaq Dar', 'Reza Araghi'] }],
      '2025-01-23',
    ],
    [
      '"On <day> he and Y met": the one "he" stands for and Y; "Z also took part in the conversation" joins; "she met members of the community" is no meeting',
      'New Zealand Prime Minister Ian Hart made Sydney his first stop. On 20 December 2023 he and Australian Prime Minister Tom Reid met at Kirribilli House. Foreign Minister Ann Lee also took part in the conversation. Later she met members of the Maori community in Sydney.',
      [{ kind: 'meeting', status: 'held', date: '2023-12-20', p: ['Ann Lee', 'Ian Hart', 'Tom Reid'] }],
      '2025-01-30',
    ],
    [
      'an interview: "INTERVIEW | X has been Tanzania\'s High Commissioner to Kenya" makes X the one interviewed, and "You were received by President Y" is X\'s meeting',
      'INTERVIEW | Amina Juma has been Tanzania\'s High Commissioner to Kenya since last year. In this interview she talks about trade.\n\nYou were received by President Paul Kamau on Monday. What was that about?\n\nI handed over a letter on trade barriers.',
      [{ kind: 'meeting', status: 'held', date: '2024-06-03', p: ['Amina Juma', 'Paul Kamau'] }],
      '2024-06-05',
    ],
    [
      '"A senior Ukrainian official spent four hours with American negotiators": two states\' unnamed people, whom the delegations named next join; "Moscow\'s team was headed by X" after the talks of two other states: a session of its own',
      'GENEVA - A senior Ukrainian official spent more than four hours with American negotiators in Geneva on Wednesday. The Ukrainian delegation was led by Oleh Bondar, the head of the presidential office, and included Defence Minister Ivan Hrytsenko. Across the table sat Mark Ellis, a special envoy, and Dana Price, a deputy assistant secretary of state. Tuesday\'s session with the Russians was held at a separate venue. Moscow\'s team was headed by Grigory Orlov and Sergey Belov.',
      [
        { kind: 'meeting', status: 'held', date: '2025-05-07', p: ['Dana Price', 'Ivan Hrytsenko', 'Mark Ellis', 'Oleh Bondar'] },
        { kind: 'meeting', status: 'held', date: '2025-05-06', p: ['Grigory Orlov', 'Sergey Belov'] },
      ],
      '2025-05-08',
    ],
    [
      '"spent almost three hours at the foreign ministry with Y" is a meeting with Y; "the two deputies had met separately" is the two deputies named before',
      'Greek Foreign Minister Nikos Pappas spent almost three hours at the Turkish foreign ministry with his counterpart Ali Demir. Deputy Foreign Minister Eleni Kosta joined the expanded session, as did Turkish Deputy Foreign Minister Murat Aksoy. The two deputies had already met separately in the morning.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Ali Demir', 'Eleni Kosta', 'Murat Aksoy', 'Nikos Pappas'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Eleni Kosta', 'Murat Aksoy'] },
      ],
      '2025-02-12',
    ],
    [
      'a speaker\'s label before a colon takes part in nothing ("Zakharova: X, Y held talks"); "agreed in phone talks to prepare President Z\'s visit": Z is no party to the call; "have yet to meet" is no meeting',
      'Nadia Orlova: Sergei Lavrov, Kazakh Foreign Minister Murat Nurlanov held talks in Moscow on Tuesday. Japanese Foreign Minister Ken Mori and his South Korean counterpart Cho Min agreed in phone talks on Tuesday to prepare South Korean President Lee Dong-hoon\'s visit to Japan. The two ministers have yet to meet in person.',
      [
        { kind: 'meeting', status: 'held', date: '2025-08-05', p: ['Murat Nurlanov', 'Sergei Lavrov'] },
        { kind: 'call', status: 'held', date: '2025-08-05', p: ['Cho Min', 'Ken Mori'] },
      ],
      '2025-08-06',
    ],
    [
      '"…, which will be held in Tunis under the co-chairmanship of X and Y": X and Y are no party to the talks told, but of the session to come',
      'ALGIERS - Algerian Foreign Minister Ahmed Attia received Tunisian Foreign Minister Nabil Amri on Tuesday. They discussed the preparations for the next session of the Joint Committee, which will be held in Tunis under the co-chairmanship of Prime Minister Nadir Larbi and his Tunisian counterpart Ahmed Hachemi.',
      [
        { kind: 'meeting', status: 'held', date: '2024-01-16', p: ['Ahmed Attia', 'Nabil Amri'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Ahmed Hachemi', 'Nadir Larbi'] },
      ],
      '2024-01-17',
    ],
    [
      '"X attended" late in a summit story joins the story\'s one summit, however far back it was told, not the last bilateral',
      'MELBOURNE - Australian Prime Minister Tom Hale hosted the ASEAN-Australia summit in Melbourne on Monday. Among those attending were Vietnamese Prime Minister Pham Van Duc and Malaysian Prime Minister Aziz Rahman. Trade was discussed. Ports were discussed. Energy was discussed. Water was discussed. Visas were discussed. Funds were pledged. Rail was discussed. Tourism was discussed. Foreign Minister Ann Lee met ASEAN Secretary-General Kim Sok on Monday. Officials were upbeat. Indonesia\'s President Budi Santoso attended.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Aziz Rahman', 'Budi Santoso', 'Pham Van Duc', 'Tom Hale'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ann Lee', 'Kim Sok'] },
      ],
      '2024-03-06',
    ],
    [
      '"Y attended as an observer" and "The Bhutanese side was supported by Z" join the meeting told',
      'NAIROBI - Kenyan Foreign Minister Paul Otieno chaired a meeting with Somali Foreign Minister Ahmed Ali on Tuesday. The Executive Secretary of IGAD, Abel Tesfaye, attended as an observer. Bhutanese Foreign Secretary Pema Dorji held consultations with Indian Foreign Secretary Arun Mehta on Wednesday. The Bhutanese side was supported by the Secretary of the Planning Commission, Karma Wangdi.',
      [
        { kind: 'meeting', status: 'held', date: '2024-10-22', p: ['Abel Tesfaye', 'Ahmed Ali', 'Paul Otieno'] },
        { kind: 'meeting', status: 'held', date: '2024-10-23', p: ['Arun Mehta', 'Karma Wangdi', 'Pema Dorji'] },
      ],
      '2024-10-24',
    ],
    [
      '"The DPM/FM also held talks with the Acting Foreign Minister, Mawlawi Amir Khan X": the one deputy prime minister, and "Amir" a given name after a scholar\'s form of address; "Maximos Mansion" is no person',
      'KABUL, Apr 20 (APP): Deputy Prime Minister and Foreign Minister Senator Ishaq Mir held talks at Maximos Mansion with the Acting Prime Minister, Mullah Hasan Karimi. The DPM/FM also held delegation-level talks with the Acting Foreign Minister, Mawlawi Amir Khan Wardak.',
      [
        { kind: 'meeting', status: 'held', date: '2025-04-20', p: ['Hasan Karimi', 'Ishaq Mir'] },
        { kind: 'meeting', status: 'held', date: '2025-04-20', p: ['Amir Khan Wardak', 'Ishaq Mir'] },
      ],
      '2025-04-20',
    ],
    [
      '"The audience, which lasted about an hour, was attended by X and by Y": both join the audience; "the League of Arab States" is the Arab League',
      'Nouakchott - The Secretary General of the League of Arab States, Karim Salem, was received on Tuesday at the Presidential Palace by the President of the Republic, Sidi Ould Ahmed. The audience, which lasted about an hour, was attended by the Minister of Foreign Affairs, Mohamed Ould Baba, and by the Ambassador of Egypt, Hossam Farouk.',
      [{ kind: 'meeting', status: 'held', date: '2026-04-14', p: ['Hossam Farouk', 'Karim Salem', 'Mohamed Ould Baba', 'Sidi Ould Ahmed'] }],
      '2026-04-15',
    ],
    [
      '"X and Y agreed in Riga on Thursday to pool data": their meeting there, which "Z and W also attended the talks" joins; not "agreed in January"',
      'RIGA, Jan 24 (BNA) - Estonian Foreign Minister Mart Tamm and Latvian Foreign Minister Anna Ozola agreed in Riga on Thursday to pool data from their coastguards. Latvian Deputy State Secretary Ilze Berzina and Estonian Ambassador to Latvia Kaido Kask also attended the talks. Lithuanian Foreign Minister Jonas Petraitis and Polish Foreign Minister Adam Nowak agreed in January to build a bridge.',
      [{ kind: 'meeting', status: 'held', date: '2025-01-23', p: ['Anna Ozola', 'Ilze Berzina', 'Kaido Kask', 'Mart Tamm'] }],
      '2025-01-24',
    ],
    [
      '"acting on behalf of the Head of State, His Excellency Y": Y was not there; "the Gabonese head of diplomacy" is the Gabonese foreign minister, whom "he" then stands for',
      'The Minister of Foreign Affairs of the Gabonese Republic, Paul Mba, was received in audience yesterday at the Unity Palace in Yaoundé by the Secretary General at the Presidency, Ferdinand Ngono, acting on behalf of the Head of State, His Excellency Jean Essomba. The audience took place in the presence of the Minister of External Relations, Lejeune Mbella. Yaoundé was the second stage of a tour which the Gabonese head of diplomacy began on Monday in Brazzaville, where he was received by President Denis Okemba.',
      [
        { kind: 'meeting', status: 'held', date: '2023-10-11', p: ['Ferdinand Ngono', 'Lejeune Mbella', 'Paul Mba'] },
        { kind: 'meeting', status: 'held', date: '2023-10-09', p: ['Denis Okemba', 'Paul Mba'] },
      ],
      '2023-10-12',
    ],
    [
      '"received the special envoy of the President of Malawi, Dr X, in the person of Y": X sent Y and was not there',
      'The President of the Republic Andry Rakoto has received in audience yesterday afternoon the special envoy of the President of Republic of Malawi, Dr Peter Banda, in the person of the Honourable Grace Phiri, Minister of Transport of Malawi.',
      [{ kind: 'meeting', status: 'held', date: '2024-09-11', p: ['Andry Rakoto', 'Grace Phiri'] }],
      '2024-09-12',
    ],
    [
      '"held talks with X, who is paying a visit …, at the State Palace on Wednesday": the day after the relative clause is the talks\'; "The talks were attended by" joins the talks, not a visit recalled since',
      "Ulaanbaatar, March 14, 2024 /MONTSAME/. Minister for Foreign Affairs of Mongolia Batmunkh Saran held official talks with Minister for Foreign Affairs of Japan Kamikawa Aiko, who is paying an official visit to Mongolia at the invitation of the Mongolian side, at the State Palace on Wednesday. She recalled that Prime Minister Kishida Hiro's visit to Ulaanbaatar in August last year was the first in seven years. The talks were attended by Ambassador of Japan to Mongolia Kobayashi Jun and State Secretary of Mongolia Gankhuyag Bold.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-13', p: ['Batmunkh Saran', 'Gankhuyag Bold', 'Kamikawa Aiko', 'Kobayashi Jun'] }],
      '2024-03-14',
    ],
    [
      '"The Prime Minister of Portugal, Luís Montenegro," is a person though his surname is a state; "São Bento" is none; "held negotiations with" is a meeting',
      'The Prime Minister of Portugal, Luís Montenegro, was received yesterday at the Moncloa Palace by the President of the Spanish Government, Pedro Ruiz, in a working visit that São Bento had kept off the agenda. Earlier on the same day, Foreign Minister Paulo Rangel held negotiations with Spanish Foreign Minister José Albares.',
      [
        { kind: 'meeting', status: 'held', date: '2025-06-11', p: ['Luís Montenegro', 'Pedro Ruiz'] },
        { kind: 'meeting', status: 'held', date: '2025-06-11', p: ['José Albares', 'Paulo Rangel'] },
      ],
      '2025-06-12',
    ],
    [
      '"… in a statement that did not say whether he had also phoned Z": a call with Y only',
      'U.S. Secretary of State Mark Allen spoke by telephone with Armenian Prime Minister Aram Petrosyan on Thursday, the State Department said in a statement that did not say whether he had also phoned Azerbaijani President Ilham Rzayev.',
      [{ kind: 'call', status: 'held', date: '2023-07-13', p: ['Aram Petrosyan', 'Mark Allen'] }],
      '2023-07-16',
    ],
    [
      '"W joined the talks" after a reception told the sentence before: the reception, when W is of its states and of none of the earlier talks\'',
      "Accra, Feb. 21 – President Kwame Boateng of Ghana has returned from a two-nation tour. The tour began on Monday in Abidjan, where President Boateng held talks with President Yao Kouassi of Côte d'Ivoire. On Tuesday the President was in Lomé, where he was received by President Koffi Agbeko of Togo. Togo's Minister of Foreign Affairs, Professor Komi Amegan, joined the talks.",
      [
        { kind: 'meeting', status: 'held', date: '2025-02-17', p: ['Kwame Boateng', 'Yao Kouassi'] },
        { kind: 'meeting', status: 'held', date: '2025-02-18', p: ['Koffi Agbeko', 'Komi Amegan', 'Kwame Boateng'] },
      ],
      '2025-02-21',
    ],
    [
      '"On Tuesday, X held bilateral discussions with Y, joined by Z" after Monday\'s audience: a meeting of its own day; a message conveyed "during the meeting" goes to the host',
      'Nairobi, May 15/2024 (KNA) - President of Kenya Daniel Mwangi received a delegation led by Ugandan Foreign Minister Grace Okello at State House on Monday. The delegation included Ugandan Ambassador Peter Ssali. During the meeting, the Foreign Minister conveyed a message of friendship from Uganda\'s President Joseph Kato. On Tuesday, Foreign Minister Okello held bilateral discussions with her counterpart Samuel Kiprop, joined by Kenyan Trade Minister Ann Wanjiru, on the border market.',
      [
        { kind: 'meeting', status: 'held', date: '2024-05-13', p: ['Daniel Mwangi', 'Grace Okello', 'Peter Ssali'] },
        { kind: 'other', status: 'held', date: null, p: ['Daniel Mwangi', 'Joseph Kato'] },
        { kind: 'meeting', status: 'held', date: '2024-05-14', p: ['Ann Wanjiru', 'Grace Okello', 'Samuel Kiprop'] },
      ],
      '2024-05-15',
    ],
    [
      '"Earlier the same morning, X attended the leaders\' meeting … together with Y, Z and W" after X\'s talks with Y: a meeting of its own',
      'On Thursday, Sultan Omar Saifuddin of Brunei received a courtesy call from Indonesian President Budi Santoso at the convention centre. Earlier the same morning, Sultan Omar attended the leaders\' meeting of the growth area together with President Budi Santoso, Malaysian Prime Minister Aziz Rahman and Philippine President Jose Reyes.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Budi Santoso', 'Omar Saifuddin'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Aziz Rahman', 'Budi Santoso', 'Jose Reyes', 'Omar Saifuddin'] },
      ],
    ],
    [
      '"(Prensa Latina)" after a dateline is no person; "the deputy minister" is the Deputy Foreign Minister beside a Vice Minister; "held an exchange with" is a meeting; "is expected to hand over a message from X to the Prime Minister of Haiti, Y": a planned letter to Y, whose title stops at "to the"',
      'Santo Domingo, Nov 7 (Prensa Latina) President Luis Abinader received this Monday a letter from Cuban President Miguel Diaz, delivered by Cuban Deputy Foreign Minister Pedro Marrero. During his stay, the deputy minister also held an exchange with the Dominican vice minister for consular affairs, Ruben Silva. The envoy will travel to Port-au-Prince, where he is expected to hand over a similar message from President Miguel Diaz to the Prime Minister of Haiti, Jean Henry.',
      [
        { kind: 'other', status: 'held', date: null, p: ['Luis Abinader', 'Miguel Diaz'] },
        { kind: 'meeting', status: 'held', date: '2023-11-06', p: ['Luis Abinader', 'Pedro Marrero'] },
        { kind: 'meeting', status: 'held', date: '2023-11-06', p: ['Pedro Marrero', 'Ruben Silva'] },
        { kind: 'other', status: 'planned', date: null, p: ['Jean Henry', 'Miguel Diaz'] },
      ],
      '2023-11-08',
    ],
    [
      '"Y and Z took part in the expanded meeting" joins it; "The two presidents last met in November in Rio" keeps no day from "arrived on Wednesday"; the source "according to the Secretary for Africa and the Middle East, Ambassador W" is not at the visit',
      'President Paulo Costa received the President of Ghana, Kofi Mensah, at the Planalto Palace this Thursday. The two leaders held a private meeting, followed by an expanded meeting with ministers. Foreign Minister Ana Vieira and the Ghanaian Minister of Foreign Affairs, Yaw Boateng, took part in the expanded meeting. The two presidents last met in November last year in Rio de Janeiro. Costa accepted Mensah\'s invitation to make a state visit to Ghana next year, according to the ministry\'s Secretary for Africa and the Middle East, Ambassador Rita Moraes, who briefed journalists. The Ghanaian president arrived in Brasilia on Wednesday night.',
      [
        { kind: 'meeting', status: 'held', date: '2025-08-28', p: ['Ana Vieira', 'Kofi Mensah', 'Paulo Costa', 'Yaw Boateng'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Kofi Mensah', 'Paulo Costa'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Kofi Mensah', 'Paulo Costa'] },
      ],
      '2025-08-29',
    ],
    [
      '"Y, who took part in the expanded talks, said …" joins the talks told as expanded, not the meeting told last',
      'President Vladimir Orlov held talks with Mongolian President Bat Erdene on Tuesday, first in a narrow format and then in expanded talks with Foreign Minister Sergei Ivanov and Mongolian Foreign Minister Oyun Bold. Orlov also met Prime Minister Gan Sukh. Mongolia\'s Ambassador to Russia, Dorj Tseren, who took part in the expanded talks, said the commission would meet in Moscow.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Bat Erdene', 'Dorj Tseren', 'Oyun Bold', 'Sergei Ivanov', 'Vladimir Orlov'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Gan Sukh', 'Vladimir Orlov'] },
      ],
    ],
    [
      '"Also joining the videoconference were X and Y" join the call',
      'JAKARTA, 5 February 2026 - The Secretary-General of ASEAN, Tran Van Long, held a videoconference on Tuesday with the European Commissioner for Trade, Anna Berg. Also joining the videoconference were the Deputy Secretary-General of ASEAN, Siti Rahma, and the EU Ambassador to ASEAN, Karl Weiss.',
      [{ kind: 'call', status: 'held', date: '2026-02-03', p: ['Anna Berg', 'Karl Weiss', 'Siti Rahma', 'Tran Van Long'] }],
      '2026-02-05',
    ],
    [
      '"the ministers flew to Y\'s capital for a meeting with Y" after their meeting with Z: the travellers of that meeting and Y',
      'Australian Foreign Minister Jane Reid, travelling with Australian Trade Minister Tom Hale, began the trip in Honiara on Monday, where the pair met Solomon Islands Prime Minister Peter Kema. On Wednesday the ministers flew to Suva for a meeting with Fijian Prime Minister Josefa Naqa.',
      [
        { kind: 'meeting', status: 'held', date: '2025-06-09', p: ['Jane Reid', 'Peter Kema', 'Tom Hale'] },
        { kind: 'meeting', status: 'held', date: '2025-06-11', p: ['Jane Reid', 'Josefa Naqa', 'Tom Hale'] },
      ],
      '2025-06-14',
    ],
    [
      '"The last delegation was led by X. He was accompanied by Y, who also took part in the meeting" after the host\'s talks with another: the host\'s next meeting, with X and Y',
      'NAIROBI - Kenyan Foreign Minister Daniel Kiptoo on Tuesday hosted Rwanda\'s Foreign Minister Eric Habimana for nearly an hour. The last delegation was led by the DRC\'s Deputy Minister for Foreign Affairs, Jean Mbala. He was accompanied by the Congolese ambassador in Nairobi, Marie Lukusa, who also took part in the meeting.',
      [
        { kind: 'meeting', status: 'held', date: '2025-04-15', p: ['Daniel Kiptoo', 'Eric Habimana'] },
        { kind: 'meeting', status: 'held', date: '2025-04-15', p: ['Daniel Kiptoo', 'Jean Mbala', 'Marie Lukusa'] },
      ],
      '2025-04-16',
    ],
    [
      '"The talks took place on Wednesday" dates the video talks just told; "Y joined from Apia alongside the prime minister" and "Z also took part in the video conference" join them',
      'Australian Minister Pat Lowe has held talks by video link with Samoa\'s Prime Minister Tui Aleni. The talks took place on Wednesday afternoon, according to his office. Samoa\'s Deputy Prime Minister, Fiame Sapolu, joined from Apia alongside the prime minister, while Australia\'s High Commissioner to Samoa, Sarah Hill, also took part in the video conference.',
      [{ kind: 'call', status: 'held', date: '2025-12-03', p: ['Fiame Sapolu', 'Pat Lowe', 'Sarah Hill', 'Tui Aleni'] }],
      '2025-12-04',
    ],
    [
      '"Y and Z also took part in the discussion" join it; "W, a spokesperson for the Dutch ministry, said V would travel … to meet X" leaves W out; "the two ministers welcomed the fragile ceasefire" is no meeting',
      'Belgian Foreign Minister Luc Prevost received his German counterpart Jan Wolf at the Egmont Palace in Brussels on Monday. Belgian Ambassador Anne Maes and German Ambassador Ute Rein also took part in the discussion. Marloes Tiel, a spokesperson for the Dutch ministry, said Dutch Foreign Minister Daan Weel would now travel to Brussels on 21 October to meet Prevost. On the Middle East, the two ministers welcomed the fragile ceasefire.',
      [
        { kind: 'meeting', status: 'held', date: '2025-10-06', p: ['Anne Maes', 'Jan Wolf', 'Luc Prevost', 'Ute Rein'] },
        { kind: 'meeting', status: 'planned', date: '2025-10-21', p: ['Daan Weel', 'Luc Prevost'] },
      ],
      '2025-10-07',
    ],
    [
      '"X spoke with Y by telephone in October, and the two leaders then met in Rio in November": the call and their meeting',
      'Japanese Prime Minister Taro Ishida spoke with Indian Prime Minister Ravi Menon by telephone within days of taking office in October, and the two leaders then met in Rio de Janeiro in November on the sidelines of the G20 summit.',
      [
        { kind: 'call', status: 'held', date: null, p: ['Ravi Menon', 'Taro Ishida'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Ravi Menon', 'Taro Ishida'] },
      ],
      '2025-03-24',
    ],
    [
      '"X, Y and Z sat down at IGAD\'s headquarters with W" is their meeting; "Neither X nor Y spoke" names no "Neither X"; "Eritrea\'s veteran Foreign Minister Y" is of Eritrea',
      'DJIBOUTI, Sept 26 (AFPW) - Ethiopia\'s Foreign Minister Alemu Bekele, Eritrea\'s veteran Foreign Minister Tesfay Haile and Djibouti\'s Ali Hassan sat down at IGAD\'s headquarters with the organisation\'s executive secretary, Workneh Tadesse, on Tuesday. Neither Alemu nor Tesfay spoke to journalists.',
      [{ kind: 'meeting', status: 'held', date: '2023-09-26', p: ['Alemu Bekele', 'Ali Hassan', 'Tesfay Haile', 'Workneh Tadesse'] }],
      '2023-09-27',
    ],
    [
      '"X had held a tête-à-tête with Y" is a meeting; "Z and W assisted to the meeting" (translated) join the meeting told last',
      'The President of the Republic, Kamel Saidi, received on Monday Mr Nadir Larbi, Prime Minister of Algeria. The Minister of Foreign Affairs, Nabil Amri, and the Ambassador of Algeria, Mourad Belkadi, assisted to the meeting. Earlier, the Algerian Prime Minister had held a tête-à-tête with the Head of Government, Ahmed Hachemi.',
      [
        { kind: 'meeting', status: 'held', date: '2024-06-24', p: ['Kamel Saidi', 'Mourad Belkadi', 'Nabil Amri', 'Nadir Larbi'] },
        { kind: 'meeting', status: 'held', date: '2024-06-24', p: ['Ahmed Hachemi', 'Nadir Larbi'] },
      ],
      '2024-06-25',
    ],
    [
      '"Mr Y, special envoy of the President of the Council, General X" (X sent Y) is not at the audience, which "To the audience took part Z" (translated) joins; "The special envoy of the President of Kenya, W, met V": W is the envoy',
      'President Mahamat Deby received in audience on Tuesday the Minister of Cabinet Affairs of Sudan, Mr Kamal Rahim, special envoy of the President of the Transitional Sovereign Council, General Abdel Fattah Burhan. To the audience took part the Minister of Foreign Affairs, Abdel Koulam. The special envoy of the President of Kenya, Raila Amollo, met President Yoweri Kaguta in Kampala on Wednesday.',
      [
        { kind: 'meeting', status: 'held', date: '2025-03-18', p: ['Abdel Koulam', 'Kamal Rahim', 'Mahamat Deby'] },
        { kind: 'meeting', status: 'held', date: '2025-03-19', p: ['Raila Amollo', 'Yoweri Kaguta'] },
      ],
      '2025-03-20',
    ],
    [
      '"Y and Z attended the audience, according to a statement read on state television by the government spokesman, Colonel W": W is the source, not a joiner',
      'BAMAKO, May 20 (SD) - Senegalese Prime Minister Omar Sall was received by Mali\'s military ruler, General Amadou Keita, at Koulouba Palace in Bamako on Monday. Mali\'s Foreign Minister Ali Diop and his Senegalese counterpart Awa Fall attended the audience, according to a statement read on state television by the government spokesman, Colonel Moussa Traore.',
      [{ kind: 'meeting', status: 'held', date: '2025-05-19', p: ['Ali Diop', 'Amadou Keita', 'Awa Fall', 'Omar Sall'] }],
      '2025-05-20',
    ],
    [
      '"The leaders agreed to meet on the margins of the summit in The Hague" (no number): a planned meeting of the leaders of the meeting just told',
      'Canadian Prime Minister Mark Kane and Polish Prime Minister Donald Tomczak held talks in Warsaw on Monday. They discussed trade and defence. The leaders agreed to meet on the margins of the NATO summit in The Hague later this month.',
      [
        { kind: 'meeting', status: 'held', date: '2025-06-02', p: ['Donald Tomczak', 'Mark Kane'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Donald Tomczak', 'Mark Kane'] },
      ],
      '2025-06-03',
    ],
    [
      '"X and Y co-chaired the session of the Joint Commission": their meeting',
      'Kenyan Foreign Minister Musa Otieno and Somali Foreign Minister Ahmed Fiqi co-chaired the third session of the Kenya-Somalia Joint Commission in Nairobi on Tuesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ahmed Fiqi', 'Musa Otieno'] }],
    ],
    [
      '"X co-chaired the session … with Y": their meeting',
      'South African Minister Ronald Naidoo on Tuesday co-chaired the 17th Session of the South Africa-Mozambique Joint Permanent Commission for Cooperation with Mozambican Foreign Minister Maria Lucas in Pretoria.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Maria Lucas', 'Ronald Naidoo'] }],
    ],
    [
      '"X was then granted an audience by the Prime Minister, Y": their meeting',
      'British Minister of State Andrew Mitchell has been in Yaounde since Tuesday. At the Star Building, Andrew Mitchell was then granted an audience by the Prime Minister, Head of Government, Joseph Ngute.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Andrew Mitchell', 'Joseph Ngute'] }],
    ],
    [
      '"Y accompanied the minister at all the meetings" joins each of them',
      'VIENTIANE, July 27 (KNL) -- On Friday, South Korean Foreign Minister Cho Min-ho met with Japanese Foreign Minister Yoko Kamiya. Cho also held talks with Vietnamese Foreign Minister Bui Son. Director-General Jeong Ha-neul accompanied the minister at all the meetings.',
      [
        { kind: 'meeting', status: 'held', date: '2024-07-26', p: ['Cho Min-ho', 'Jeong Ha-neul', 'Yoko Kamiya'] },
        { kind: 'meeting', status: 'held', date: '2024-07-26', p: ['Bui Son', 'Cho Min-ho', 'Jeong Ha-neul'] },
      ],
      '2024-07-27',
    ],
    [
      '"On Saturday, X attended the Forum alongside Y" after Friday\'s talks: a gathering of its own, which "Z also took part in the forum" joins',
      'VIENTIANE, July 27 (KNL) -- On Friday, South Korean Foreign Minister Cho Min-ho met with Australian Foreign Minister Penny Wood. On Saturday, Cho attended the ASEAN Regional Forum, chaired by Lao Foreign Minister Saleumxay Vong, alongside Japanese Foreign Minister Yoko Kamiya. Russian Foreign Minister Sergey Lavrin also took part in the forum.',
      [
        { kind: 'meeting', status: 'held', date: '2024-07-26', p: ['Cho Min-ho', 'Penny Wood'] },
        { kind: 'meeting', status: 'held', date: '2024-07-27', p: ['Cho Min-ho', 'Saleumxay Vong', 'Sergey Lavrin', 'Yoko Kamiya'] },
      ],
      '2024-07-27',
    ],
    [
      '"Y also participated in the meeting", "Z was also in attendance", "W took part in the audience" join it',
      'Armenian Foreign Minister Ararat Petrosyan met EU foreign policy chief Kaja Rallas in Brussels on Monday. Head of the Mission of Armenia to the EU Narek Sargsyan also participated in the meeting. H.E. Ms. Nilufer Ertan, Ambassador of Turkiye to the EU, was also in attendance.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ararat Petrosyan', 'Kaja Rallas', 'Narek Sargsyan', 'Nilufer Ertan'] }],
    ],
    [
      '"The ambassador took part in the audience" joins it; "Shihab bin Tarik Al Said" is a name',
      'Iranian Foreign Minister Abbas Araghi was received in Muscat on Saturday by Sayyid Shihab bin Tarik Al Said. The Iranian ambassador to Muscat, Hossein Jalali, took part in the audience.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Abbas Araghi', 'Hossein Jalali', 'Shihab bin Tarik Al Said'] }],
    ],
    [
      '"THE PRIME Minister hosted Y … \\"…,\\" X told journalists. The Prime Minister added …": X is the Prime Minister, who met Y',
      'KINGSTON - THE PRIME Minister yesterday hosted Guyana\'s Vice-President Bharrat Jagdo at Jamaica House. "We will not rush it," Andrew Holmes told journalists after Jagdo had left. The Prime Minister added that he intends to travel to Georgetown.',
      [{ kind: 'meeting', status: 'held', date: '2025-04-16', p: ['Andrew Holmes', 'Bharrat Jagdo'] }],
      '2025-04-17',
    ],
    [
      '"had a working breakfast with Y": their meeting',
      'Hungarian Prime Minister Viktor Orban had a working breakfast with Slovak Prime Minister Robert Fico in Budapest on Tuesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Robert Fico', 'Viktor Orban'] }],
    ],
    [
      '"he moved to Ain el-Tineh where he met Y": a place "where" follows, no person',
      'Jordanian Foreign Minister Ayman Safadi met President Joseph Aoun in Beirut on Wednesday. Then, he moved to Ain el-Tineh where he met the Speaker of Parliament Nabih Berri.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ayman Safadi', 'Joseph Aoun'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ayman Safadi', 'Nabih Berri'] },
      ],
    ],
    [
      '"Also present at the reception were Y and Z" and "W accompanied the visiting delegation" join the meeting',
      'Vietnamese Prime Minister Pham Chinh received Singaporean Foreign Minister Vivian Bala in Hanoi on Tuesday. Also present at the reception were Deputy Foreign Minister Vu Thinh and Singaporean Ambassador Ong Jie.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ong Jie', 'Pham Chinh', 'Vivian Bala', 'Vu Thinh'] }],
    ],
    [
      '"W accompanied the visiting delegation" joins the talks; "Y, who accompanied the president, held a separate meeting with Z" does not',
      'Ecuadorian Foreign Minister Gabriela Sommer met Peruvian Foreign Minister Elmer Schial in Lima on Tuesday. Ecuador\'s Ambassador in Lima, Maria Troya, accompanied the visiting delegation. Minister Ana Ruiz, who accompanied the president, held a separate meeting with Peruvian Trade Minister Luis Soto.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Elmer Schial', 'Gabriela Sommer', 'Maria Troya'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Ruiz', 'Luis Soto'] },
      ],
    ],
    [
      '"Among the ministers attending were Y and Z" joins the gathering told',
      'Lao Foreign Minister Saleumxay Vong chaired the meeting of ASEAN foreign ministers in Vientiane on Tuesday. Among the ministers attending were Malaysian Foreign Minister Hamzah Idris and Philippine Foreign Secretary Maria Villaluz.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Hamzah Idris', 'Maria Villaluz', 'Saleumxay Vong'] }],
    ],
    [
      '"A and B held political consultations" (the states as subject): their delegations\' heads join it, the second one too ("…, and the B delegation by Y")',
      'Cuba and Namibia held political consultations in Windhoek on Tuesday. The Cuban delegation was headed by Deputy Minister Yusnier Aldama, and the Namibian delegation by Deputy Minister Lahja Shikongo.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Lahja Shikongo', 'Yusnier Aldama'] }],
    ],
    [
      '"Ambassador Y attended both of the minister\'s meetings" joins the last two held meetings, which share the minister',
      'Israeli Foreign Minister Gideon Saar met German Foreign Minister Johann Wade in Berlin on Tuesday. Saar later held talks with Chancellor Friedrich Merz. Ambassador Ron Prosor attended both of the minister\'s meetings in Berlin.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Gideon Saar', 'Johann Wade', 'Ron Prosor'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Friedrich Merz', 'Gideon Saar', 'Ron Prosor'] },
      ],
    ],
    [
      'translated word order: "In the meeting took part also Y", "Participated also in the ceremonies Z" join it',
      'Uzbek Foreign Minister Bakhtiyor Saidov received Saudi Minister Khalid Falih in Tashkent on Tuesday. In the meeting took part also the ambassador of Saudi Arabia in Uzbekistan Yousef Othaimeen. Participated also in the ceremonies the Vice Minister of Foreign Affairs, Elizabeth Perez.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Bakhtiyor Saidov', 'Elizabeth Perez', 'Khalid Falih', 'Yousef Othaimeen'] }],
    ],
    ['"will be co-chaired by X and Y" is no meeting held', 'The next session of the commission will be co-chaired by Kenyan Foreign Minister Musa Otieno and Somali Foreign Minister Ahmed Fiqi.', []],
    [
      '"Minister X was supported by A, while Minister Y was accompanied by B" after a senior officials\' meeting: X and Y\'s meeting',
      'Kenyan Foreign Minister Musa Otieno on Tuesday co-chaired the session of the Joint Commission with Somali Foreign Minister Ahmed Fiqi in Nairobi. The session was preceded by a senior officials meeting on Monday led by Kenyan Director-General Jane Wambui and Somali Permanent Secretary Ali Warsame. Minister Otieno was supported by Kenyan Deputy Minister Peter Kamau, while Minister Fiqi was accompanied by Somali Ambassador Omar Hassan.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ahmed Fiqi', 'Musa Otieno', 'Omar Hassan', 'Peter Kamau'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ali Warsame', 'Jane Wambui'] },
      ],
    ],
    [
      '"paves the way for the state visit of X" is planned',
      'The session paves the way for the state visit of Mozambican President Daniel Chapo to South Africa at the invitation of South African President Cyril Naidoo.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Cyril Naidoo', 'Daniel Chapo'] }],
    ],
    [
      '"…, becoming the first European leader to meet X": a meeting held, not one to come',
      'French President Luc Bernard visited the White House on Monday, becoming the first European leader to meet US President Tom Hale since his inauguration.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Luc Bernard', 'Tom Hale'] }],
    ],
    [
      '"Taking part in the meeting on the Ivorian side was X, and on the Ghanaian side Y" joins the meeting',
      'Ivorian Foreign Minister Leon Adom received Ghanaian Foreign Minister Sam Ablakwa on Tuesday. Taking part in the meeting on the Ivorian side was Director General Bakary Kone, and on the Ghanaian side Ambassador Efua Boateng.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Bakary Kone', 'Efua Boateng', 'Leon Adom', 'Sam Ablakwa'] }],
    ],
    [
      '"The Prime Minister was accompanied by Y, while Minister X was accompanied by Z" joins the call held, not the summit he will attend; "X met separately with W, …, in the presence of V": one meeting with V',
      'The Prime Minister, Hon. Joeli Naivalu, this morning received a courtesy call from the Australian Minister for the Pacific, Hon. Tom Hale MP, at his office in Suva. The Prime Minister said Fiji\'s vision would be carried forward at the upcoming meeting of Commonwealth leaders in Samoa. The Prime Minister was accompanied by the Permanent Secretary for Foreign Affairs, Ms. Ana Vula, while Minister Hale was accompanied by the High Commissioner, Mr. Paul Reed. In the afternoon, Minister Hale met separately with the Minister for Finance, Hon. Ratu Seru, at the Ministry of Finance, in the presence of the Permanent Secretary for Finance, Mr. Jone Tora.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ana Vula', 'Joeli Naivalu', 'Paul Reed', 'Tom Hale'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Joeli Naivalu'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Jone Tora', 'Ratu Seru', 'Tom Hale'] },
      ],
    ],
    [
      '"welcomed France\'s support" is no meeting with France',
      'Prime Minister Joeli Naivalu welcomed France\'s support and Japan\'s assistance on Monday.',
      [],
    ],
    [
      '"X received Y, who subsequently met with Z, accompanied by W": two meetings, Y\'s later one with Z and W',
      'On Friday, Cardinal Marco Bellini received Bolivian President Luis Arce, who subsequently met with Archbishop Tomas Reyes, accompanied by Father Pablo Ruiz.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Luis Arce', 'Marco Bellini'] },
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Luis Arce', 'Pablo Ruiz', 'Tomas Reyes'] },
      ],
    ],
    [
      '"The head of state recalled with pleasure his phone conversation with X on 2 October": the head of state told before, in a call of his own',
      'President Elchin Mammadov also met with Crown Prince Sheikh Sabah Al-Sabah of Kuwait on Tuesday. The head of state recalled with pleasure his phone conversation with Amir Sheikh Mishal Al-Sabah on 2 October.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Elchin Mammadov', 'Sabah Al-Sabah'] },
        { kind: 'call', status: 'held', date: '2023-10-02', p: ['Elchin Mammadov', 'Mishal Al-Sabah'] },
      ],
    ],
    [
      '"The audience was attended by X" joins the audience; "Attending the talks on the Uzbek side was Y, and from the Kuwaiti side Z" joins the talks, not the audience',
      'The Amir Sheikh Nasser Al-Sabah received on Wednesday Uzbek Foreign Minister Rustam Karimov. The audience was attended by Foreign Minister Fahad Al-Yahya.\n\nLater on Wednesday, Minister Al-Yahya held official talks with the Uzbek minister at the ministry.\n\nAttending the talks on the Uzbek side was Ambassador Timur Rashidov, and from the Kuwaiti side Assistant Foreign Minister Khaled Al-Mutawa.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Fahad Al-Yahya', 'Nasser Al-Sabah', 'Rustam Karimov'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Fahad Al-Yahya', 'Khaled Al-Mutawa', 'Rustam Karimov', 'Timur Rashidov'] },
      ],
    ],
    [
      '"The visiting minister extended an invitation … to visit Abu Dhabi": "visiting" before a role is no event, the visit is to come; "held official talks with the Emirati guest": the visitor of that state, and no vote of that state for the host',
      'Doha, March 5 (QNA) - The Amir Sheikh Hamad bin Khalid Al-Thani received HH Sheikh Saif bin Rashid Al Nahyan, Minister of Foreign Affairs of the United Arab Emirates, who is visiting the country.\n\nThe visiting minister extended an invitation to the Amir from Sheikh Khalifa bin Saeed Al Nahyan, President of the UAE, to visit Abu Dhabi.\n\nLater on the same day, Prime Minister and Minister of Foreign Affairs Sheikh Fahad bin Ali Al-Thani held official talks with the Emirati guest at the Ministry of Foreign Affairs.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Hamad bin Khalid Al-Thani', 'Saif bin Rashid Al Nahyan'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Hamad bin Khalid Al-Thani', 'Khalifa bin Saeed Al Nahyan'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Fahad bin Ali Al-Thani', 'Saif bin Rashid Al Nahyan'] },
      ],
    ],
    [
      '"The work was chaired by X, in the presence of his counterparts Y and Z" is their session, which "W also took part in the session" joins; "the three ministers were received … by President V" are those three (not the ambassador) and V; "their first summit" of "the three Heads of State" is not theirs',
      'BAMAKO - The ministers met on Friday in Bamako.\n\nThe work was chaired by M. Abdoul KONE, Minister of Foreign Affairs of Mali, in the presence of his counterparts M. Paul OUEDRAOGO, Minister of Foreign Affairs of Burkina Faso, and M. Issa SANOGO, Minister of Foreign Affairs of Niger.\n\nM. Adama DIALLO, Ambassador of Burkina Faso in Mali, also took part in the session.\n\nAt the end of the session, the three ministers were received at the Koulouba Palace by President Moussa KEITA.\n\nThe founding treaty was signed by the three Heads of State on 6 July 2023 in Niamey, on the occasion of their first summit.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Abdoul Kone', 'Adama Diallo', 'Issa Sanogo', 'Paul Ouedraogo'] },
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Abdoul Kone', 'Issa Sanogo', 'Moussa Keita', 'Paul Ouedraogo'] },
      ],
    ],
    [
      '"Earlier in the day, X held talks with his Egyptian counterpart …, in which the Ambassador, Y, took part": a meeting of its own (not the audience of X and the counterpart told before), with the counterpart of X\'s office among several of that state, and Y',
      'ALGIERS - President Karim Saadi received on Monday the Egyptian Minister of Foreign Affairs, Mr. Hany Mostafa, who delivered a message from the President of Egypt, Mr. Adel Fawzy. The audience took place in the presence of the Minister of Foreign Affairs, Mr. Nour Belkacem.\n\nEarlier in the day, Mr. Belkacem held talks with his Egyptian counterpart at the Ministry, followed by expanded talks between the two delegations, in which the Ambassador of Egypt, Mr. Tarek Helmy, took part.',
      [
        { kind: 'other', status: 'held', date: null, p: ['Adel Fawzy', 'Karim Saadi'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Hany Mostafa', 'Karim Saadi', 'Nour Belkacem'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Hany Mostafa', 'Nour Belkacem', 'Tarek Helmy'] },
      ],
    ],
    [
      '"met with his Somali and Eritrean counterparts, X and Y": both named there, no other Eritrean added',
      'Egyptian Foreign Minister Hany Mostafa met on Tuesday with his Somali and Eritrean counterparts, Ali Warsame and Tesfay Kidane, in New York. Eritrean President Amanuel Berhe has ruled since 1993.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ali Warsame', 'Hany Mostafa', 'Tesfay Kidane'] }],
    ],
    [
      'held meeting with weekday date',
      'Japanese Foreign Minister Kenji Sato met Kenyan President Samuel Otieno in Nairobi on Tuesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      '"their meeting in X last year", inside a sentence about a call, is the two people\'s earlier meeting (not the experts\' "their meeting")',
      'Kyrgyz President Aibek Toktosunov made a phone call to Turkmen President Merdan Ataev on Monday. During the conversation, the heads of state welcomed the agreements reached during their meeting in Ashgabat last year. The ministers studied the plan, which the experts had drafted during their meeting in Bishkek.',
      [
        { kind: 'call', status: 'held', date: '2024-03-04', p: ['Aibek Toktosunov', 'Merdan Ataev'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Aibek Toktosunov', 'Merdan Ataev'] },
      ],
    ],
    [
      '"followed by a meeting between the President and Cardinal X, who was accompanied by Y": a meeting of its own, which Y joins',
      'Pope Clement received President Jean-Baptiste Mavungu Lelo of the Republic of the Congo on Tuesday. It was followed by a meeting between the President and Cardinal Marco Bellini, Secretary of State, who was accompanied by Archbishop Tomas Reyes, Secretary for Relations with States.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Clement', 'Jean-Baptiste Mavungu Lelo'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Jean-Baptiste Mavungu Lelo', 'Marco Bellini', 'Tomas Reyes'] },
      ],
    ],
    [
      '"received both delegations" joins the people of the talks; "the two foreign ministers met most recently in X in late January": the foreign ministers, undated',
      'Hungarian Foreign Minister Lena Varga met Slovak Foreign Minister Petr Holub and Slovak Defence Minister Ivo Kral in Bratislava on Tuesday. President Marta Sedlak received both delegations on Tuesday. The two foreign ministers met most recently in Brussels in late January.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ivo Kral', 'Lena Varga', 'Marta Sedlak', 'Petr Holub'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Lena Varga', 'Petr Holub'] },
      ],
    ],
    [
      '"The President, X Honduras, receives on Wednesday …": a place as the surname in apposition after a role; the present with a weekday is to come',
      'The President, Lucas Honduras, receives on Wednesday in Lisbon the Prime Minister of Spain, Pedro Alvarez, for the annual summit, the presidency announced on Monday.',
      [{ kind: 'meeting', status: 'planned', date: '2024-03-13', p: ['Lucas Honduras', 'Pedro Alvarez'] }],
    ],
    [
      '"the Spanish minister" beside a Spanish prime minister is the other one; a body among a portfolio\'s words; Senegal\'s APS in a Dakar dateline',
      'DAKAR, March 5 (APS) - The Head of State, Amadou Ba, received on Tuesday the Spanish Minister of Foreign Affairs, European Union and Cooperation, Luis Ortega, who is in Senegal for a visit. Mr Ortega conveyed to President Ba a message from the Spanish Prime Minister, Carmen Vidal. Earlier in the day, the Spanish minister held talks with his Senegalese counterpart, Awa Ndiaye.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Amadou Ba', 'Luis Ortega'] },
        { kind: 'other', status: 'held', date: '2024-03-05', p: ['Amadou Ba', 'Carmen Vidal'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Awa Ndiaye', 'Luis Ortega'] },
      ],
    ],
    [
      '"The audience, held in the presence of X": X joins it',
      'President Amadou Ba received Spanish Foreign Minister Luis Ortega in Dakar on Tuesday. The audience, held in the presence of the ambassador of Spain in Dakar, Rafael Soto, focused on migration.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Amadou Ba', 'Luis Ortega', 'Rafael Soto'] }],
    ],
    [
      '"informed the President about the results of the talks he held with X": not the President\'s; "the Bahraini guest": the one Bahraini official',
      'Kazakh President Aidos Serikov received Bahraini Foreign Minister Khalid Al Mansoori in Astana on Thursday. Al Mansoori also informed the President about the results of the talks he held on Wednesday with Kazakhstan\'s Foreign Minister Murat Bekov. In Astana the Bahraini guest also had a meeting at the Senate of the Parliament with its chairman Erlan Zhanov.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Aidos Serikov', 'Khalid Al Mansoori'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Khalid Al Mansoori', 'Murat Bekov'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Erlan Zhanov', 'Khalid Al Mansoori'] },
      ],
    ],
    [
      '"the British official was received by X": the one British official of the story',
      'The British Minister for Africa, Tom Hale, has been in Yaounde since Tuesday for a working visit. At the Ministry of External Relations, the British official was received in audience by the Minister of External Relations, Paul Essomba.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Paul Essomba', 'Tom Hale'] }],
    ],
    [
      '"Later, Y hosted a dinner in honour of the visiting President and his delegation, which included Z": a later event of its own, with the visitor',
      'ABU DHABI, 7th March, 2024 (WAM) -- President Sheikh Khalid bin Saeed Al Nahyan today received President Idris Mahamat Oumar of the Republic of Chad, who is on a working visit to the country. The meeting was attended by Sheikh Hamdan bin Saeed Al Nahyan, Minister of Foreign Affairs. Later, Sheikh Saif bin Saeed Al Nahyan, Vice President, hosted a dinner in honour of the visiting President and his accompanying delegation, which included Chad\'s Minister of Economy, Hassan Abakar Ali.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Hamdan bin Saeed Al Nahyan', 'Idris Mahamat Oumar', 'Khalid bin Saeed Al Nahyan'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Hassan Abakar Ali', 'Idris Mahamat Oumar', 'Saif bin Saeed Al Nahyan'] },
      ],
    ],
    [
      '"X had been received at the ministry by Y, accompanied by Z": that reception, of its own, which Z joins',
      'MADRID, March 5 - Spanish Foreign Minister Pablo Serrano received Cuban Foreign Minister Raul Castillo on Tuesday at the Palacio de Viana. Before the meeting, the Cuban minister had been received at the ministry by the secretary of state for Ibero-America, Lucia Moreno, accompanied by the Cuban ambassador in Spain, Yoel Cruz.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Pablo Serrano', 'Raul Castillo'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Lucia Moreno', 'Raul Castillo', 'Yoel Cruz'] },
      ],
    ],
    [
      'a quotation\'s subject is not the narrative\'s: "\"The President told her …,\" a source said. He then met …" is the one who met her',
      'After the plenary session, Jorge Milano held a meeting with European Commission President Ursula Brandt. "The President told her that Argentina is ready to move fast," a government source said. He then met Paraguayan President Santiago Pena, who was accompanied by his foreign minister, Ruben Ramos.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Jorge Milano', 'Ursula Brandt'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Jorge Milano', 'Ruben Ramos', 'Santiago Pena'] },
      ],
    ],
    [
      '"since taking over from his father, X": the one succeeded is not there',
      'Australian Prime Minister Tom Reid met Cambodian Prime Minister Hun Manet on Monday, the Cambodian leader\'s first visit to Australia since taking over from his father, Hun Sen, last August.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Hun Manet', 'Tom Reid'] }],
    ],
    [
      '"held talks with Y, who …, and with Z": one meeting each',
      'On Tuesday Australian Prime Minister Tom Reid held talks with Thai Prime Minister Somchai Wong, who was pitching Thailand as a destination for investment, and with Lao Prime Minister Sonexay Phan, whose country holds the ASEAN chair.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Somchai Wong', 'Tom Reid'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Sonexay Phan', 'Tom Reid'] },
      ],
    ],
    [
      '"The agreement was signed … by X and Y, in the presence of Z and W": their meeting; "a visit to the Emirates by Prime Minister W": W is no Emirati',
      'The UAE and New Zealand signed a trade agreement in Abu Dhabi on Tuesday, during the first official visit to the Emirates by Prime Minister Tom Baxter. The agreement was signed at Qasr Al Watan by Dr Khalid Al Mansouri, Minister of State for Foreign Trade, and Ian Reeve, New Zealand\'s Minister for Trade, in the presence of President Sheikh Hamad bin Zayed and Mr Baxter.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Hamad bin Zayed', 'Ian Reeve', 'Khalid Al Mansouri', 'Tom Baxter'] }],
    ],
    [
      '"Minister Dr. X" (a form of address alone is no person); "conveyed to him the greetings of caretaker Prime Minister Z": Z sent them and was not there',
      'Damascus, SANA- Foreign Minister Dr. Karim Haddad on Wednesday received Lebanese Foreign and Emigrants Minister Dr. Youssef Khoury. Later, President Omar Nasser received the Lebanese Minister, who conveyed to him the greetings of caretaker Prime Minister Salim Aoun.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Karim Haddad', 'Youssef Khoury'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Omar Nasser', 'Youssef Khoury'] },
      ],
    ],
    [
      '"X and Y signed on Wednesday in Caracas a roadmap": their meeting; "sent a fraternal greeting to brother Z": Z was not there',
      'Colombia\'s foreign minister Luis Ortiz and his Venezuelan counterpart Ivan Gomez signed on Wednesday in Caracas a "roadmap" for the border. At the end of the day, Ortiz was received by President Nicolas Mendez, who sent a fraternal greeting to brother Gustavo Pardo.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ivan Gomez', 'Luis Ortiz'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Luis Ortiz', 'Nicolas Mendez'] },
      ],
    ],
    [
      '"Political Consultations between the Republic of A and the Republic of B were held …", then its delegations\' leaders; "It will be recalled that … the visit of X in 2016" was held',
      'The fourth round of Political Consultations between the Republic of Ghana and the Republic of Türkiye was held at the Ministry in Accra on Tuesday. The Ghanaian delegation was led by Deputy Minister Efua Mensah, while the Turkish side was led by Deputy Minister Cengiz Kara. It will be recalled that relations received a boost following the visit of President Kemal Aydin to Accra in 2016, during which he held talks with then-President John Asante.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Cengiz Kara', 'Efua Mensah'] },
        { kind: 'meeting', status: 'held', date: null, p: ['John Asante', 'Kemal Aydin'] },
      ],
    ],
    [
      '"During her meeting with the … Minister, X, the two ministers discussed …" is hers with X; "the meeting could not take place" is cancelled',
      'Indonesian Foreign Minister Sari Wulandari attended the forum in Brussels on Tuesday. During her meeting with the Netherlands Minister of Foreign Affairs, Anke de Vries, the two ministers discussed the return of cultural objects. The Foreign Minister was scheduled to meet with Swedish Foreign Minister Lars Berg; however, the meeting could not take place.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Anke de Vries', 'Sari Wulandari'] },
        { kind: 'meeting', status: 'cancelled', date: null, p: ['Lars Berg', 'Sari Wulandari'] },
      ],
    ],
    [
      '"Hours after the opening ceremony hosted by X, Y sat down with Z": X is in a phrase of time; "did not hold a separate meeting with" is none',
      'Hours after the opening ceremony hosted by Indonesian President Joko Widodo, Philippine President Ferdinand Marcos sat down with Malaysian Prime Minister Anwar Ibrahim. Chinese Premier Li Qiang, who represented Beijing at the summit, did not hold a separate meeting with the Philippine leader.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Anwar Ibrahim', 'Ferdinand Marcos'] }],
    ],
    [
      '"X attended from the Afghan side" joins the talks',
      'Afghan Foreign Minister Amir Khan Muttaqi met China\'s Special Envoy Yue Xiaoyong in Kabul on Wednesday. Deputy Foreign Minister Sher Abbas attended from the Afghan side.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Amir Khan Muttaqi', 'Sher Abbas', 'Yue Xiaoyong'] }],
    ],
    [
      'machine-translated word order: "X also to the talks participated" joins the talks',
      'Foreign Minister Ahmet Kaya, Lebanon Foreign Minister Youssef Haddad yesterday in the capital Ankara has received. Deputy Foreign Minister Selim Onur also to the talks participated.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ahmet Kaya', 'Selim Onur', 'Youssef Haddad'] }],
    ],
    [
      'a railway\'s name is no person ("the East Coast Rail Link")',
      'Malaysian Prime Minister Anwar Ibrahim met Chinese Premier Li Qiang in Putrajaya on Monday and discussed the East Coast Rail Link.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Anwar Ibrahim', 'Li Qiang'] }],
    ],
    [
      '"X accompanied her at Wednesday\'s talks" joins them',
      'Finnish Foreign Minister Elina Virtanen held talks with South Korean Foreign Minister Park Min-ho in Seoul on Wednesday. Finland\'s ambassador to Seoul, Anu Korhonen, accompanied her at Wednesday\'s talks.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Anu Korhonen', 'Elina Virtanen', 'Park Min-ho'] }],
    ],
    [
      '"could meet" is planned',
      'French President Louis Martin travels to Santiago next month, where he could meet Chilean President Ana Rojas.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Ana Rojas', 'Louis Martin'] }],
    ],
    [
      'planned visit',
      'French President Louis Martin will meet Chilean President Ana Rojas in Santiago next month.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Ana Rojas', 'Louis Martin'] }],
    ],
    [
      'cancelled trip',
      'Israeli Prime Minister David Levi cancelled his meeting with Greek Prime Minister Nikos Pappas.',
      [{ kind: 'meeting', status: 'cancelled', date: null, p: ['David Levi', 'Nikos Pappas'] }],
    ],
    [
      'phone call',
      'German Chancellor Hans Weber spoke by phone with Polish President Jan Nowak on Monday.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    [
      '"In a phone call with X, Y said": Y took part',
      'In a phone call with Chilean President Ana Rojas on Monday, Peruvian President Jorge Paz said the border would reopen.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Ana Rojas', 'Jorge Paz'] }],
    ],
    [
      '"After his meeting with X, Y told reporters": Y took part',
      'After his meeting with Chilean President Ana Rojas in Lima, Peruvian President Jorge Paz told reporters the talks had gone well.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Ana Rojas', 'Jorge Paz'] }],
    ],
    [
      '"In an interview … after the meeting, Y said": no meeting of Y',
      'In an interview with a news agency after the meeting, Peruvian President Jorge Paz said the talks had gone well.',
      [],
    ],
    [
      '"spoke with" and no other trigger: a call',
      'An aide said German Chancellor Hans Weber spoke with Polish President Jan Nowak on Monday.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    [
      '"spoke today with … to discuss": a call, not a planned meeting',
      'Secretary of State Paul Grant spoke today with Egyptian Foreign Minister Omar Saleh to discuss the ceasefire.',
      [{ kind: 'call', status: 'held', date: '2024-03-07', p: ['Omar Saleh', 'Paul Grant'] }],
    ],
    [
      'a state\'s long name is no person; "H.E. Mr." opens a name',
      "H.E. Mr. Ivan Petrov, Minister of Foreign Affairs of Russia, received H.E. Mr. Karim Haddad, Minister of Foreign Affairs of the People's Democratic Republic of Algeria, in Moscow on Monday.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ivan Petrov', 'Karim Haddad'] }],
    ],
    [
      '"the Secretary-General" is the one secretary-general of the story',
      'UN Secretary-General Maria Lindqvist arrived in Geneva on Monday. The Secretary-General met the Prime Minister of Haiti, Jean Pierre, on Monday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Jean Pierre', 'Maria Lindqvist'] }],
    ],
    [
      '"the premier" is the one premier of the story',
      'Chinese Premier Li Wen said trade was growing. The premier met Australian Prime Minister Tom Reed in Canberra on Tuesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Li Wen', 'Tom Reed'] }],
    ],
    [
      'told in the present but dated days after the report ("On Saturday (9) … where he meets"): planned',
      'On Saturday (9) the chancellor Ana Rojas follows to Lima, where she meets Peruvian Foreign Minister Jorge Paz.',
      [{ kind: 'meeting', status: 'planned', date: '2024-03-09', p: ['Ana Rojas', 'Jorge Paz'] }],
    ],
    [
      '"The visit comes before X is due to host Y": the second clause\'s own meeting',
      'Chilean President Ana Rojas held talks with Peruvian President Jorge Paz in Lima on Tuesday. The visit comes a month before Paz is due to host Bolivian President Luis Vega in Lima.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Jorge Paz', 'Luis Vega'] },
      ],
    ],
    [
      '"accompanied by X, who held separate talks with Y": X joins the visit\'s talks, and X and Y have their own',
      'Chilean President Ana Rojas held talks with Peruvian President Jorge Paz in Lima on Tuesday. Rojas was accompanied by Interior Minister Luis Vega, who held separate talks with Peruvian Interior Minister Marta Ruiz.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz', 'Luis Vega'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Luis Vega', 'Marta Ruiz'] },
      ],
    ],
    [
      '"a summit hosted by X" is X\'s gathering, which those "among those who attended" join',
      'On Tuesday, leaders of the bloc met in Lima for a summit hosted by Peruvian President Jorge Paz. Chilean President Ana Rojas and Bolivian President Luis Vega were among those who attended.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz', 'Luis Vega'] }],
    ],
    [
      '"Z will attend" joins the meeting to come',
      'Peruvian President Jorge Paz will meet Chilean President Ana Rojas in Lima on Monday. Bolivian President Luis Vega will attend along with his ministers.',
      [{ kind: 'meeting', status: 'planned', date: '2024-03-11', p: ['Ana Rojas', 'Jorge Paz', 'Luis Vega'] }],
    ],
    [
      '"X was accompanied at both meetings by Z": Z joins both',
      'UN envoy Maria Holm met Chilean President Ana Rojas and, separately, Peruvian President Jorge Paz in Lima on Tuesday. Holm was accompanied at both meetings by her deputy Sara Lind.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Maria Holm', 'Sara Lind'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Jorge Paz', 'Maria Holm', 'Sara Lind'] },
      ],
    ],
    [
      '"received by Y, with whom he had a meeting of one hour, and afterwards had talks with Z": two meetings',
      'Chilean Foreign Minister Ana Rojas was received by Peruvian President Jorge Paz, with whom she had a meeting of about one hour, and afterwards had talks with her Peruvian counterpart Luis Soto.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Ana Rojas', 'Jorge Paz'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Ana Rojas', 'Luis Soto'] },
      ],
    ],
    [
      '"were also present at the foreign ministers talks" joins the talks, not the meeting told last',
      'Chilean Foreign Minister Ana Rojas held talks with Peruvian Foreign Minister Luis Soto in Lima on Tuesday. Rojas is scheduled to call on President Jorge Paz on Friday. Deputy Minister Pedro Vega was also present at the foreign ministers talks.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto', 'Pedro Vega'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-08', p: ['Ana Rojas', 'Jorge Paz'] },
      ],
    ],
    [
      '"Z joined part of the talks": Z joins them',
      'Chilean Foreign Minister Ana Rojas hosted her Peruvian counterpart Luis Soto in Arica on Tuesday. On the Chilean side, State Secretary Pedro Vega joined part of the talks.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto', 'Pedro Vega'] }],
    ],
    [
      '"Z, who sat in on Thursday\'s session": the meeting of that Thursday, not the one told last',
      'Kenyan Foreign Minister Ana Wanjiru held talks with Somali Foreign Minister Ali Farah in Nairobi on Tuesday. Somali President Hassan Ali flew to Addis Ababa last month for talks with Ethiopian Prime Minister Abel Girma. Principal Secretary Peter Kamau, who sat in on Tuesday\'s session, said the ministers would meet again.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ali Farah', 'Ana Wanjiru', 'Peter Kamau'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Abel Girma', 'Hassan Ali'] },
      ],
    ],
    [
      'translated word order: "Took part also in that meeting X and Y", "In the meetings participated also X"',
      'Chilean Foreign Minister Ana Rojas met with her Peruvian homologue Luis Soto in Lima on Tuesday. Took part also in that meeting the Vice Minister of Trade, Pedro Vega, and the Ambassador of Chile in Lima, Marta Ruiz.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto', 'Marta Ruiz', 'Pedro Vega'] }],
    ],
    [
      '"X and Y met privately" at the meeting they both attended: their own meeting',
      'The four-day meeting of the regional bloc in Lima, chaired by Peruvian President Jorge Paz, drew Chilean President Ana Rojas and Bolivian President Luis Vega on Wednesday. Rojas and Paz met privately to review energy.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ana Rojas', 'Jorge Paz', 'Luis Vega'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ana Rojas', 'Jorge Paz'] },
      ],
    ],
    [
      '"the new Senegalese President … He went to Nouakchott": the president, not the minister named last',
      'President Amadou Ba will not travel to Conakry on Thursday. Foreign Minister Awa Ndiaye is expected in Conakry next week. Since April, the new Senegalese President has visited the neighbours. He went to Nouakchott, where he was received by President Ahmed Ould Salem.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Ahmed Ould Salem', 'Amadou Ba'] }],
    ],
    [
      '"He welcomed the consultations held in Lima last month between X and Y": theirs, not the speaker\'s',
      'Chilean Foreign Minister Ana Rojas held a phone conversation with Peruvian Foreign Minister Jorge Paz on Tuesday. She welcomed the results of the consultations held in Lima last month between Chilean Vice Minister Luis Vega and Peruvian Vice Minister Marta Ruiz.',
      [
        { kind: 'call', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Luis Vega', 'Marta Ruiz'] },
      ],
    ],
    [
      '"…, first in a narrow format, and then with the participation of delegations, including X and Y": one meeting of all',
      'Chilean President Ana Rojas and Peruvian President Jorge Paz held talks in Lima on Tuesday, first in a narrow format, and then with the participation of delegations, including the foreign ministers of the two countries, Luis Vega and Marta Ruiz.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz', 'Luis Vega', 'Marta Ruiz'] }],
    ],
    [
      '"will talk to" is a planned call on its day; "did not speak with" is none',
      'German Chancellor Hans Weber will talk to Polish President Jan Nowak on Friday. Weber did not speak with Czech Prime Minister Petr Dvorak.',
      [{ kind: 'call', status: 'planned', date: '2024-03-08', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    [
      'later legs of a tour ("which will also take him to …") are planned',
      'Chinese Foreign Minister Li Wen arrived in Cairo on Saturday for a tour of Africa, which will also take him to Tunisia and Togo.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Li Wen'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Li Wen'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Li Wen'] },
      ],
    ],
    [
      '"held a bilateral meeting … to prepare …" took place',
      'Indian Foreign Minister Anil Verma held a bilateral meeting with Japanese Foreign Minister Kenji Sato to prepare the annual summit.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Anil Verma', 'Kenji Sato'] }],
    ],
    [
      '"discussed the situation in X" is the subject, not the place',
      'Australian Foreign Minister Ana Soto met New Zealand Foreign Minister Luis Vera in Wellington on Thursday. Soto and Vera discussed the situation in New Caledonia.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ana Soto', 'Luis Vera'] }],
    ],
    [
      '"X\'s upcoming visit" is X\'s; "X\'s plans to visit … became known" is no event of that day',
      "Chilean President Ana Rojas's upcoming visit to Peru will include talks with Peruvian President Jorge Paz. Rojas's plans to visit Bolivia became known on Monday.",
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Ana Rojas', 'Jorge Paz'] }],
    ],
    [
      '"called on X" in a city is a courtesy call; "called on X to …" is an appeal',
      'Pakistani Deputy Prime Minister Omar Khan called on Azerbaijani President Ilham Guliyev in Baku on Tuesday. Khan called on Indian Prime Minister Ravi Kapoor to resume talks.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ilham Guliyev', 'Omar Khan'] }],
    ],
    [
      'a "telephonic conversation" is a call',
      'Pakistani Prime Minister Omar Khan on Tuesday held a telephonic conversation with Turkish President Ahmet Kaya.',
      [{ kind: 'call', status: 'held', date: '2024-03-05', p: ['Ahmet Kaya', 'Omar Khan'] }],
    ],
    [
      '"met separately with X and Y": one meeting each',
      'US Secretary of State Paul Grant met separately with Japanese Foreign Minister Kenji Sato and South Korean Foreign Minister Kim Min-jun on Tuesday.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Paul Grant'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kim Min-jun', 'Paul Grant'] },
      ],
    ],
    [
      '"spoke with" in a named city: a meeting',
      'German Chancellor Hans Weber spoke with Polish President Jan Nowak in Warsaw on Monday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    [
      '"spoke to" between two who already met is that meeting',
      'German Chancellor Hans Weber met Polish President Jan Nowak in Warsaw on Monday. They toured the old town, where Weber spoke to Nowak about history.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    [
      'speaker of reported speech is no participant',
      'Canadian Foreign Minister Emma Clark met Mexican Foreign Secretary Luis Ortiz in Ottawa. Kremlin spokesman Ivan Petrenko said the meeting was pointless.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Emma Clark', 'Luis Ortiz'] }],
    ],
    [
      'modality scopes over coordinated verbs',
      'Swiss Foreign Minister Anna Keller will address parliament and meet Austrian Chancellor Karl Huber.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Anna Keller', 'Karl Huber'] }],
    ],
    [
      'a summit that a meeting prepares is planned',
      "Monday's talks were held to prepare the ground for a summit between Austrian Chancellor Karl Huber and Swiss President Anna Keller.",
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Anna Keller', 'Karl Huber'] }],
    ],
    [
      'a speaker "after a meeting with" took part',
      'Ukrainian Foreign Minister Olena Marchenko said after a meeting with Chinese envoy Wei Lin on Tuesday that Kyiv would not cede land.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Olena Marchenko', 'Wei Lin'] }],
    ],
    [
      'one phone call per person called',
      'Italian Prime Minister Paolo Conti said he spoke by phone to Spanish Prime Minister Luis Vega and Greek Prime Minister Nikos Pappas.',
      [
        { kind: 'call', status: 'held', date: null, p: ['Luis Vega', 'Paolo Conti'] },
        { kind: 'call', status: 'held', date: null, p: ['Nikos Pappas', 'Paolo Conti'] },
      ],
    ],
    [
      'counterparts named elsewhere in the story',
      'Canadian Prime Minister Mark Dunn met his Italian and French counterparts in Rome. Italian Prime Minister Sara Conti and French President Luc Morel later returned home.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Luc Morel', 'Mark Dunn', 'Sara Conti'] }],
    ],
    [
      'a person in another clause is no participant',
      'The visit came a day after Brazilian President Rui Lopes appointed Ana Dias as foreign minister.',
      [],
    ],
    [
      '"Y and Z sat in." join the talks just told',
      'Kenyan Foreign Minister Ana Wanjiru held talks with Somali Foreign Minister Ali Farah in Nairobi on Tuesday. Principal Secretary Peter Kamau and Ambassador Lydia Otieno sat in.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ali Farah', 'Ana Wanjiru', 'Lydia Otieno', 'Peter Kamau'] }],
    ],
    [
      '"Also at the table were Y and Z", "were among those at the main table": they join the talks',
      'Kenyan Foreign Minister Ana Wanjiru held talks with Somali Foreign Minister Ali Farah in Nairobi on Tuesday. Also at the table were Principal Secretary Peter Kamau and Ambassador Lydia Otieno. Defence Minister Musa Oduya and his Somali counterpart Omar Dahir were among those at the main table.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ali Farah', 'Ana Wanjiru', 'Lydia Otieno', 'Musa Oduya', 'Omar Dahir', 'Peter Kamau'] }],
    ],
    [
      '"The team was again headed by Y and included Z, an aide to President W. Across the table sat V": all but W join',
      'Kenyan Foreign Minister Ana Wanjiru met Somali envoys in Nairobi on Tuesday. The Somali team was again headed by Ali Farah and included Lydia Otieno, an aide to President Hassan Ali. Across the table sat Peter Kamau.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ali Farah', 'Ana Wanjiru', 'Lydia Otieno', 'Peter Kamau'] }],
    ],
    [
      '"Also present during the audience was Z" joins the audience',
      'Kenyan President Ana Wanjiru received Somali Foreign Minister Ali Farah in Nairobi on Tuesday. Also present during the audience was Cabinet Secretary Peter Kamau.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ali Farah', 'Ana Wanjiru', 'Peter Kamau'] }],
    ],
    [
      '"had telephone communication with" is a call',
      'Kenyan Foreign Minister Ana Wanjiru had on Tuesday telephone communication with the Somali Minister of Foreign Affairs Ali Farah.',
      [{ kind: 'call', status: 'held', date: '2024-03-05', p: ['Ali Farah', 'Ana Wanjiru'] }],
    ],
    [
      '"took part in a video conference with Y, Z and W" is one call; "spoke by phone with Y and Z", one each',
      'On Monday, Chilean President Ana Rojas took part in a video conference with Peruvian President Luis Soto, Bolivian President Jorge Paz and OAS Secretary General Marta Ruiz. On Tuesday, Rojas spoke by phone with Ecuadorian President Pedro Vega and Colombian President Sara Lind.',
      [
        { kind: 'call', status: 'held', date: '2024-03-04', p: ['Ana Rojas', 'Jorge Paz', 'Luis Soto', 'Marta Ruiz'] },
        { kind: 'call', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Pedro Vega'] },
        { kind: 'call', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Sara Lind'] },
      ],
    ],
    [
      '"the president" after a lead whose subject is a president is that one, though another president is named more often',
      'LIMA - Chilean President Ana Rojas arrived in Lima on Tuesday for talks with Peruvian President Luis Soto. Soto called the talks useful. Soto also spoke of trade. Soto will travel to Chile in May. In the afternoon the president met Bolivian President Jorge Paz, who was also in Lima.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Luis Soto'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz'] },
      ],
    ],
    [
      'translated word order: "The talks, at which participated from the X side Y and from the Z side W, …" join the talks',
      'Lima - Peruvian Prime Minister Jorge Paz received on Wednesday in Lima the President of Chile Ana Rojas. The talks, at which participated from the Peruvian side the Minister of Foreign Affairs Luis Soto and from the Chilean side the Minister of Foreign Affairs Marta Ruiz, have concerned trade.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ana Rojas', 'Jorge Paz', 'Luis Soto', 'Marta Ruiz'] }],
    ],
    [
      '"Also on the Philippine panel were Y and Ma. Z" join the talks; "Ma." opens a name; "Jack Ma." ends a sentence',
      'Foreign Affairs Undersecretary Ana Rojas held talks with Chinese Vice Foreign Minister Li Wen in Manila on Tuesday. Also on the Philippine panel were Assistant Secretary Ma. Luisa Dizon and Maritime Affairs chief Ma. Angelica Villanueva. Both sides met business founder Tom Ma. The talks ended.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Li Wen', 'Ma. Angelica Villanueva', 'Ma. Luisa Dizon'] }],
    ],
    [
      '"X later met Y at the barracks, where the two were joined by Z and W": a meeting of its own, which Z and W join',
      'Chilean Foreign Minister Ana Rojas held talks with Peruvian President Jorge Paz in Lima on Tuesday. Rojas later met Peruvian Defence Minister Luis Soto at the barracks, where the two were joined by the Secretary of Defence, Marta Ruiz, and Chile\'s Ambassador Pedro Vega.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto', 'Marta Ruiz', 'Pedro Vega'] },
      ],
    ],
    [
      'joiners told briefly: "Z joined.", "was attending the session also", "was also in the room", "joined the second half of the talks"',
      'Chilean Foreign Minister Ana Rojas held talks with Peruvian Foreign Minister Luis Soto in Lima on Tuesday. Vice Minister Pedro Vega joined. The Peruvian ambassador in Santiago, Marta Ruiz, was attending the session also. Chile\'s trade minister, Sara Lind, was also in the room. Deputy Trade Minister Tomas Gil joined the second half of the talks.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto', 'Marta Ruiz', 'Pedro Vega', 'Sara Lind', 'Tomas Gil'] }],
    ],
    [
      '"joined the audience", "Also present at the call were", "In the negotiations from the X side took part"',
      'Chilean President Ana Rojas received Peruvian Foreign Minister Luis Soto in Santiago on Tuesday. Chile\'s Foreign Minister Pedro Vega joined the audience. On Wednesday Rojas spoke by phone with Bolivian President Jorge Paz. Also present at the call were Defence Minister Marta Ruiz and Trade Minister Sara Lind.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto', 'Pedro Vega'] },
        { kind: 'call', status: 'held', date: '2024-03-06', p: ['Ana Rojas', 'Jorge Paz', 'Marta Ruiz', 'Sara Lind'] },
      ],
    ],
    [
      '"In the negotiations from the X side took part Y, and from the Z side W", "talks … which were attended on the X side by Y"',
      'Chilean Foreign Minister Ana Rojas held talks with Peruvian Foreign Minister Luis Soto in Lima on Tuesday. In the negotiations from the Chilean side took part the Deputy Minister Pedro Vega, and from the Peruvian side the Ambassador Marta Ruiz. On Wednesday Rojas was received by Peruvian President Jorge Paz. The two held a tête-à-tête meeting, followed by official talks between the delegations, which were attended on the Peruvian side by the Minister of State Sara Lind.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Soto', 'Marta Ruiz', 'Pedro Vega'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ana Rojas', 'Jorge Paz', 'Sara Lind'] },
      ],
    ],
    [
      'a delegation announced with a colon and listed one per line ("The Chilean delegation comprised:" then "- Mr. X, Minister;") joins the talks',
      'Peruvian President Jorge Paz received Chilean President Ana Rojas in Lima on Tuesday.\n\nThe Chilean delegation comprised:\n- Mr. Pedro Vega, Minister of Foreign Affairs;\n- Mrs. Marta Ruiz, Minister of Energy.\n\nThe two Heads of State welcomed their relations.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz', 'Marta Ruiz', 'Pedro Vega'] }],
    ],
    [
      'a royal style gives way to the office in apposition ("Prince X, Minister of Foreign Affairs"), and "His Highness the Minister of Foreign Affairs" is the one so styled, not another state\'s minister',
      'Riyadh, SPA -- His Highness Prince Khalid bin Nasser, Minister of Foreign Affairs, held talks on Monday with visiting ministers. His Highness the Minister of Foreign Affairs then received the Minister of Foreign Affairs of the Republic of Chile, Ana Rojas.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Ana Rojas', 'Khalid bin Nasser'] }],
    ],
    [
      '"President Y received him": the one told before is received',
      'Chilean Foreign Minister Ana Rojas arrived in Lima on Tuesday. Peruvian President Jorge Paz received him at the palace.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz'] }],
    ],
    [
      'an author\'s note opening an op-ed ("X is Malawi\'s Minister of Foreign Affairs.", its byline dropped) makes X the "I" of the text',
      'By Rosa Banda\n\nRosa Banda is Malawi\'s Minister of Foreign Affairs.\n\nWhen I sat down with my Zambian counterpart, Peter Mulenga, in Lilongwe on 12 June, we opened a map.',
      [{ kind: 'meeting', status: 'held', date: '2023-06-12', p: ['Peter Mulenga', 'Rosa Banda'] }],
    ],
    [
      '"X flew to Y, where President Z received him" and "… and on Saturday he was in W, where President V received him": the receptions, not the journeys',
      'Chilean Foreign Minister Ana Rojas held talks in Lima on Monday with Peruvian Foreign Minister Luis Soto. On Tuesday Rojas flew to La Paz, where President Jorge Paz received him at the palace. On Wednesday he was in Quito, where President Pedro Vega received him.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ana Rojas', 'Luis Soto'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Jorge Paz'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ana Rojas', 'Pedro Vega'] },
      ],
    ],
    ['"under President X" is no participant', 'The talks marked a change in policy under President Tom Reed.', []],
    ['"has said": a speaker', 'Kremlin spokesman Ivan Petrenko has said the meeting was pointless.', []],
    [
      'an itinerary in the present tense is planned',
      'From Lima, Spanish Foreign Minister Pablo Gil travels on to Chile and then Bolivia.',
      [
        { kind: 'meeting', status: 'planned', date: null, p: ['Pablo Gil'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Pablo Gil'] },
      ],
    ],
    [
      '"granted him an audience": the pronoun is the story\'s subject',
      "Foreign Minister Kwame Boateng was in Ouagadougou on Tuesday. Captain Paul Sawadogo, Burkina Faso's transitional president, granted him an audience that ran for two hours.",
      [{ kind: 'meeting', status: 'held', date: null, p: ['Kwame Boateng', 'Paul Sawadogo'] }],
    ],
    [
      '"the Ghanaian side also included X" joins X, and leaves "He" of the next sentence the visitor',
      "Ghana's Foreign Minister Kwame Boateng met Niger's President Moussa Abdou in Niamey on Monday. At that audience the Ghanaian side also included Kofi Mensah, director of the Africa bureau. He then held talks with Niger's foreign minister, Issa Garba.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Kofi Mensah', 'Kwame Boateng', 'Moussa Abdou'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Issa Garba', 'Kwame Boateng'] },
      ],
    ],
    [
      '"Also in the meeting were X and Y" join the meeting',
      "President Ade Bako on Thursday received his Senegalese counterpart, Ousmane Ndiaye, in Abuja. Also in the meeting were the Minister of Foreign Affairs, Yusuf Garba, and the ambassador, Hadiza Musa.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ade Bako', 'Hadiza Musa', 'Ousmane Ndiaye', 'Yusuf Garba'] }],
    ],
    [
      '"The visitor, who arrived on Wednesday evening, was welcomed by the President": the arrival\'s day is not the meeting\'s',
      "President Ade Bako on Thursday received his Senegalese counterpart, Ousmane Ndiaye, in Abuja. The visitor, who arrived on Wednesday evening for a working visit, was welcomed into the Council Chamber by the President.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ade Bako', 'Ousmane Ndiaye'] }],
    ],
    [
      '…but one told as on the day of the arrival ("shortly after his arrival", "the same day") keeps it',
      "Greek President Nikos Papa arrived in New Delhi for a state visit. Papa, who arrived here on Sunday on a three-day state visit, was called on by External Affairs Minister Subrah Jaish at his hotel shortly after his arrival.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Nikos Papa', 'Subrah Jaish'] }],
    ],
    [
      '"Accompanying X was Y" joins Y to X\'s meeting ("Accompanying" is no name word)',
      "Norway's Energy Minister Terje Aas met his Swedish counterpart, Ebba Bu, in Stockholm on Wednesday. Accompanying Aas was Håkon Rød, state secretary in the Ministry of Energy.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ebba Bu', 'Håkon Rød', 'Terje Aas'] }],
    ],
    [
      '"Joining the Prime Minister were Y and Z, who flew in for the visit" join his meeting (the visit is not one of its own)',
      "Prime Minister Tevita Lomu on Wednesday hosted the European Commissioner Anna Lindqvist at his office in Nuku'alofa. Joining the Prime Minister were Deputy Minister Sione Fifita and Ambassador Mele Vaipulu, who travelled from Brussels for the visit.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Anna Lindqvist', 'Mele Vaipulu', 'Sione Fifita', 'Tevita Lomu'] }],
    ],
    [
      '"The Djiboutian side was also represented by Y" joins; "Later the same day, the IGAD chief was received by Z": the body\'s head among the meetings\' people',
      "The Executive Secretary of IGAD, Workneh Tesfaye, met Djibouti's Minister of Foreign Affairs, Mahmoud Ali Farah, in Djibouti on Monday. The Executive Secretary was accompanied by Fatuma Hirsi, IGAD's director of peace and security. The Djiboutian side was also represented by the ministry's secretary general, Ahmed Robleh. Later the same day, the IGAD chief was received by President Omar Guelleh.",
      [
        { kind: 'meeting', status: 'held', date: '2023-05-22', p: ['Ahmed Robleh', 'Fatuma Hirsi', 'Mahmoud Ali Farah', 'Workneh Tesfaye'] },
        { kind: 'meeting', status: 'held', date: '2023-05-22', p: ['Omar Guelleh', 'Workneh Tesfaye'] },
      ],
      '2023-05-24',
    ],
    [
      '"The President of the Republic spoke by telephone with Y. X reiterated …": the office opening the sentence is X, named with no office as the next sentence\'s subject',
      "The President of the Republic spoke by telephone this afternoon with the President of Ukraine, Viktor Kovalenko.\n\nPierre Lambert reiterated France's support for Ukraine and for its people.",
      [{ kind: 'call', status: 'held', date: '2024-03-07', p: ['Pierre Lambert', 'Viktor Kovalenko'] }],
    ],
    [
      '"Y was joined at the talks by Z. On the Thai side, W and V sat in." after a courtesy call told since: the talks named become the meeting told, which the next joiners join',
      "Thailand's Foreign Minister Parn Bahid held talks with his Cambodian counterpart Sok Chenda in Phnom Penh on Tuesday. Parn later paid a courtesy call on Prime Minister Hun Mana at the Peace Palace. Sok Chenda was joined at the talks by Ouk Sophan, a secretary of state at the ministry. On the Thai side, ambassador Thana Rojan and the director-general, Kamol Srisom, sat in.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kamol Srisom', 'Ouk Sophan', 'Parn Bahid', 'Sok Chenda', 'Thana Rojan'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Hun Mana', 'Parn Bahid'] },
      ],
    ],
    [
      '"X had \\"ten good minutes\\" with Y": their meeting',
      "Montenegro's Prime Minister Milan Spaic tells us he had \"ten good minutes\" with European Council President Antonio Costas on the margins in Brussels on Wednesday.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Antonio Costas', 'Milan Spaic'] }],
    ],
    [
      '"the two prime ministers held a short bilateral" in a story of three: the two named in the sentence before (or this one)',
      "Montenegro's Prime Minister Milan Spaic spoke to reporters. Spotted in the second row: North Macedonia's Prime Minister Hristo Mickov chatting to Albania's Prime Minister Edin Ramaj. Ramaj's office later confirmed the two prime ministers held a \"short, frank\" bilateral in a side room of the Europa building.",
      [{ kind: 'meeting', status: 'held', date: null, p: ['Edin Ramaj', 'Hristo Mickov'] }],
    ],
    [
      '"X, who represented President Y and held a bilateral exchange with Z": Y was not there',
      "Vice-President Tiemoko Kone, who represented President Alassane Watara and held a bilateral exchange with the Ghanaian President John Mahamma in Accra on Tuesday, thanked his hosts.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['John Mahamma', 'Tiemoko Kone'] }],
    ],
    [
      '"Y and Z took part in the ministers\' session" after the guest\'s courtesy call: the meeting of the two ministers',
      "Togo's Foreign Minister Robert Dossou hosted his Ghanaian counterpart Samuel Ablakwah for a morning of talks at the foreign ministry on Wednesday. Ablakwah then paid a courtesy call on President Jean Savi at the presidential palace. Ghana's ambassador in Lome, Efua Mensah, and Togo's minister delegate for regional integration, Kossi Amega, took part in the ministers' session.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Efua Mensah', 'Kossi Amega', 'Robert Dossou', 'Samuel Ablakwah'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Jean Savi', 'Samuel Ablakwah'] },
      ],
    ],
    [
      '"Y, who took part in the call from Zapote, …" after a meeting proposed since: the call',
      "President Rodrigo Vargas held a telephone conversation on Tuesday with his Panamanian counterpart, Luis Cortez. The president proposed to Cortez a face-to-face meeting in the coming weeks in the border area. The chancellor, Arnoldo Tinoco, who took part in the call from Zapote, said afterwards that the country cannot continue alone.",
      [
        { kind: 'call', status: 'held', date: '2024-03-05', p: ['Arnoldo Tinoco', 'Luis Cortez', 'Rodrigo Vargas'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Luis Cortez', 'Rodrigo Vargas'] },
      ],
    ],
    [
      '"Y and Z attended that dinner" join the meeting told with the dinner',
      "Algerian Foreign Minister Ahmed Attar met Tunisian Prime Minister Sami Ferjani in Tunis on Monday. On Tuesday, Tunisian Foreign Minister Mohamed Nafi visited Algiers and held talks with Attar, who hosted him for a working dinner. The Algerian ambassador in Tunis, Karim Boudj, and the Tunisian secretary of state, Sonia Hamdi, attended that dinner.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ahmed Attar', 'Sami Ferjani'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ahmed Attar', 'Karim Boudj', 'Mohamed Nafi', 'Sonia Hamdi'] },
      ],
    ],
    [
      '"The Algerian ambassador in Tunis, Y, … attended the dinner": Tunis is Y\'s post, not the place of the meeting joined',
      "Algerian Foreign Minister Ahmed Attar met Tunisian Prime Minister Sami Ferjani in Tunis on Monday. On Tuesday, Tunisian Foreign Minister Mohamed Nafi visited Algiers and held talks with Attar, who hosted him for a working dinner. The Algerian ambassador in Tunis, Karim Boudj, and the Tunisian secretary of state, Sonia Hamdi, attended the dinner.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ahmed Attar', 'Sami Ferjani'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ahmed Attar', 'Karim Boudj', 'Mohamed Nafi', 'Sonia Hamdi'] },
      ],
    ],
    [
      '"X, who thanked President Y for the invitation, held talks with Z": Y, of the relative clause before the trigger, is not at the talks',
      'Foreign Minister Park Jin-woo, who thanked President Ulf Berg for the invitation, held talks with his Swedish counterpart Anna Lind in Stockholm on Tuesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Anna Lind', 'Park Jin-woo'] }],
    ],
    [
      '…nor "X, who accompanied Y, held separate talks with Z"',
      'President Yoon Min-ho met Swedish Prime Minister Ulf Berg in Vilnius on Wednesday. Foreign Minister Park Jin-woo, who accompanied Yoon, held separate talks in Vilnius with his Japanese counterpart, Yoshi Hayama, on Wednesday morning.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ulf Berg', 'Yoon Min-ho'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Park Jin-woo', 'Yoshi Hayama'] },
      ],
    ],
    [
      '…but "X, who accompanied Y, met Z" (not told as separate) is Y\'s meeting too',
      'President Yoon Min-ho arrived in Vilnius on Tuesday. Foreign Minister Park Jin-woo, who accompanied Yoon, met Lithuanian President Gitas Nausa on Wednesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Gitas Nausa', 'Park Jin-woo', 'Yoon Min-ho'] }],
    ],
    [
      '"The two Ministers welcomed the visit of X to Seoul last month, during which she held a summit meeting with Y": X\'s visit, not the two ministers\'',
      "Foreign Minister Kenji Mori held talks with Korean Foreign Minister Park Jin-ho at the Iikura Guest House in Tokyo on Thursday. The two Ministers welcomed the visit of Prime Minister Aiko Sato to Seoul last month, during which she held a summit meeting with President Kim Dae-sung.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Kenji Mori', 'Park Jin-ho'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Aiko Sato', 'Kim Dae-sung'] },
      ],
    ],
    [
      '…and "The two Ministers exchanged views on …" makes their meeting again the one told, which "Y and Z were also present" joins',
      "Foreign Minister Kenji Mori held talks with Korean Foreign Minister Park Jin-ho at the Iikura Guest House in Tokyo on Thursday. The two Ministers welcomed the visit of Prime Minister Aiko Sato to Seoul last month, during which she held a summit meeting with President Kim Dae-sung. The two Ministers exchanged views on regional affairs. Director-General Taro Shimoda and Ambassador Lee Min-su were also present.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Kenji Mori', 'Lee Min-su', 'Park Jin-ho', 'Taro Shimoda'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Aiko Sato', 'Kim Dae-sung'] },
      ],
    ],
    [
      '"X and Y on Tuesday … telling a joint press conference that the plan could be running" read as planned, then held ("The two leaders met"): its day read again as past',
      'NICOSIA - Greek Prime Minister Kostas Mavros and Cypriot President Nikos Andreou on Tuesday threw their joint weight behind a proposed maritime corridor to deliver aid from Cyprus to Gaza, telling a joint press conference at the Presidential Palace that the plan could be running "within weeks".\n\nMavros arrived in Nicosia on Tuesday morning for a one-day working visit. The two leaders met one-on-one for about an hour before expanded talks with their delegations.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kostas Mavros', 'Nikos Andreou'] }],
      '2024-03-06',
    ],
    [
      '"Y and Z were part of the expanded talks": the meeting told with "expanded talks", not the separate talks told since',
      "Greek Prime Minister Kostas Mavros met Cypriot President Nikos Andreou in Nicosia on Tuesday, one-on-one and then in expanded talks with their delegations. Foreign ministers Giorgos Petrou and Andreas Kyprianou held separate talks at the foreign ministry. Greek ambassador Eleni Stathaki and government spokesman Marios Letymbiou were part of the expanded talks.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Eleni Stathaki', 'Kostas Mavros', 'Marios Letymbiou', 'Nikos Andreou'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Andreas Kyprianou', 'Giorgos Petrou'] },
      ],
    ],
    [
      '"On Wednesday the Australian ministers flew to Nuku\'alofa for talks with Y, joined by Z": the travellers of the last meeting held (not the invitation told since), Y and Z',
      "Foreign Minister Anna Webb, travelling with Pacific Minister Tom Hale, began the trip in Suva on Tuesday, where the pair held talks with Fiji's Prime Minister Joni Vatu. Mr Vatu said he had accepted an invitation to visit Canberra in October. On Wednesday the Australian ministers flew to Nuku'alofa for talks with Tongan Prime Minister Siaosi Tupou, joined by Tonga's foreign secretary, Lopeti Moala.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Anna Webb', 'Joni Vatu', 'Tom Hale'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Joni Vatu'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Anna Webb', 'Lopeti Moala', 'Siaosi Tupou', 'Tom Hale'] },
      ],
    ],
    [
      '"Australia\'s high commissioner to Samoa, Y, joined the talks" after talks in Tonga: the meeting held in Samoa',
      "Foreign Minister Anna Webb met Samoan Prime Minister Fiame Lauina in Apia on Thursday. On Wednesday she had held talks in Nuku'alofa with Tongan Prime Minister Siaosi Tupou. Australia's high commissioner to Samoa, Rebecca Hunt, joined the talks.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Anna Webb', 'Fiame Lauina', 'Rebecca Hunt'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Anna Webb', 'Siaosi Tupou'] },
      ],
    ],
    [
      '"The Namibian Ambassador to China was present at the meeting" after a lone visit recalled: the meeting held in China',
      "Chinese Vice President Han Li met Namibian Prime Minister Saara Amutenya in Beijing on Thursday. Han recalled that Namibian President Nangolo Shikongo visited Beijing in 2023. Namibian Ambassador to China Petrus Hamutenya was present at the meeting.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Han Li', 'Petrus Hamutenya', 'Saara Amutenya'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Nangolo Shikongo'] },
      ],
    ],
    [
      '"X first held talks with Y and then with his counterpart Z": two meetings of X',
      "Iranian Foreign Minister Abbas Karimi visited Iraq on Sunday. Karimi first held talks in Baghdad with Prime Minister Ali Jaber and then with his Iraqi counterpart Hamid Saleh, who told a joint press conference that Iraq would not allow attacks.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Abbas Karimi', 'Ali Jaber'] },
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Abbas Karimi', 'Hamid Saleh'] },
      ],
    ],
    [
      '"Y and Z accompanied X throughout": every held meeting of X told so far',
      "Iranian Foreign Minister Abbas Karimi held talks in Baghdad on Sunday with Prime Minister Ali Jaber. In Erbil he was received by regional President Omar Talabani. Tehran's ambassador to Baghdad, Reza Sadeghi, and the consul general in Erbil, Farhad Rostami, accompanied Karimi throughout.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Abbas Karimi', 'Ali Jaber', 'Farhad Rostami', 'Reza Sadeghi'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Abbas Karimi', 'Farhad Rostami', 'Omar Talabani', 'Reza Sadeghi'] },
      ],
    ],
    [
      '…"accompanied the Prime Minister throughout the day": of two prime ministers, the one of the companion\'s state',
      "Portuguese Prime Minister Luis Costa met Spanish Prime Minister Pablo Ruiz at Moncloa in Madrid on Wednesday. Earlier, Foreign Minister Paulo Rangel met his counterpart Jose Alvarez. The ambassador of Portugal in Madrid, Manuela Sousa, accompanied the Prime Minister throughout the day.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Luis Costa', 'Manuela Sousa', 'Pablo Ruiz'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Jose Alvarez', 'Paulo Rangel'] },
      ],
    ],
    [
      '"After the meeting, the Moroccan minister was received by Y": the one minister of that state in the meetings told',
      "Foreign Minister Jose Alvarez received his Moroccan counterpart, Nasser Benali, on Tuesday at the Palacio de Viana in Madrid. After the meeting, the Moroccan minister was received at La Moncloa by the president of the Government, Pablo Ruiz.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Jose Alvarez', 'Nasser Benali'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Nasser Benali', 'Pablo Ruiz'] },
      ],
    ],
    [
      '"Later the same day she was received by Y": the one named after the pronoun does not become the "She" of the next sentence',
      "UN envoy Hanna Mensah began her tour in Tripoli on Sunday, where she met Prime Minister Omar Belkacem. Later the same day she was received by Council head Salem Wardi. She then met Speaker Khalid Zuwari in Qubba.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Hanna Mensah', 'Omar Belkacem'] },
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Hanna Mensah', 'Salem Wardi'] },
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Hanna Mensah', 'Khalid Zuwari'] },
      ],
    ],
    [
      '"…, she was received by Y, who was joined by his adviser Z": Z joins that reception, not the meeting told before',
      "UN envoy Hanna Mensah began her tour in Tripoli on Sunday, where she met Prime Minister Omar Belkacem. Later the same day she was received by the head of the Presidential Council, Salem Wardi, who was joined by his adviser Adel Ben Ali.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Hanna Mensah', 'Omar Belkacem'] },
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Adel Ben Ali', 'Hanna Mensah', 'Salem Wardi'] },
      ],
    ],
    [
      '"X received Y, Prime Minister of the Republic of Malta, who subsequently met with Z": Y\'s meeting of their own, past the title in apposition',
      "On Tuesday President Andrea Fontana received in the Quirinale Palace Joseph Camilleri, Prime Minister of the Republic of Malta, who subsequently met with Foreign Minister Pietro Rossi.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Andrea Fontana', 'Joseph Camilleri'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Joseph Camilleri', 'Pietro Rossi'] },
      ],
    ],
    [
      '…and with the host unnamed ("the Holy Father received Y, …, who subsequently met with Z"), the sentence\'s own day',
      "On Tuesday the Holy Father received in audience, in the Apostolic Palace, Joseph Camilleri, Prime Minister of the Republic of Malta, who subsequently met with Cardinal Pietro Rossi, Secretary of State.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Joseph Camilleri', 'Pietro Rossi'] }],
    ],
    [
      '"He said he had raised the subject with Y during a meeting in Rome": the pronoun\'s person (Y, named before the trigger, is the object of "with")',
      "Prime Minister Joseph Camilleri spoke to reporters in Rome afterwards. He said he had raised the same subject with Italian Prime Minister Carla Benedetti during a meeting at Palazzo Chigi on Monday.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Carla Benedetti', 'Joseph Camilleri'] }],
    ],
    [
      '"X and Y agreed on Tuesday to …" opening a story, no meeting word: their meeting, held that day',
      "Philippine Defense Secretary Ramon Dizon and Japanese Defense Minister Kenji Ota agreed on Tuesday to increase the number of joint exercises, days before an access agreement is due to enter into force.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Ota', 'Ramon Dizon'] }],
    ],
    [
      '"X was joined at the talks at Camp Aguinaldo by Y and Z" join those talks',
      "Philippine Defense Secretary Ramon Dizon and Japanese Defense Minister Kenji Ota agreed on Tuesday to increase the number of joint exercises. Dizon was joined at the talks at Camp Aguinaldo by General Romeo Basco and Undersecretary Arnel Cruz.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Arnel Cruz', 'Kenji Ota', 'Ramon Dizon', 'Romeo Basco'] }],
    ],
    [
      '"X arrived in the capital on Tuesday evening for a visit" after X\'s talks of Wednesday: the visit of those talks, which its companions join',
      "Nepalese Prime Minister Ram Karki and Indian Prime Minister Vijay Mehta agreed on Wednesday to speed up work on two power lines. Karki arrived in the Indian capital on Tuesday evening for a three-day official visit. He was accompanied by Foreign Minister Hari Thapa, who sat in on the talks.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Hari Thapa', 'Ram Karki', 'Vijay Mehta'] }],
    ],
    [
      '…but "X, who arrived on Monday, also held a separate bilateral with Y" stays a meeting of its own (on the day of the talks, not of the arrival)',
      "Emirati Minister Saeed Al Mansoori hosted Israeli Minister Avi Golan and Bahraini Minister Khalid Al Sayed in Abu Dhabi on Tuesday. Golan, who arrived in the capital on Monday with a delegation of more than 40 Israeli companies, also held a separate bilateral with Al Sayed.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Avi Golan', 'Khalid Al Sayed', 'Saeed Al Mansoori'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Avi Golan', 'Khalid Al Sayed'] },
      ],
    ],
    [
      '"The meeting, which was attended by Y and Z, dealt with …" joins the meeting told before',
      "President Amadou Sall met King Faisal Rahman in Amman on Tuesday. The meeting, which was attended by Prime Minister Omar Haddad and Foreign Minister Nabil Qasem, dealt with the situation in the region.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Amadou Sall', 'Faisal Rahman', 'Nabil Qasem', 'Omar Haddad'] }],
    ],
    [
      '"He was received by Y shortly after his arrival, and then met Z" (and "sat down for two hours of talks with Z"): two meetings',
      "Iraq's Foreign Minister Fuad Hasan arrived in Kuwait on Tuesday. He was received by the Crown Prince Sheikh Sabah Al-Sabah shortly after his arrival, and then sat down for two hours of talks with Foreign Minister Abdullah Al-Yahya.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Fuad Hasan', 'Sabah Al-Sabah'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Abdullah Al-Yahya', 'Fuad Hasan'] },
      ],
    ],
    [
      '…but with the subject unknown, the people of the two clauses never make a meeting together',
      "Qassim al-Tamimi, Iraq's deputy foreign minister, came as part of a delegation led by Foreign Minister Fuad Hasan. The minister was received by Emir Sheikh Nawaf Al-Sabah shortly after his arrival, and then met Ambassador Tareq Al-Faraj.",
      [],
    ],
    [
      'a live blog (entries opened by a time of day): its undated meetings are of the day it was published',
      "08:45 Good morning from Kuala Lumpur.\n\n09:10 Talks are under way. Thai Foreign Minister Maris Sangiam is meeting Cambodian Foreign Minister Prak Sokh.\n\n11:40 Lunch break.",
      [{ kind: 'meeting', status: 'held', date: '2025-08-14', p: ['Maris Sangiam', 'Prak Sokh'] }],
      '2025-08-14',
    ],
    [
      '"X and Y were part of the delegation for those talks" join the talks; a briefing\'s reported meeting denied three sentences on is dropped',
      "In Doha on Sunday, the minister Ravi Sen held talks with Qatar's Prime Minister Sheikh Khalid Al Thani. Our Ambassador in Doha, Anil Rao, and Joint Secretary Vikram Nair were part of the delegation for those talks. Question (Sidhant, WION): Sir, there are reports that Sen met the Pakistani Deputy Prime Minister Ishaq Khan in Doha. Can you confirm? Spokesperson Rajiv Das: I have seen those reports. Let me be very clear: no such meeting took place.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Anil Rao', 'Khalid Al Thani', 'Ravi Sen', 'Vikram Nair'] }],
    ],
    [
      '"… held talks with Y to prepare a visit by X": X, the visitor to come, is not at these talks',
      "Prime Minister Mark Carney spoke with British Prime Minister Keir Starmer on Wednesday. A Canadian team led by Anne Tremblay, associate deputy minister of foreign affairs, held talks in London on Thursday with Cath Holloway, the Foreign Office's director for the Americas, to prepare a visit by Carney. Canada's high commissioner to the United Kingdom, Ralph Good, joined the session.",
      [
        { kind: 'call', status: 'held', date: '2024-03-06', p: ['Keir Starmer', 'Mark Carney'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Anne Tremblay', 'Cath Holloway', 'Ralph Good'] },
      ],
    ],
    [
      '"In the afternoon the visitor was received by Y": the guest of the meeting told last',
      "TBILISI - Turkish Foreign Minister Hakan Fid met his Georgian counterpart Maka Botcho in Tbilisi on Wednesday. In the afternoon the visitor was received by Prime Minister Irakli Kobakh at the government chancellery.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Hakan Fid', 'Maka Botcho'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Hakan Fid', 'Irakli Kobakh'] },
      ],
    ],
    [
      '"The final leg took the delegation to Lomé on Wednesday for a meeting with Y": the guest of the tour\'s meetings',
      "Ghana's Foreign Minister Samuel Ablak met Nigerian Foreign Minister Yusuf Tugg in Abuja on Monday. The final leg took the delegation to Lomé on Wednesday for a meeting with Togo's foreign minister, Robert Duss.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Samuel Ablak', 'Yusuf Tugg'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Robert Duss', 'Samuel Ablak'] },
      ],
    ],
    [
      '"The meeting took place in Auckland on 16 August, when X, accompanied by Y, met Z": the verb past the apposition',
      "The annual leaders' meeting took place in Auckland on 16 August, when Australian Prime Minister Anthony Alba, accompanied by Foreign Minister Penny Wo, met New Zealand Prime Minister Chris Lux.",
      [{ kind: 'meeting', status: 'held', date: '2023-08-16', p: ['Anthony Alba', 'Chris Lux', 'Penny Wo'] }],
    ],
    [
      '"The meetings were attended by X and Y" closing a readout of several: each of that day\'s meetings',
      "Saudi Foreign Minister Prince Faisal bin Farhan met Uzbek Foreign Minister Bakhtiyor Saido in Riyadh on Monday. He then received Kazakh Foreign Minister Murat Nurt. The meetings were attended by Vice Minister of Foreign Affairs Waleed Elkher.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Bakhtiyor Saido', 'Faisal bin Farhan', 'Waleed Elkher'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Faisal bin Farhan', 'Murat Nurt', 'Waleed Elkher'] },
      ],
    ],
    [
      '"we were joined for part of the meeting by X and Y" join the meeting',
      "Ecuadorian Foreign Minister Gabriela Sommer received Colombian Foreign Minister Luis Muri in Quito on Wednesday. The two were joined for part of the meeting by the ministers of defence, Gian Loffre for Ecuador and Ivan Velas for Colombia.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Gabriela Sommer', 'Gian Loffre', 'Ivan Velas', 'Luis Muri'] }],
    ],
    [
      '"The online meeting was convened by X … and included Y" after a virtual summit told: the call itself',
      "Nicaragua's Daniel Orte and Rosa Muri joined a virtual summit of the ALBA bloc by video link from Managua on Wednesday. The online meeting was convened by Venezuelan President Nicolas Madu, who spoke from Caracas, and included Cuban President Miguel Diaz.",
      [{ kind: 'call', status: 'held', date: '2024-03-06', p: ['Daniel Orte', 'Miguel Diaz', 'Nicolas Madu', 'Rosa Muri'] }],
    ],
    [
      '"Later in the afternoon, X called on Y at the ministry, accompanied by Z": a meeting of its own, not joiners of the morning\'s',
      "Indian Foreign Secretary Vikram Mis held talks with Bangladeshi Foreign Secretary Jashim Udd in Dhaka on Wednesday. Later in the afternoon, Mis called on Foreign Adviser Touhid Hoss at the foreign ministry, accompanied by the high commissioner.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Jashim Udd', 'Vikram Mis'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Touhid Hoss', 'Vikram Mis'] },
      ],
    ],
    [
      '"The visiting minister, who arrived on Tuesday night, also paid a courtesy call on Y": the guest, not the story\'s one minister (the host)',
      "Kenyan Foreign Secretary Musalia Muda held talks in Bridgetown with Barbadian Foreign Minister Kerrie Sym on Wednesday. The visiting minister, who arrived on Tuesday night on the first leg of a Caribbean tour, also paid a courtesy call on Prime Minister Mia Mott at Ilaro Court.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Kerrie Sym', 'Musalia Muda'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Mia Mott', 'Musalia Muda'] },
      ],
    ],
    [
      '"conveyed the condolences in person to Y in Amman": a meeting',
      "The Kuwaiti ambassador to Jordan, Hamad Al-Mutai, also conveyed Kuwait's condolences in person to Jordanian Foreign Minister Ayman Saf in Amman on Tuesday, the embassy said.",
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ayman Saf', 'Hamad Al-Mutai'] }],
    ],
    [
      '"X warned on Wednesday that the support \\"will not stay open forever\\", after a meeting with Y": a quotation\'s future is not the meeting\'s',
      'BEIRUT - The UN Special Coordinator for Lebanon, Jeanine Hennis, warned on Wednesday that the support "will not stay open forever", after a meeting with Prime Minister Nawaf Sal at the Grand Serail.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Jeanine Hennis', 'Nawaf Sal'] }],
    ],
    [
      '"Hungary will double …, X announced on Wednesday after talks with Y": what was announced is said, the talks were held',
      "Addis Ababa, May 15 (MTI) - Hungary will double the number of scholarships offered to Ethiopian students, Péter Szijj, the minister of foreign affairs and trade, announced on Wednesday in the Ethiopian capital after talks with his counterpart, Taye Sel.",
      [{ kind: 'meeting', status: 'held', date: '2024-05-15', p: ['Péter Szijj', 'Taye Sel'] }],
      '2024-05-16',
    ],
  ])('%s', (_n, body, expected, published?: string) => {
    expect(meet(body, published)).toEqual(expected);
  });

  it('a tour\'s "Her first stop was Nairobi on Tuesday, where she held talks with Y" places the talks', () => {
    const m = extract(art("NAIROBI/DAR ES SALAAM, March 6 (AWS) - Congo's Foreign Minister Therese Wagner met Kenyan leaders this week. Her first stop was Nairobi on Tuesday, where she held talks with Kenyan Foreign Affairs Cabinet Secretary Musalia Muda.", '2025-03-06')).meetings;
    expect(m.map((x) => [x.city, x.date])).toEqual([['Nairobi', '2025-03-04']]);
  });

  it('each destination of a trip gets its own place', () => {
    const m = extract(art('Chinese envoy Wei Lin had previously travelled to Kiev and Berlin.')).meetings;
    expect(m.map((x) => [x.city, x.countries])).toEqual([
      ['Kiev', ['CN', 'UA']],
      ['Berlin', ['CN', 'DE']],
    ]);
  });

  it('a dateline with its month in capitals ("WINDHOEK, 08 MAR (NAMPA) –") places the meetings', () => {
    const m = extract(art('WINDHOEK, 08 MAR (NAMPA) – Namibian President Nangolo Mbala on Thursday received Botswana Foreign Minister Lemo Kwapa.', '2024-03-08')).meetings;
    expect(m.map((x) => [x.city, [...x.participants].sort()])).toEqual([['Windhoek', ['Lemo Kwapa', 'Nangolo Mbala']]]);
  });

  it('a royal court\'s readout: "His Majesty" and "the King" as subjects are the story\'s first-named king, "the Bahraini monarch" is that state\'s king, and a state agency\'s dateline abroad gives its own state to the first person', () => {
    const body = [
      'Manama, May 16 (Petra) -- His Majesty King Abdullah Hashem on Thursday held bilateral meetings with Arab leaders on the sidelines of the Arab Summit, which convened under the chairmanship of His Majesty King Hamad Khalifa.',
      'In a meeting with President Abdel Sisi of Egypt, His Majesty stressed the importance of coordination.',
      'The King also met UAE President His Highness Sheikh Mohamed Zayed, and the talks covered bilateral relations.',
      'Upon his arrival in Manama on Wednesday evening, the King was received at the airport by the Bahraini monarch.',
    ].join('\n\n');
    const x = extract(art(body, '2024-05-16'));
    expect(x.officials.map((o) => [o.name, o.country])).toEqual([
      ['Abdullah Hashem', 'JO'],
      ['Hamad Khalifa', 'BH'],
      ['Abdel Sisi', 'EG'],
      ['Mohamed Zayed', 'AE'],
    ]);
    expect(x.meetings.map((m) => [m.date, [...m.participants].sort()])).toEqual([
      ['2024-05-16', ['Abdullah Hashem', 'Hamad Khalifa']],
      ['2024-05-16', ['Abdel Sisi', 'Abdullah Hashem']],
      ['2024-05-16', ['Abdullah Hashem', 'Mohamed Zayed']],
      ['2024-05-15', ['Abdullah Hashem', 'Hamad Khalifa']],
    ]);
  });

  it('a dateline line of its own ending in a colon ("BRIDGETOWN, Barbados:") places the meetings told without a city', () => {
    const m = extract(art('BRIDGETOWN, Barbados:\n\nJamaican Prime Minister Andrew Holmes held a bilateral meeting with Haitian President Leslie Volte yesterday.')).meetings;
    expect(m.map((x) => [x.city, x.country, [...x.participants].sort()])).toEqual([['Bridgetown', 'BB', ['Andrew Holmes', 'Leslie Volte']]]);
  });

  it('"X opened the summit, attended by …" is the gathering, apart from a bilateral on its sidelines told before', () => {
    const m = extract(
      art(
        'KAZAN, Russia, Oct. 23 (Xinhua) -- Chinese President Xi Lin on Wednesday met with Indian Prime Minister Ravi Modak on the sidelines of the BRICS Summit in Kazan. Russian President Vladimir Petrov opened the summit on Wednesday, attended by Xi, Modak, Iranian President Masoud Pezeshk and South African President Cyril Rama.',
        '2024-10-23',
      ),
    ).meetings;
    expect(m.map((x) => [...x.participants].sort())).toEqual([
      ['Ravi Modak', 'Xi Lin'],
      ['Cyril Rama', 'Masoud Pezeshk', 'Ravi Modak', 'Vladimir Petrov', 'Xi Lin'],
    ]);
  });

  it('"the meeting between X and Y" told by the two ministers of the meeting before is X and Y\'s alone, and its city of another time is no setting', () => {
    const m = extract(
      art(
        'On 19 November 2024, Thai Foreign Minister Maris Sangiam and Cambodian Foreign Minister Sok Chenda co-chaired the meeting of the Joint Commission. The two Ministers welcomed the momentum in relations following the meeting between Thai Prime Minister Paetong Shinawat and Cambodian Prime Minister Hun Manet on the sidelines of the ASEAN Summits in Vientiane last month.',
        '2024-11-20',
      ),
    ).meetings;
    expect(m.map((x) => [x.city, [...x.participants].sort()])).toEqual([
      [null, ['Maris Sangiam', 'Sok Chenda']],
      ['Vientiane', ['Hun Manet', 'Paetong Shinawat']],
    ]);
  });

  it('", and President Z held a summit with W on the sidelines of …" is a clause of its own, and two such meetings make no gathering of four', () => {
    const m = extract(
      art('Korean Foreign Minister Park Jinho visited the Chinese port city of Qingdao last August for talks with Chinese Foreign Minister Wang Yu, and President Yoon Seok held his first summit with Chinese President Xi Ping on the sidelines of the Group of 20 summit in Bali in November.'),
    ).meetings;
    expect(m.map((x) => [x.city, [...x.participants].sort()])).toEqual([
      ['Qingdao', ['Park Jinho', 'Wang Yu']],
      ['Bali', ['Xi Ping', 'Yoon Seok']],
    ]);
  });

  it('a dateline with a point before its dash ("SANTO DOMINGO.- …") places the meeting and gives its state to the host', () => {
    const x = extract(art('SANTO DOMINGO.- The chancellor Roberto Alvaro received this Tuesday the Parliamentary Vice-Minister for Foreign Affairs of Japan, Kenji Morita, who is on an official visit.'));
    expect(x.meetings.map((m) => [m.city, [...m.participants].sort()])).toEqual([['Santo Domingo', ['Kenji Morita', 'Roberto Alvaro']]]);
    expect(x.officials.map((o) => [o.name, o.country])).toContainEqual(['Roberto Alvaro', 'DO']);
  });

  it('"accompanied in the three meetings by" joins each of them; "Also attending the summit are X, Y and Z" joins the summit told seven sentences before', () => {
    const body =
      "Lima, Nov. 16 (ANDINA). Peru's President Dina Bolu held on Friday bilateral meetings with New Zealand Prime Minister Chris Luxo, Australian Prime Minister Tony Alban and Thai Prime Minister Paeton Shina, on the sidelines of the APEC summit in Lima. " +
      'The head of state was accompanied in the three meetings by Foreign Minister Elmer Schial. ' +
      'Trade rose last year. Ports were busy. Officials were upbeat. Ships were many. Markets rallied. ' +
      'Also attending the summit are US President Joe Bida and Chilean President Gabriel Bori.';
    const m = extract(art(body, '2024-11-16')).meetings;
    expect(m.map((x) => [...x.participants].sort())).toEqual([
      ['Chris Luxo', 'Dina Bolu', 'Elmer Schial', 'Gabriel Bori', 'Joe Bida', 'Paeton Shina', 'Tony Alban'],
      ['Chris Luxo', 'Dina Bolu', 'Elmer Schial'],
      ['Dina Bolu', 'Elmer Schial', 'Tony Alban'],
      ['Dina Bolu', 'Elmer Schial', 'Paeton Shina'],
    ]);
  });

  it('a cancelled trip absorbs the meetings planned on it, one trip per destination', () => {
    const m = extract(
      art('Israeli Prime Minister David Levi cancelled his trip to Athens and Cyprus. Levi had been scheduled to spend three hours in Athens, meeting Greek Prime Minister Nikos Pappas.'),
    ).meetings;
    expect(m.map((x) => [x.status, x.city, [...x.participants].sort(), x.countries])).toEqual([
      ['cancelled', 'Athens', ['David Levi', 'Nikos Pappas'], ['IL', 'GR']],
      ['cancelled', null, ['David Levi'], ['IL', 'CY']],
    ]);
  });

  it.each([
    [
      '"received a call from" is a call',
      'Kenyan President Samuel Otieno received a call from Japanese Prime Minister Kenji Sato on Monday.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      'a meeting noun before the names: its verb after them gives the status',
      'Talks between Kenyan President Samuel Otieno and Japanese Prime Minister Kenji Sato are scheduled for Tuesday.',
      [{ kind: 'meeting', status: 'planned', date: '2024-03-12', p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      'a cancelled meeting "scheduled for" a weekday: the day still ahead',
      'A meeting between Kenyan President Samuel Otieno and Japanese Prime Minister Kenji Sato, scheduled for Tuesday, was postponed.',
      [{ kind: 'meeting', status: 'cancelled', date: '2024-03-12', p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      '"…, after meeting Z on Sunday": a meeting of the subject with its own day',
      'Japanese Foreign Minister Kenji Sato met Kenyan President Samuel Otieno in Nairobi on Tuesday. Sato held talks with Kenyan Foreign Minister Ruth Wanjiru earlier in the day, after meeting Trade Minister Peter Kamau on Monday.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Ruth Wanjiru'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Kenji Sato', 'Peter Kamau'] },
      ],
    ],
    [
      '"…, days after holding talks with Z in Moscow": that meeting too',
      'Hungarian Prime Minister Ivan Kovacs met Chinese President Zhao Lin in Beijing on Monday, days after holding talks with Russian President Ivan Belov in Moscow.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ivan Kovacs', 'Zhao Lin'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Ivan Belov', 'Ivan Kovacs'] },
      ],
    ],
    [
      'the source of a readout is no participant',
      'UN Secretary-General Ana Rojas met Iranian President Reza Karimi on Monday, according to a readout from her spokesman, Tom Reed.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ana Rojas', 'Reza Karimi'] }],
    ],
    [
      '"were also present" joins the meeting',
      'Prime Minister Imran Qadir received Saudi Foreign Minister Faisal Hamdan on Wednesday. Foreign Minister Omar Saleh and Army Chief General Tariq Aziz were also present.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Faisal Hamdan', 'Imran Qadir', 'Omar Saleh', 'Tariq Aziz'] }],
    ],
    [
      '"the top <demonym> diplomat" is that state\'s foreign minister',
      'Iranian Foreign Minister Reza Karimi arrived in Beirut on Saturday. The top Iranian diplomat also travelled to Damascus on Sunday and held talks with Syrian President Omar Nasser.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Reza Karimi'] },
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Omar Nasser', 'Reza Karimi'] },
      ],
    ],
    [
      '"telephoned" is a call',
      'German Chancellor Hans Weber telephoned Polish President Jan Nowak on Monday.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    [
      '"had spoken with Y, and the two will meet in Paris on Friday": the call, then the meeting',
      'German Chancellor Hans Weber had spoken with French President Louis Martin, and the two men will meet in Paris on Friday.',
      [
        { kind: 'call', status: 'held', date: null, p: ['Hans Weber', 'Louis Martin'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-08', p: ['Hans Weber', 'Louis Martin'] },
      ],
    ],
    [
      '"was received by X and will hold talks with Y on Wednesday": one held, one to come',
      'Kenyan President Samuel Otieno was received by Emperor Kenji Sato on Tuesday and will hold talks with Prime Minister Yuki Mori on Friday.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-08', p: ['Samuel Otieno', 'Yuki Mori'] },
      ],
    ],
    [
      '"unveiled plans …, after talks": the talks were held',
      'US President Tom Hale and Japanese Prime Minister Kenji Sato unveiled plans on Wednesday to deepen their alliance, after talks at the White House.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Kenji Sato', 'Tom Hale'] }],
    ],
    [
      '"the two leaders will hold a three-way summit with Z": those two and Z',
      'US President Tom Hale met Japanese Prime Minister Kenji Sato on Wednesday. On Friday, the two leaders will hold a three-way summit with Philippine President Jose Reyes.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Kenji Sato', 'Tom Hale'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-08', p: ['Jose Reyes', 'Kenji Sato', 'Tom Hale'] },
      ],
    ],
    [
      '"exchanged messages with" is a letter, with its day',
      'Chinese President Zhao Lin on Friday exchanged congratulatory messages with his Vietnamese counterpart Tran Van Minh.',
      [{ kind: 'other', status: 'held', date: '2024-03-01', p: ['Tran Van Minh', 'Zhao Lin'] }],
    ],
    [
      '"joined the first session of the talks" joins them',
      'US President Tom Hale and Russian President Ivan Belov held talks in Geneva on Wednesday. Secretary of State Paul Grant and Russian Foreign Minister Oleg Sidorov joined the first session of the talks.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ivan Belov', 'Oleg Sidorov', 'Paul Grant', 'Tom Hale'] }],
    ],
    [
      '"the emir" is the one emir of the story',
      'French President Louis Martin hosted Qatari Emir Tamim Khalifa in Paris on Tuesday. Earlier, the emir met Prime Minister Paul Girard.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Louis Martin', 'Tamim Khalifa'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Paul Girard', 'Tamim Khalifa'] },
      ],
    ],
    [
      '"the Somali leader … where he met": the leader, not the last person named',
      "Somalia's President Omar Farah held talks with Egyptian President Karim Haddad in Cairo on Sunday. Haddad said Egypt stood by Somalia. The Somali leader later travelled to Asmara, where he met Eritrean President Isaias Tesfay.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Karim Haddad', 'Omar Farah'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Isaias Tesfay', 'Omar Farah'] },
      ],
    ],
    [
      'a summit its host held, attended by several, and a bilateral on its sidelines',
      'Egyptian President Karim Haddad hosted a peace summit in Cairo on Saturday attended by Palestinian President Omar Nasser and Jordanian King Ali Hamdan. Haddad met Nasser on the sidelines of the summit.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Ali Hamdan', 'Karim Haddad', 'Omar Nasser'] },
        { kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Karim Haddad', 'Omar Nasser'] },
      ],
    ],
    [
      '"is travelling to Russia for a summit": still to come',
      'North Korean leader Kim Sung Ho is travelling to Russia by train for a summit with Russian President Ivan Belov.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Ivan Belov', 'Kim Sung Ho'] }],
    ],
    [
      '"EAM also called on X": the minister abbreviated, on the same trip',
      'New Delhi - External Affairs Minister Anil Verma held talks with Iranian Foreign Minister Reza Karimi in Tehran on Monday. EAM also called on President Hassan Mousavi.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Anil Verma', 'Reza Karimi'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Anil Verma', 'Hassan Mousavi'] },
      ],
    ],
    [
      '"X hosted the gathering. Y, Z and W attended": the gathering',
      'Leaders from 90 states met at a Swiss resort. Swiss President Anna Keller hosted the gathering. US Vice President Tom Reed, German Chancellor Hans Weber and French President Louis Martin attended, while China stayed away.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Anna Keller', 'Hans Weber', 'Louis Martin', 'Tom Reed'] }],
    ],
    [
      '"heads to Berlin on Wednesday for talks with": still to come',
      'Nigerian President Musa Bello heads to Berlin on Wednesday for talks with German Chancellor Hans Weber.',
      [{ kind: 'meeting', status: 'planned', date: '2024-03-13', p: ['Hans Weber', 'Musa Bello'] }],
    ],
    [
      '"the President of the Republic", "the Federal Chancellor": the one official of that very title (not the story\'s other president)',
      'Brazilian President Ana Souza was in Lisbon on Monday. The President of the Republic, Louis Martin, will receive Mr Hans Weber, Federal Chancellor of Germany, in Paris on Friday. The President of the Republic and the Federal Chancellor last spoke by telephone in February.',
      [
        { kind: 'meeting', status: 'planned', date: '2024-03-08', p: ['Hans Weber', 'Louis Martin'] },
        { kind: 'call', status: 'held', date: null, p: ['Hans Weber', 'Louis Martin'] },
      ],
    ],
    [
      '"X\'s visit was to be followed by a meeting between Y and Z": Y and Z',
      'Foreign Secretary Tom Hale met Chinese Foreign Minister Li Wen in Beijing on Friday. Hale\'s visit was expected to be followed by a meeting between Prime Minister Paul Grant and President Xu Ming next month.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Li Wen', 'Tom Hale'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Paul Grant', 'Xu Ming'] },
      ],
    ],
    [
      'people of roles outside public office take no part: "X, an analyst at …", "musician Y"',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. Luis Soto Vega, an analyst at a research institute in Santiago, said the visit showed that Washington still saw the deal as a showcase. Rojas later toured a club in Lima founded by musician Pedro Ortiz Lara.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ana Rojas', 'Jorge Paz'] }],
    ],
    [
      '"will also be received tomorrow by": still to come',
      'During his stay in Paris, Senegalese President Omar Diallo will also be received tomorrow by the President of the Senate, Gerard Lamy.',
      [{ kind: 'meeting', status: 'planned', date: '2024-03-08', p: ['Gerard Lamy', 'Omar Diallo'] }],
    ],
    [
      '"The lunch was attended by" joins the lunch; "the two heads of state" are its two presidents',
      'French President Louis Martin received Senegalese President Omar Diallo at the Elysee Palace today for a working lunch. The lunch was attended by Foreign Minister Jean-Paul Girard and the Minister of Foreign Affairs of Senegal, Awa Ndiaye. The two heads of state, who last spoke by telephone in January, agreed to stay in touch.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Awa Ndiaye', 'Jean-Paul Girard', 'Louis Martin', 'Omar Diallo'] },
        { kind: 'call', status: 'held', date: null, p: ['Louis Martin', 'Omar Diallo'] },
      ],
    ],
    [
      '"the State Minister" beside a Foreign Minister: the one whose title holds those words',
      'Thai Ambassador Suda Chaiyo paid a courtesy call on State Minister for Foreign Affairs Karim Hossain today. Foreign Minister Abdul Rahman was abroad. Later in the day, Brazilian Ambassador Paulo Nogueira called on the State Minister.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Karim Hossain', 'Suda Chaiyo'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Karim Hossain', 'Paulo Nogueira'] },
      ],
    ],
    [
      '"X reiterated the invitation extended by Y to Z to visit": Y and Z; "He recalled the visit of X": X\'s',
      'State Minister Karim Hossain reiterated the invitation extended by Foreign Minister Abdul Rahman to his Uzbek counterpart, Bakhtiyor Saidov, to visit Dhaka. He recalled the visit of Prime Minister Sheikh Amina to Tashkent last year, during which she held talks with President Rustam Aliyev.',
      [
        { kind: 'meeting', status: 'planned', date: null, p: ['Abdul Rahman', 'Bakhtiyor Saidov'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Amina', 'Rustam Aliyev'] },
      ],
    ],
    [
      '"The visiting minister also called on X": the visitor; "accompanied during the visit by" joins',
      "Ghanaian Foreign Minister Kojo Mensah held talks with Indian External Affairs Minister Ravi Kapoor in New Delhi on Monday. The visiting minister also called on Vice President Anil Rao. He was accompanied during the visit by Ghana's High Commissioner Ama Owusu.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Kojo Mensah', 'Ravi Kapoor'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ama Owusu', 'Anil Rao', 'Kojo Mensah'] },
      ],
    ],
    [
      '"X updated Y on his call with Z": X\'s call; "joined the latter part of the meeting": the meeting, not the call told since',
      'British Prime Minister Tom Hale met Finnish President Karl Virtanen today. Hale updated President Virtanen on his call with US President Paul Grant yesterday. Foreign Secretary Ann Gray and Finnish Foreign Minister Elina Koski joined the latter part of the meeting.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ann Gray', 'Elina Koski', 'Karl Virtanen', 'Tom Hale'] },
        { kind: 'call', status: 'held', date: '2024-03-06', p: ['Paul Grant', 'Tom Hale'] },
      ],
    ],
    [
      '"joined the morning session by video link": a joiner of the talks, not a call',
      'Italian Foreign Minister Marco Bellini hosted talks in Rome today with Spanish Foreign Minister Luis Ortega and Portuguese Foreign Minister Rui Costa. European Commissioner Anna Lind joined the morning session by video link from Brussels.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Anna Lind', 'Luis Ortega', 'Marco Bellini', 'Rui Costa'] }],
    ],
    [
      '"On the South African side were Y and Z": joiners of the talks told before',
      'Zambian President Paul Banda held talks with South African President John Mokoena in Pretoria today. On the South African side were Foreign Minister Thabo Dlamini and Trade Minister Sipho Nkosi.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['John Mokoena', 'Paul Banda', 'Sipho Nkosi', 'Thabo Dlamini'] }],
    ],
    [
      'translated word order: "Participated also of the meeting Y" and "In the expanded meeting took part Z" join the talks',
      'Zambian President Paul Banda held talks with South African President John Mokoena in Pretoria today. Participated also of the meeting Foreign Minister Thabo Dlamini. In the expanded meeting took part Trade Minister Sipho Nkosi.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['John Mokoena', 'Paul Banda', 'Sipho Nkosi', 'Thabo Dlamini'] }],
    ],
    [
      '"took part in the exchanges" joins the talks',
      'British Minister Tom Hale held talks with Cameroonian Foreign Minister Paul Essomba in Yaounde today. On the British side, the High Commissioner, Ann Gray, took part in the exchanges.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ann Gray', 'Paul Essomba', 'Tom Hale'] }],
    ],
    [
      '"conveyed the greetings of the Head of State, President X": the sender, not there',
      'Foreign Minister Tom Hale was received in Yaounde today by Prime Minister Paul Essomba, who conveyed the greetings of the Head of State, President Jean Biyong.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Paul Essomba', 'Tom Hale'] }],
    ],
    [
      '"arrived carrying a message of support from King Y": the sender, not at the visit',
      'Jordanian Foreign Minister Omar Safi arrived in Beirut yesterday, carrying a message of support from His Majesty King Abdullah Rahman. He was received by President Joseph Haddad.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Joseph Haddad', 'Omar Safi'] }],
    ],
    [
      '"On Monday X was in Tbilisi, where he held talks with Y" after someone else spoke: X, named after the day',
      'NATO Secretary General Jens Berg began his tour in Baku on Sunday, where he met President Ilham Aliyev. Aliyev said Azerbaijan was ready to sign. On Monday Berg was in Tbilisi, where he held talks with Prime Minister Irakli Gelashvili.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Ilham Aliyev', 'Jens Berg'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Irakli Gelashvili', 'Jens Berg'] },
      ],
    ],
    [
      '"X and Y signed the agreement after a session in Manila with Z and W": a meeting of the four; "also participated in the exchange" joins it',
      'Japanese Foreign Minister Yoko Tanaka and Defence Minister Ken Mori signed the agreement today after a session in Manila with Philippine Foreign Secretary Ramon Cruz and Defense Secretary Jose Reyes. The Vice Minister of Trade, Ana Lopez, also participated in the exchange.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ana Lopez', 'Jose Reyes', 'Ken Mori', 'Ramon Cruz', 'Yoko Tanaka'] }],
    ],
    [
      '"had a discussion with the Ukrainian homologue Y" (a homologue is a counterpart); "a telephone discussion with Z" is a call',
      'Moldovan Foreign Minister Ion Rusu had a discussion with the Ukrainian homologue Petro Kovalenko about grain transit. Prime Minister Dan Ciobanu has had, in the evening, a telephone discussion with the Polish Prime Minister Adam Nowak.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Ion Rusu', 'Petro Kovalenko'] },
        { kind: 'call', status: 'held', date: null, p: ['Adam Nowak', 'Dan Ciobanu'] },
      ],
    ],
    [
      '"Y, head of the Chancellery of President X": the office\'s head, not X; "Z also attended the Bogor meeting": the meeting held there, not the last',
      'Australian Prime Minister Tom Hale met Indonesian President Budi Santoso in Bogor on Monday. Later, Foreign Minister Ann Gray met Anton Wibowo, head of the Chancellery of President Budi Santoso, in Jakarta. Indonesia\'s ambassador in Canberra, Rizal Hadi, also attended the Bogor meeting.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Budi Santoso', 'Rizal Hadi', 'Tom Hale'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ann Gray', 'Anton Wibowo'] },
      ],
    ],
    [
      '"the Prime Cabinet Secretary" is the one whose title joins it to a second office; "the Minister of Industry and …" is not the "Minister of Industry and Commerce"',
      'The Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, Musa Wafula, today held talks at the Old Treasury Building. In the morning, the Prime Cabinet Secretary received the Minister of Foreign Affairs of Somalia, Ahmed Farah. Bahrain\'s Minister of Industry and Commerce Adel Fakhri was in Abu Dhabi. Farah was received by the Minister of Industry and Advanced Technology, Dr Khalid Mansour.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ahmed Farah', 'Musa Wafula'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ahmed Farah', 'Khalid Mansour'] },
      ],
    ],
    [
      '"The meeting at the Ministry was attended by Y and Z": joiners of the meeting told before',
      'Iraqi Foreign Minister Karim Saleh received his Omani counterpart Salim Al Harthi in Baghdad today. The meeting at the Ministry was attended by the Director of the Gulf States Department, Ambassador Ali Jabbar, and the Ambassador of Oman in Baghdad, Hamed Al-Rawahi.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ali Jabbar', 'Hamed Al-Rawahi', 'Karim Saleh', 'Salim Al Harthi'] }],
    ],
    [
      'no person "Mediterranean" in "Regional Director for the Eastern Mediterranean", nor "Million Healthy Lives" after a number',
      'Egyptian President Ali Hassan received in Cairo today the Director-General of the WHO, Tom Berg, and Hanan Balkhy, WHO Regional Director for the Eastern Mediterranean. The Director-General praised the initiative "100 Million Healthy Lives" launched in Cairo.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ali Hassan', 'Hanan Balkhy', 'Tom Berg'] }],
    ],
    [
      'a minister\'s byline: "I" is the author ("By X, Minister of Foreign Affairs … I held talks with my Uzbek counterpart Y")',
      'By Anna Berg, Minister of Foreign Affairs\n\nPeople ask me why I travel so much.\n\nOn Tuesday I was in Tashkent, where I held talks with my Uzbek counterpart Rustam Karimov.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Anna Berg', 'Rustam Karimov'] }],
    ],
    [
      'a speech\'s heading and an interview\'s introduction name the "I" of the text; a quoted "I" of another story is no one\'s',
      'Speech by Minister of Foreign Affairs Jan Novak at the conference in Prague.\n\nLast month I travelled to Bratislava and sat down with my Slovak counterpart, Peter Kovac.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Jan Novak', 'Peter Kovac'] }],
    ],
    [
      'an interview: the official the introduction names is "I" of the answers',
      'Ken Sato, Japan\'s Ambassador to India, took charge in New Delhi last spring. In an interview with Meera Rao, he spoke about the rail project.\n\nWhat has surprised you?\n\nThe speed. Last week I met Commerce Minister Ravi Goyal to discuss the project.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Ken Sato', 'Ravi Goyal'] }],
    ],
    [
      'delegations listed: "Also in the Hungarian delegation were Y", "The Slovak team was made up of Z", "composed of the following: W, Minister …; V, …" (across the semicolon)',
      'Hungarian Prime Minister Viktor Kovacs held talks with Slovak Prime Minister Robert Horvath in Komarno today. Also in the Hungarian delegation were Economy Minister Marton Nagy and Transport Minister Janos Lazar. The Slovak team was made up of Deputy Foreign Minister Peter Sulik, director of the survey agency. The Hungarian delegation was composed of the following authorities: Peter Sziji, Minister of Foreign Affairs; Anna Toth, Minister of Justice.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Anna Toth', 'Janos Lazar', 'Marton Nagy', 'Peter Sulik', 'Peter Sziji', 'Robert Horvath', 'Viktor Kovacs'] }],
    ],
    [
      '"From the Hungarian side there are Y", "On the Slovak side, Z and W participated", "The reception was attended by V" join; "From the Georgian side the consultations will be headed by …" does not',
      'Hungarian Prime Minister Viktor Kovacs held talks with Slovak Prime Minister Robert Horvath in Komarno today. From the Hungarian side there are Foreign Minister Peter Sziji and Economy Minister Marton Nagy. On the Slovak side, Foreign Minister Juraj Blaho and Economy Minister Denisa Sakova participated. The reception was attended by Transport Minister Janos Lazar. From the Georgian side the consultations will be headed by Deputy Foreign Minister Levan Gvenadze, from the Belarusian side by Deputy Foreign Minister Igor Savich.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Denisa Sakova', 'Janos Lazar', 'Juraj Blaho', 'Marton Nagy', 'Peter Sziji', 'Robert Horvath', 'Viktor Kovacs'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Igor Savich', 'Levan Gvenadze'] },
      ],
    ],
    [
      '"Also in the Hungarian delegation were Y and Z" after a call told since: the meeting, not the call',
      'Foreign Ministers Peter Sziji and Juraj Blaho held separate talks in Komarno today. Sziji said he had spoken by phone with his Ukrainian counterpart, Andrii Sybko, on Monday evening. Also in the Hungarian delegation were Economy Minister Marton Nagy and Transport Minister Janos Lazar.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Janos Lazar', 'Juraj Blaho', 'Marton Nagy', 'Peter Sziji'] },
        { kind: 'call', status: 'held', date: '2024-03-04', p: ['Andrii Sybko', 'Peter Sziji'] },
      ],
    ],
    [
      'an aside of time inside the subject\'s clause ("X visited Israel, shortly after the attack, and held talks with Y"): X\'s talks',
      'Dutch Prime Minister Jan de Vries visited Israel in October, shortly after the attack, and held talks with Prime Minister Avi Cohen.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Avi Cohen', 'Jan de Vries'] }],
    ],
    [
      'no people "Refugees" ("High Commissioner for Refugees"), "Transboundary Haze Pollution", "Arica" ("the port of Arica") or a headline\'s "X Receives Phone"',
      'Kenyan Foreign Minister Paul Otieno hosted a delegation from the Office of the United Nations High Commissioner for Refugees (UNHCR) led by Anna Berg today. They discussed the ASEAN Agreement on Transboundary Haze Pollution and trade through the port of Arica. El-Sisi Receives Phone Call From Kiir.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Anna Berg', 'Paul Otieno'] }],
    ],
    [
      '"His first sit-down (meeting) of the day was with Y": the one "his" refers to, and Y',
      'Fijian Prime Minister Tevita Rabe arrived in Suva today for the Forum. His first sit-down of the day was with Australian Prime Minister Tom Hale.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Tevita Rabe', 'Tom Hale'] }],
    ],
    [
      'a spokesperson who tells of the meeting is no participant ("…, ministry spokesperson X said in a statement", "what State House spokeswoman Y described as …")',
      'Sri Lankan Foreign Minister Ravi Perera received the Myanmar Ambassador Aung Min in Colombo today. The meeting was also attended by Foreign Secretary Nila Fernando, ministry spokesperson Dilan Silva said in a statement. Before the summit, Kenyan President Paul Otieno received the Congolese leader Jean Mbala for what State House spokeswoman Grace Wanjiru described as a candid breakfast meeting.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Aung Min', 'Nila Fernando', 'Ravi Perera'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Jean Mbala', 'Paul Otieno'] },
      ],
    ],
    [
      '"…, a move that strained his relationship with President Z": a relation, not one more at the meeting',
      'Argentine President Javier Mora spent the weekend in Brazil, where he met with former Brazilian President Jose Bastos on Sunday, a move that further strained his relationship with President Luiz Silva.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Javier Mora', 'Jose Bastos'] }],
    ],
    [
      '"X accepted President Y\'s invitation to visit Helsinki": Y, the host, takes part',
      'British Prime Minister Tom Hale met Finnish President Karl Virtanen today. Hale accepted President Virtanen\'s invitation to visit Helsinki later this year.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Karl Virtanen', 'Tom Hale'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Karl Virtanen', 'Tom Hale'] },
      ],
    ],
    [
      '"Y and Z attended the talks": the talks told before, not the meeting told last',
      'Chinese Foreign Minister Li Wen held talks with Malawian Foreign Minister Grace Banda in Beijing on Thursday. On Wednesday, Chinese Vice President Zhao Ming met with Banda in Beijing. Malawian Ambassador Allan Phiri and Chinese Assistant Foreign Minister Wu Tao attended the talks.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Allan Phiri', 'Grace Banda', 'Li Wen', 'Wu Tao'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Grace Banda', 'Zhao Ming'] },
      ],
    ],
    [
      '"According to aide X, the president will …; he is scheduled to meet Y": the president, not the source; "…, when the summit continues, X will receive Y": still to come',
      'Russian President Ivan Petrov held talks with Chinese President Li Wen in Kazan on Tuesday. According to aide Yuri Orlov, the Russian president will hold many bilateral meetings. On Wednesday, he is scheduled to meet Iranian President Reza Karimi. On Thursday, when the summit continues in the outreach format, Petrov will receive UN Secretary-General Maria Lindqvist.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ivan Petrov', 'Li Wen'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-13', p: ['Ivan Petrov', 'Reza Karimi'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-07', p: ['Ivan Petrov', 'Maria Lindqvist'] },
      ],
    ],
    [
      '"The meeting comes a week after X\'s visit to Port Sudan, where he held talks with Y": an earlier meeting, which gives the first neither place nor day',
      "Egyptian President Karim Haddad received Sudanese General Omar Bashir in the resort town today. Foreign Minister Badr Salem attended the meeting. The meeting comes a week after Salem's visit to Port Sudan, where he held talks with Prime Minister Kamil Idris.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Badr Salem', 'Karim Haddad', 'Omar Bashir'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Badr Salem', 'Kamil Idris'] },
      ],
    ],
    [
      '"X joined the President in both meetings": both of the President\'s last two meetings',
      'Philippine President Ramon Cruz on Thursday held separate bilateral meetings with Singapore Prime Minister Lee Tan and New Zealand Prime Minister Tom Hale on the sidelines of the regional summit. Foreign Affairs Secretary Ana Reyes joined the President in both meetings.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ana Reyes', 'Lee Tan', 'Ramon Cruz', 'Tom Hale'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ana Reyes', 'Lee Tan', 'Ramon Cruz'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ana Reyes', 'Ramon Cruz', 'Tom Hale'] },
      ],
    ],
    [
      '"amid the crisis between Madrid and the government of X": X takes no part; "ahead of the July 28 elections" dates the elections',
      'Spanish Foreign Minister Luis Gil was received on Tuesday by Chilean President Ana Rojas in Santiago, amid the diplomatic crisis between Madrid and the government of Jorge Paz. During the meeting, Rojas and Gil discussed the situation in Venezuela ahead of the July 28 presidential elections.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Luis Gil'] }],
    ],
    [
      '"X thanked Spain and announced that Y will make an official visit to Madrid": Y\'s visit, not X\'s',
      'Chilean Foreign Minister Ricardo Soto thanked Spain for its support and announced that Chilean President Ana Rojas will make an official visit to Madrid in the autumn.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Ana Rojas'] }],
    ],
    [
      '"accompanied by Y during his meetings in Santiago" after a meeting in Montevideo: the Santiago meeting',
      'Spanish Foreign Minister Luis Gil met Chilean President Ana Rojas in Santiago on Tuesday. Gil will travel on Wednesday to Montevideo, where he is scheduled to be received by President Jorge Paz. The minister was accompanied on the trip by the Spanish ambassador to Chile, Carlos Ruiz, during his meetings in Santiago.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Carlos Ruiz', 'Luis Gil'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-13', p: ['Jorge Paz', 'Luis Gil'] },
      ],
    ],
    [
      '"Y, the envoy of President-elect X" and "a source told Z": neither X nor Z takes part',
      'Qatari Prime Minister Hamad Al Thani met on Sunday with Steve Walker, the Middle East envoy of US President-elect Paul Grant, and Tom Reed, a senior US official, a source briefed on the talks told Gulf Times.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Hamad Al Thani', 'Steve Walker', 'Tom Reed'] }],
    ],
    [
      '"X and Y signed a memorandum" is their meeting; "The four countries signed …" and "X signed a decree" are none',
      "Philippine Energy Secretary Rosa Dizon and Kuwaiti Oil Minister Fahad Al-Ajmi signed a memorandum of understanding on Monday. Turkish President Ali Kaya welcomed the deal. The four countries signed a memorandum in Baghdad in April 2023 during Kaya's first visit to Iraq. Kenyan President Samuel Otieno signed a decree on Tuesday.",
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Fahad Al-Ajmi', 'Rosa Dizon'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Ali Kaya'] },
      ],
    ],
    [
      '"X has received a message from Y" is the letter; "The message was delivered … by envoy Z" Z\'s meeting with X, which those who "attended the meeting" join, not the visit invited to',
      'Kenyan President Daniel Kiptoo has received a special message from South Sudan President John Deng. The message was delivered on Tuesday by South Sudan\'s Special Envoy Peter Lual. In the message, President Deng invited President Kiptoo to visit Juba. Prime Cabinet Secretary Grace Wanjiru attended the meeting.',
      [
        { kind: 'other', status: 'held', date: null, p: ['Daniel Kiptoo', 'John Deng'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Daniel Kiptoo', 'Grace Wanjiru', 'Peter Lual'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Daniel Kiptoo', 'John Deng'] },
      ],
    ],
    [
      '"The spokesman Z said X had also received a message from Y": the letter\'s recipient is X, nearest before "received"',
      'Iraqi Prime Minister Ali Jaber met Iranian Foreign Minister Reza Karimi in Baghdad on Sunday. Iraqi foreign ministry spokesman Omar Dulaimi said Jaber had also received a message from Iranian President Hassan Nouri.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Ali Jaber', 'Reza Karimi'] },
        { kind: 'other', status: 'held', date: null, p: ['Ali Jaber', 'Hassan Nouri'] },
      ],
    ],
    [
      '"… following the decision by Ouagadougou, Bamako and Niamey to leave the bloc": agents of that decision, no states visited',
      'Ghanaian President Kofi Mensah on Tuesday received a special message from Burkinabe President Ibrahim Sawadogo, amid efforts to keep dialogue open following the decision by Ouagadougou, Bamako and Niamey to leave the bloc.',
      [{ kind: 'other', status: 'held', date: null, p: ['Ibrahim Sawadogo', 'Kofi Mensah'] }],
    ],
    [
      '"Prince Faisal" is the Faisal written with "Prince", not the later-named ambassador Faisal',
      'Saudi Foreign Minister Prince Faisal bin Khalid met Iraqi Prime Minister Ali Sudani in Baghdad on Saturday. The meeting was attended by the Saudi ambassador to Iraq, Faisal bin Nasser Al-Otaibi. On Friday, Prince Faisal received a phone call from Iranian Foreign Minister Reza Karimi.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Ali Sudani', 'Faisal bin Khalid', 'Faisal bin Nasser Al-Otaibi'] },
        { kind: 'call', status: 'held', date: '2024-03-01', p: ['Faisal bin Khalid', 'Reza Karimi'] },
      ],
    ],
    [
      '"who last spoke by telephone …, agreed to meet again at the summit in Nairobi": the call and the meeting agreed on',
      'French President Louis Martin received Senegalese President Omar Diallo in Paris today. The two heads of state, who last spoke by telephone in January, agreed to meet again at the summit in Nairobi in 2026.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Louis Martin', 'Omar Diallo'] },
        { kind: 'call', status: 'held', date: null, p: ['Louis Martin', 'Omar Diallo'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Louis Martin', 'Omar Diallo'] },
      ],
    ],
    [
      '"agreed to resume regular consultations": a standing mechanism, no meeting',
      'Pakistani Foreign Minister Tariq Aziz held a video call with Bangladeshi Foreign Adviser Rahim Khan on Wednesday. The two sides agreed to resume regular political consultations.',
      [{ kind: 'call', status: 'held', date: '2024-03-06', p: ['Rahim Khan', 'Tariq Aziz'] }],
    ],
    [
      '"During the visit, X called on Y on March 17 and met with Z on March 18": two meetings',
      'During the visit, Chinese Vice Minister Hua Jian called on Nepali Prime Minister Ram Shrestha on March 4 and met with Nepali Foreign Minister Sita Gurung on March 5.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Hua Jian', 'Ram Shrestha'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Hua Jian', 'Sita Gurung'] },
      ],
    ],
    [
      '"will receive X on Thursday": a planned meeting (not "ought to receive support")',
      'King Carlos will receive Mexican Foreign Minister Ana Ruiz at the palace on Thursday. Prime Minister Jose Alba said the new government ought to receive support.',
      [{ kind: 'meeting', status: 'planned', date: '2024-03-07', p: ['Ana Ruiz', 'Carlos'] }],
    ],
    [
      '"were among those attending" joins the gathering; one who "did not attend" or "stayed away" does not',
      'ADDIS ABABA - Host Prime Minister Abel Tesfaye welcomed African leaders to the summit on Saturday. Kenyan President Samuel Otieno and Somali President Ali Farah were among those attending. Rwandan President Paul Mugabo did not attend, while Congolese President Jean Ilunga stayed away and was represented by his prime minister.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Abel Tesfaye', 'Ali Farah', 'Samuel Otieno'] }],
    ],
    [
      '"looks forward to visiting Japan": still to come',
      'Australian Prime Minister Mark Dunn said he looks forward to visiting Japan this summer for talks with Japanese Prime Minister Kenji Sato.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Kenji Sato', 'Mark Dunn'] }],
    ],
    [
      'a virtual meeting is a call',
      'Japanese Foreign Minister Kenji Sato held a virtual meeting with Kenyan Foreign Minister Ruth Wanjiru on Monday.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Kenji Sato', 'Ruth Wanjiru'] }],
    ],
    [
      '"also took part" joins the meeting',
      'Qatari Prime Minister Khalid Nasser met CIA Director Tom Reed in Doha on Tuesday. Egyptian intelligence chief Omar Saleh also took part.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Khalid Nasser', 'Omar Saleh', 'Tom Reed'] }],
    ],
    [
      '"The two leaders last met in March 2023" is another meeting than the one to come',
      'BERLIN - German Chancellor Hans Weber will meet US President Tom Hale at the White House on Friday. The two leaders last met in March 2023.',
      [
        { kind: 'meeting', status: 'planned', date: '2024-03-08', p: ['Hans Weber', 'Tom Hale'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Hans Weber', 'Tom Hale'] },
      ],
    ],
    [
      '"He then flew to Egypt for talks with X": in Egypt, not in the dateline\'s city',
      'TEL AVIV - Secretary of State Paul Grant met Israeli Prime Minister David Levi in Jerusalem on Monday. He then flew to Egypt for talks with President Karim Haddad.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['David Levi', 'Paul Grant'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Karim Haddad', 'Paul Grant'] },
      ],
    ],
    [
      'people in business are no participants, nor is their company a person',
      'Ukrainian President Ivan Petrenko met Secretary of State Paul Grant in Davos on Tuesday, where he also held talks with Northbank Capital CEO Mark Weber.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ivan Petrenko', 'Paul Grant'] }],
    ],
    ['"ruling out a meeting with X" is no meeting', 'Chinese President Zhao Lin will not travel to New York, the ministry said, ruling out a meeting with US President Tom Hale.', []],
    ['"dismissed speculation about a meeting with X" is no meeting', 'Russian Foreign Minister Oleg Sidorov on Wednesday dismissed speculation about a meeting with Secretary of State Paul Grant.', []],
    [
      '"the Emir of Kuwait, Sheikh X, received a message from Y, delivered by Z": the letter, and Z met X',
      'Qatari Emir Tamim Khalifa met Turkish President Kemal Aydin in Doha. Meanwhile, the Emir of Kuwait, Sheikh Nasser Hamad, received a message from Iraqi Prime Minister Ali Kareem, which was delivered by Iraqi Foreign Minister Saad Jabr.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Kemal Aydin', 'Tamim Khalifa'] },
        { kind: 'other', status: 'held', date: null, p: ['Ali Kareem', 'Nasser Hamad'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Nasser Hamad', 'Saad Jabr'] },
      ],
    ],
    [
      '"X met Y and later held a bilateral meeting with Z": two meetings',
      'Indian Prime Minister Anil Verma met Russian President Ivan Belov and later held a bilateral meeting with Chinese President Zhao Lin.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Anil Verma', 'Ivan Belov'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Anil Verma', 'Zhao Lin'] },
      ],
    ],
    [
      'a trilateral meeting on the sidelines is one meeting',
      'On the sidelines of the summit, US President Tom Hale met Japanese Prime Minister Kenji Sato and South Korean President Kim Min-jun for a trilateral meeting.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Kenji Sato', 'Kim Min-jun', 'Tom Hale'] }],
    ],
    [
      '"X and Y also held a bilateral meeting" two sentences after their summit: its place and day',
      'US President Tom Hale hosted Japanese Prime Minister Kenji Sato and South Korean President Kim Min-jun at Camp David on Friday. The leaders agreed to meet every year. Sato and Kim also held a bilateral meeting.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Kenji Sato', 'Kim Min-jun', 'Tom Hale'] },
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Kenji Sato', 'Kim Min-jun'] },
      ],
    ],
    [
      '"X hosted leaders …, with A, B and C among the guests": the gathering; bilaterals on its sidelines stay apart',
      'Kazakh President Aidar Seitov hosted leaders of the regional bloc in Astana on Thursday, with Russian President Ivan Belov, Chinese President Zhao Lin and Turkish President Kemal Aydin among the guests. On the sidelines, Zhao held talks with Belov and with Aydin.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Aidar Seitov', 'Ivan Belov', 'Kemal Aydin', 'Zhao Lin'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ivan Belov', 'Zhao Lin'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Kemal Aydin', 'Zhao Lin'] },
      ],
    ],
    [
      '"The three leaders last met in Berlin": the three of the last meeting, another time',
      'French President Louis Martin will host German Chancellor Hans Weber and Polish Prime Minister Jan Nowak in Paris on Monday. The three leaders last met in Berlin in March.',
      [
        { kind: 'meeting', status: 'planned', date: '2024-03-11', p: ['Hans Weber', 'Jan Nowak', 'Louis Martin'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Hans Weber', 'Jan Nowak', 'Louis Martin'] },
      ],
    ],
    [
      '"X called Y on Monday to discuss …" is a call',
      'US President Tom Hale called his Russian counterpart Ivan Belov on Monday to discuss the crisis.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Ivan Belov', 'Tom Hale'] }],
    ],
    [
      '"A call between X and Y took place" is a call',
      'A call between German Chancellor Hans Weber and Polish President Jan Nowak took place on Tuesday.',
      [{ kind: 'call', status: 'held', date: '2024-03-05', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    ['"called Y a …" is no call', 'US President Tom Hale called Russian President Ivan Belov a threat to peace in an interview.', []],
    ['"called Y\'s remarks …" is no call', "US President Tom Hale called Russian President Ivan Belov's remarks unacceptable on Monday.", []],
    ['"called for talks with Y" is an appeal', 'US President Tom Hale called for talks with Russian President Ivan Belov on Monday.', []],
    [
      'a state banquet in honour of a guest is a meeting',
      'Kenyan President Samuel Otieno gave a state banquet in honour of Japanese Prime Minister Kenji Sato on Tuesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      '"arrived on Tuesday for a visit, during which he will meet Y": the day is the arrival\'s',
      'Japanese Prime Minister Kenji Sato arrived in Nairobi on Tuesday for a three-day visit, during which he will meet Kenyan President Samuel Otieno.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      '"X congratulated Y … in a message on Tuesday" is a letter from X to Y',
      'Kenyan President Samuel Otieno congratulated Japanese Prime Minister Kenji Sato on his election victory in a message on Tuesday.',
      [{ kind: 'other', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      '"his Egyptian counterpart X" named: not the one other Egyptian of the story as well',
      'Egyptian President Karim Haddad met Chinese Premier Li Wen on Saturday. Chinese Foreign Minister Zhao Lin held talks with his Egyptian counterpart Omar Saleh in Cairo on Sunday.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-02', p: ['Karim Haddad', 'Li Wen'] },
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Omar Saleh', 'Zhao Lin'] },
      ],
    ],
    [
      '"the two leaders" after two ministers\' talks: the last meeting of leaders',
      'Malaysian Prime Minister Anwar Rahman will host Indonesian President Budi Santoso next week. Foreign Minister Hasan Malik will hold preparatory talks with his Indonesian counterpart Dewi Lestari. The two leaders last met in Jakarta in June.',
      [
        { kind: 'meeting', status: 'planned', date: null, p: ['Anwar Rahman', 'Budi Santoso'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Dewi Lestari', 'Hasan Malik'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Anwar Rahman', 'Budi Santoso'] },
      ],
    ],
    [
      '"further talks" to come stay apart from the talks held',
      'Japanese Foreign Minister Kenji Sato met Kenyan Foreign Minister Samuel Otieno in Geneva on Tuesday. Sato is expected to travel to Nairobi next month for further talks with Otieno.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Kenji Sato', 'Samuel Otieno'] },
      ],
    ],
    [
      '"met X on Tuesday and is due in Rwanda …, as Washington and Qatar try": no meeting with each state; "adviser to President X" is not X',
      'A senior U.S. envoy met Kenyan President Samuel Otieno on Tuesday and is due in Rwanda on Thursday, as Washington and Qatar try to keep the peace. Paul Grant, the senior adviser for Africa to President Tom Reed, spent two hours with Otieno.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Paul Grant', 'Samuel Otieno'] }],
    ],
    [
      '"a meeting … was held under the chairmanship of X" is X\'s gathering, which those attending join; a meeting on its margins stays apart',
      'A meeting of the Council of Ministers of Foreign Affairs of the Regional Cooperation Organisation (RCO) was held in Almaty under the chairmanship of Kazakh Foreign Minister Arman Tolegen. The meeting was attended by Russian Foreign Minister Oleg Sidorov and Chinese Foreign Minister Li Wei. On the margins of the Council, the head of the Kazakh foreign ministry met with Sidorov.',
      [
        { kind: 'meeting', status: 'held', date: null, p: ['Arman Tolegen', 'Li Wei', 'Oleg Sidorov'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Arman Tolegen', 'Oleg Sidorov'] },
      ],
    ],
    [
      '"X said after meeting Y": the speaker\'s own meeting',
      'Foreign Minister Vivian Tan said after meeting Vietnamese President Lam Quang in Hanoi that ties were strong.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Lam Quang', 'Vivian Tan'] }],
    ],
    [
      '"… will look to …, X said on Monday after calling on Y": held, not planned',
      'The two countries will look to move quickly on trade, Foreign Minister Vivian Tan said on Monday after calling on Vietnamese President Lam Quang in Hanoi.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Lam Quang', 'Vivian Tan'] }],
    ],
    [
      '"No contacts … are planned, and Moscow has received no signals" is no meeting',
      'No contacts between Russian President Ivan Belov and Finnish President Erik Lind are planned, and Moscow has received no signals from Helsinki about an interest in dialogue, the Kremlin said.',
      [],
    ],
    [
      '"Attending from the visiting delegation were X and Y" join the meeting told',
      'Senegalese President Amadou Sarr held talks with Emirati President Khalid Nasser on Tuesday. Attending from the visiting delegation were Minister of Foreign Affairs Aissa Ndiaye and Minister of Finance Cheikh Gueye.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Aissa Ndiaye', 'Amadou Sarr', 'Cheikh Gueye', 'Khalid Nasser'] }],
    ],
    [
      '"Also participating in the meeting, which …, were X and Y" join the meeting told',
      'The Chilean Foreign Minister, Pablo Rojas, and his Peruvian counterpart, Luis Vargas, met on Wednesday in Tacna. Also participating in the meeting, which lasted four hours, were the Peruvian Minister of the Interior, Carlos Quispe, and the Chilean Undersecretary of the Interior, Ana Soto.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ana Soto', 'Carlos Quispe', 'Luis Vargas', 'Pablo Rojas'] }],
    ],
    [
      '"called on X at his office, where the premier stressed the need to raise …" is a courtesy call, not urging',
      'Uzbek Deputy Prime Minister Timur Alimov met Pakistani Railways Minister Malik Awan on Tuesday. Alimov had called on Prime Minister Imran Sadiq at the PM House on Monday, where the premier stressed the need to raise bilateral trade.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Malik Awan', 'Timur Alimov'] },
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Imran Sadiq', 'Timur Alimov'] },
      ],
    ],
    [
      'a summit held is not the visit two of its people planned, and two of its people meeting alone are not the summit',
      'Nepali Prime Minister Hari Oli met Indian Prime Minister Raj Mehta on Friday. Mehta invited Oli to visit India. The summit, hosted by Thai Prime Minister Suda Chai, brought together Oli, Mehta, Sri Lankan President Anura Perera and Bhutanese Prime Minister Karma Dorji. On Thursday, Oli had called on Suda Chai at Government House.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-01', p: ['Hari Oli', 'Raj Mehta'] },
        { kind: 'meeting', status: 'planned', date: null, p: ['Hari Oli', 'Raj Mehta'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Anura Perera', 'Hari Oli', 'Karma Dorji', 'Raj Mehta', 'Suda Chai'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Hari Oli', 'Suda Chai'] },
      ],
    ],
    [
      'the lead\'s meeting held gives its day and city to the meeting told after it without them, with no dateline',
      'The foreign ministers of the Mercosur met this Tuesday in Asuncion for an extraordinary meeting of the council. The meeting was chaired by Paraguayan Foreign Minister Ruben Lezcano and attended by Argentine Foreign Minister Diana Mondo and Brazilian Foreign Minister Mauro Vieyra.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Diana Mondo', 'Mauro Vieyra', 'Ruben Lezcano'] }],
    ],
    [
      'two of a meeting\'s people who "had a meeting" of their own later met alone; the two sides of a strife told after the trigger did not take part',
      'Paraguayan Foreign Minister Ruben Lezcano chaired the meeting of the council on Thursday, attended by Argentine Foreign Minister Diana Mondo, Brazilian Foreign Minister Mauro Vieyra and Uruguayan Foreign Minister Omar Pagano. Likewise, the chancellors of Brazil and Argentina had a meeting of almost one hour, the first formal one between Mondo and Vieyra after months of tension between Presidents Javier Milo and Luis Costa.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Diana Mondo', 'Mauro Vieyra', 'Omar Pagano', 'Ruben Lezcano'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Diana Mondo', 'Mauro Vieyra'] },
      ],
    ],
    [
      '"the Foreign Minister" as a clause\'s subject, with two foreign ministers in the story: the story\'s own, named most',
      'Danish Foreign Minister Lars Rasmus is this week on a trip to Ethiopia and Kenya. On Wednesday in Addis Ababa the Foreign Minister met the chairperson of the African Union Commission, Moussa Fakir. Later on Wednesday the Foreign Minister had a meeting with Ethiopian Foreign Minister Taye Selassie. "Africa matters," says Lars Rasmus.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Lars Rasmus', 'Taye Selassie'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Lars Rasmus'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Lars Rasmus', 'Moussa Fakir'] },
      ],
    ],
    [
      '"The travel started Wednesday in X, where the Foreign Minister met Y": the trip told as a subject, then its meeting; "took part in the meetings Wednesday" joins that day\'s meetings',
      'Danish Foreign Minister Lars Rasmus is this week on a trip to Ethiopia and Kenya. The travel started Wednesday in Addis Ababa, where the Foreign Minister met the chairperson of the African Union Commission, Moussa Fakir. Later on Wednesday the Foreign Minister had a meeting with Ethiopia\'s Foreign Minister Taye Selassie. "Africa matters," says Lars Rasmus. On Thursday the Foreign Minister is expected to be received by Prime Minister Abiy Mekonnen. The Danish ambassador in Addis Ababa, Marianne Kjaer, took part in the meetings Wednesday.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Lars Rasmus', 'Marianne Kjaer', 'Taye Selassie'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Lars Rasmus'] },
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Lars Rasmus', 'Marianne Kjaer', 'Moussa Fakir'] },
        { kind: 'meeting', status: 'planned', date: '2024-03-07', p: ['Abiy Mekonnen', 'Lars Rasmus'] },
      ],
    ],
    [
      '"Later X was received by Y": an adverb opening the sentence is no part of the name',
      'Moldovan President Maia Sandaru arrived in Vilnius on Thursday. Later Sandaru was received by Lithuanian Prime Minister Ingrida Simonyte.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ingrida Simonyte', 'Maia Sandaru'] }],
    ],
    [
      '"Later in the day, Y was received by Z, in the presence of X": another meeting than the talks of X and Y told before',
      'Kuwaiti Foreign Minister Abdullah Yahya and Syrian Foreign Minister Asaad Shaibani held talks on Sunday. Later in the day, Shaibani was received by Crown Prince Sabah Khalid, in the presence of Yahya.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Abdullah Yahya', 'Asaad Shaibani'] },
        { kind: 'meeting', status: 'held', date: '2024-03-03', p: ['Abdullah Yahya', 'Asaad Shaibani', 'Sabah Khalid'] },
      ],
    ],
    [
      '"the President" is also the one titled "President of the Republic", the story\'s first-named of two presidents',
      'The President of the Republic, Marco Rebelo, received on Wednesday the credentials of new ambassadors. The Ambassador of Iraq, Haidar Shammar, conveyed the greetings of the President of Iraq, Abdul Rashed. Afterwards, the President received the Ambassador of Georgia, Tamar Kavta.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Marco Rebelo', 'Tamar Kavta'] }],
    ],
    [
      '"the Senegalese President" is the one "Head of State" of the story, even when that one\'s state was only guessed',
      'The head of State Bassirou Faya will not go this Thursday to Conakry. The visit he had to make in Guinea has been postponed. The Senegalese President has spoken by telephone on Tuesday evening with his Guinean homologue, General Mamadi Dumbuya.',
      [
        { kind: 'call', status: 'held', date: '2024-03-05', p: ['Bassirou Faya', 'Mamadi Dumbuya'] },
      ],
    ],
    [
      '"the head of the Romanian diplomacy" and "the Romanian chief diplomat" are that state\'s one foreign minister',
      'Romanian Minister of Foreign Affairs Luminita Odobesco carried out a regional tour. In Belgrade, on Monday, the head of the Romanian diplomacy had talks with the Minister of Foreign Affairs of Serbia, Ivica Dacico. On Tuesday, at Podgorica, the Romanian chief diplomat had a meeting with the Minister of Foreign Affairs of Montenegro, Filip Ivanovico.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ivica Dacico', 'Luminita Odobesco'] },
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Filip Ivanovico', 'Luminita Odobesco'] },
      ],
    ],
    [
      '"His Highness the Prime Minister" is the prime minister that style was written before, not the story\'s first "His Highness"',
      'His Highness the Amir Sheikh Mishal Ahmad received Iraqi Prime Minister Mohammad Sudaini on Wednesday. The meeting was attended by His Highness the Prime Minister Sheikh Ahmad Abdullah. On Thursday, His Highness the Prime Minister met Iraqi Foreign Minister Fuad Husain.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Ahmad Abdullah', 'Mishal Ahmad', 'Mohammad Sudaini'] },
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Ahmad Abdullah', 'Fuad Husain'] },
      ],
    ],
    [
      '"who led the delegation in place of Foreign Minister Y": Y was not there',
      'Foreign Minister Sari Wardani held a meeting on Wednesday with Wang Lin, who led the Chinese delegation in place of Foreign Minister Qin Hao.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-06', p: ['Sari Wardani', 'Wang Lin'] }],
    ],
    [
      '"a telephone conversation between X and the presidents of A, Y, and B, Z" is theirs alone, one call',
      'Brazilian Foreign Minister Mauro Lima received Angolan Foreign Minister Tomas Antonio in Brasilia on Thursday. The meeting with the Angolan minister came a day after a telephone conversation between Brazilian President Luis Costa and the presidents of Colombia, Gustavo Mora, and Mexico, Ana Ruiz.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-07', p: ['Mauro Lima', 'Tomas Antonio'] },
        { kind: 'call', status: 'held', date: null, p: ['Ana Ruiz', 'Gustavo Mora', 'Luis Costa'] },
      ],
    ],
    [
      '"held phone talks with his counterparts from A and B … to discuss the escalation between C and D. X spoke with Y and Z": one call per state, with who they were, none with C or D',
      'Turkish Foreign Minister Kemal Aydin held phone talks with his counterparts from the US and Iran on Sunday to discuss the latest escalation between Israel and Lebanon. Aydin spoke with US Secretary of State Paul Grant and Iranian Foreign Minister Reza Karimi, said the sources.',
      [
        { kind: 'call', status: 'held', date: '2024-03-03', p: ['Kemal Aydin', 'Paul Grant'] },
        { kind: 'call', status: 'held', date: '2024-03-03', p: ['Kemal Aydin', 'Reza Karimi'] },
      ],
    ],
    [
      '"The trip began in South Africa, where Secretary X met Y": a second clause opened by a name',
      'Rwanda was the last leg of a trip that began Monday in South Africa, where US Secretary of State Paul Grant met Foreign Minister Thandi Mokoena in Pretoria.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Paul Grant', 'Thandi Mokoena'] }],
    ],
    [
      '"presented copies of his letters of credence to" is a meeting',
      "A week earlier, Somalia's new ambassador to Kenya, Abdi Hirsi, presented copies of his letters of credence to Principal Secretary Korir Kiprono.",
      [{ kind: 'meeting', status: 'held', date: null, p: ['Abdi Hirsi', 'Korir Kiprono'] }],
    ],
    [
      '"accompanied in all of these meetings by" joins each; "welcomed the signing" of a pact is no meeting',
      'Secretary Ana Reyes met Japanese Foreign Minister Kenji Sato on Tuesday. The two ministers welcomed the signing in Tokyo last month of a defence pact. They discussed trade. Trade rose last year. Ports were busy. Officials were upbeat. Ships were many. Reyes then met Kenyan Foreign Minister Samuel Otieno. Reyes was accompanied in all of these meetings by Ambassador Luis Soto.',
      [
        { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Reyes', 'Kenji Sato', 'Luis Soto'] },
        { kind: 'meeting', status: 'held', date: null, p: ['Ana Reyes', 'Luis Soto', 'Samuel Otieno'] },
      ],
    ],
  ])('%s', (_n, body, expected) => {
    expect(meet(body)).toEqual(expected);
  });

  it.each([
    [
      'a later meeting of a story from a dateline city is held there',
      'ASTANA - Kazakh Foreign Minister Arman Tolegen met Indian Foreign Secretary Anil Verma on Monday. Trade rose. Ports grew. Rail links were discussed. Officials were upbeat. Deputy Minister Daniyar Sarsen received Indian Ambassador Ravi Kumar.',
      [['Astana', 'KZ'], ['Astana', 'KZ']],
    ],
    [
      'with no dateline, the one city where the story places its meetings',
      'Spanish Foreign Minister José Albares met Palestinian Prime Minister Omar Nasser in Brussels on Monday. Nasser also held talks with Norwegian Foreign Minister Erik Dahl.',
      [['Brussels', 'BE'], ['Brussels', 'BE']],
    ],
    [
      'no setting when the story places its meetings in two cities',
      'Spanish Foreign Minister José Albares met Palestinian Prime Minister Omar Nasser in Brussels on Monday. Albares met Moroccan Foreign Minister Aziz Alami in Rabat on Friday. Nasser also held talks with Norwegian Foreign Minister Erik Dahl.',
      [['Brussels', 'BE'], ['Rabat', 'MA'], [null, null]],
    ],
  ])('%s', (_n, body, expected) => {
    expect(extract(art(body)).meetings.map((m) => [m.city, m.country])).toEqual(expected);
  });

  it('those a story places at its summit by what they did there join it: "led the delegation to", "who hosted", "addressed the gathering"', () => {
    const body =
      "RIYADH - Saudi Foreign Minister Faisal Omar led the Kingdom's delegation to the regional summit in Baghdad on Saturday. Omar later met Somali Foreign Minister Ali Warsame. Iraqi Prime Minister Ali Sudani, who hosted the summit, spoke first. The summit was attended by Egyptian President Karim Haddad and Qatari Emir Tamim Nasser. Spanish Prime Minister Pedro Ruiz addressed the gathering as a guest.";
    const summit = extract(art(body)).meetings.find((m) => m.participants.includes('Karim Haddad'));
    expect([...(summit?.participants ?? [])].sort()).toEqual(['Ali Sudani', 'Faisal Omar', 'Karim Haddad', 'Pedro Ruiz', 'Tamim Nasser']);
    expect([summit?.city, summit?.date]).toEqual(['Baghdad', '2024-03-02']);
  });

  it('a date line above a readout dates its undated held meetings, not one told in another city', () => {
    const a = art('Geneva, 20 September 2022\n\nGENEVA - Secretary-General Anton Weber met Colombian President Luis Mora. He also received Kenyan Foreign Minister Ana Mwangi. Mora had met Weber in Bogota before.', '2022-09-21');
    expect(extract(a).meetings.map((m) => [m.participants.length, m.city, m.date])).toEqual([
      [2, 'Geneva', '2022-09-20'],
      [2, 'Geneva', '2022-09-20'],
      [2, 'Bogota', null],
    ]);
  });

  it('"travel to Cairo to meet X, to Doha for an audience with Y and finally to Amman, where … Z": each city before its person', () => {
    const body = 'President Budi Santoso left Jakarta on Wednesday. He will then travel to Cairo to meet Egyptian President Karim Haddad, to Doha for an audience with Qatari Emir Tamim Nasser and finally to Amman, where he is to be received by Jordanian King Faisal Hamad.';
    expect(extract(art(body)).meetings.map((m) => [m.participants.at(-1), m.city])).toEqual([
      ['Karim Haddad', 'Cairo'],
      ['Tamim Nasser', 'Doha'],
      ['Faisal Hamad', 'Amman'],
    ]);
  });

  it('a state flown to places the talks there, not in the dateline\'s city', () => {
    const body = 'TEL AVIV - Secretary of State Paul Grant met Israeli Prime Minister David Levi in Jerusalem on Monday. He then flew to Egypt for talks with President Karim Haddad.';
    expect(extract(art(body)).meetings.map((m) => [m.city, m.country])).toEqual([
      ['Jerusalem', 'IL'],
      [null, 'EG'],
    ]);
  });

  it('"traveled to Ethiopia for the summit, where he met X": in Ethiopia', () => {
    const body = 'Brazilian President Ana Rojas met Egyptian President Karim Haddad in Cairo on Thursday. Rojas then traveled to Ethiopia for the African Union summit, where she met Kenyan President Samuel Otieno.';
    expect(extract(art(body)).meetings.map((m) => [m.city, m.country])).toEqual([
      ['Cairo', 'EG'],
      [null, 'ET'],
    ]);
  });

  it('states with no one named join the meeting; "a plan for Gaza" is no destination', () => {
    const body =
      'Secretary of State Paul Grant met Arab foreign ministers in Cairo on Thursday to discuss a post-war plan for Gaza. The ministers of Egypt, Jordan and Qatar attended the meeting. Egyptian Foreign Minister Karim Haddad hosted the talks.';
    expect(extract(art(body)).meetings.map((m) => [[...m.participants].sort(), [...m.countries].sort(), m.city])).toEqual([
      [['Karim Haddad', 'Paul Grant'], ['EG', 'JO', 'QA', 'US'], 'Cairo'],
    ]);
  });

  it('"He is also expected to meet Z" on the trip just told is there', () => {
    const body = 'Secretary of State Paul Grant arrived in Kyiv on Tuesday and met Foreign Minister Ivan Petrenko. He is also expected to meet Ukrainian President Oleh Bondar.';
    expect(extract(art(body)).meetings.map((m) => [m.status, m.city])).toEqual([
      ['held', 'Kyiv'],
      ['planned', 'Kyiv'],
    ]);
  });

  it('the onward leg of a trip does not place the talks', () => {
    const body = 'Russian President Ivan Belov arrived in Beijing on Tuesday. Belov will hold talks with Chinese President Zhao Lin. He will also visit Harbin.';
    expect(extract(art(body)).meetings.map((m) => [m.status, m.city, m.participants.length])).toEqual([
      ['held', 'Beijing', 1],
      ['planned', 'Beijing', 2],
    ]);
  });

  it('a planned return visit stays apart from the meeting that was held', () => {
    const m = meet('Kenyan President Samuel Otieno met Japanese Foreign Minister Kenji Sato in Nairobi on Tuesday. Otieno is set to visit Tokyo next month.');
    expect(m).toEqual([
      { kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] },
      { kind: 'meeting', status: 'planned', date: null, p: ['Samuel Otieno'] },
    ]);
  });

  it('people who accompany a host join the meeting', () => {
    const m = meet(
      'President Rosa Vera met US climate envoy Tom Reed in Lima. They toured the palace. The president was accompanied by Foreign Minister Luis Ortiz.',
    );
    expect(m).toEqual([{ kind: 'meeting', status: 'held', date: null, p: ['Luis Ortiz', 'Rosa Vera', 'Tom Reed'] }]);
  });

  it('a seat of government named with its building word ("at the Moncloa Palace") is in its city', () => {
    const m = extract(art('Portuguese Prime Minister Luís Montenegro was received at the Moncloa Palace by Spanish Prime Minister Pedro Ruiz.')).meetings.map((x) => [[...x.participants].sort(), x.city]);
    expect(m).toEqual([[['Luís Montenegro', 'Pedro Ruiz'], 'Madrid']]);
  });

  it('a city with a lower-case word inside ("at State House in Dar es Salaam") is found', () => {
    const m = extract(art('President Neema Juma held official talks with her Malawian counterpart Dr Peter Banda at State House in Dar es Salaam.')).meetings.map((x) => [[...x.participants].sort(), x.city]);
    expect(m).toEqual([[['Neema Juma', 'Peter Banda'], 'Dar es Salaam']]);
  });

  it('"X later met Y" a few sentences on: the same trip, in its city', () => {
    const body = [
      "KYIV - The bloc's new leaders arrived in Kyiv on Monday to pledge support for Ukraine.",
      "Council President Ana Lobo and the EU's foreign policy chief, Lena Berg, were received by President Oleh Marchuk. Eva Novak, the trade commissioner, was also part of the delegation.",
      'Lobo told Marchuk that Brussels would not waver. Berg said the Union should help Ukraine win.',
      'Marchuk asked for more air defence. He said Ukraine needed guarantees.',
      "Berg, a former Latvian diplomat, later met Foreign Minister Taras Hnatyuk. The two discussed frozen Russian assets, Hnatyuk's ministry said.",
    ].join('\n\n');
    const m = extract(art(body)).meetings.map((x) => [[...x.participants].sort(), x.city]);
    expect(m).toEqual([
      [['Ana Lobo', 'Lena Berg', 'Oleh Marchuk'], 'Kyiv'],
      [['Lena Berg', 'Taras Hnatyuk'], 'Kyiv'],
    ]);
  });

  it('"The visit follows …": the visit told before, and its background no meeting', () => {
    const body =
      'TEHRAN - EU foreign policy chief Lena Berg met Iranian Foreign Minister Reza Karimi on Monday. The visit follows weeks of tension after a US drone strike in Baghdad killed General Ali Nouri.';
    expect(meet(body)).toEqual([{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Lena Berg', 'Reza Karimi'] }]);
  });

  it('a building named after a place is not that place: "at Lancaster House in London"', () => {
    const m = extract(art('British Foreign Secretary Ann Cole hosted Armenian Foreign Minister Aram Petrosyan at Lancaster House in London on Wednesday.')).meetings;
    expect(m.map((x) => [x.city, x.country])).toEqual([['London', 'GB']]);
  });

  it('a call of two is between two states: a guess that makes both of one is the other state named', () => {
    const body = [
      'Ivan Belov had a telephone conversation with President of the Republic of Uzbekistan Aziz Karimov.',
      'Karimov congratulated Belov on his birthday.',
      'The two leaders discussed supplies of Russian gas to Uzbekistan and trade with Uzbekistan.',
    ].join('\n\n');
    expect(extract(art(body)).officials.map((o) => [o.name, o.country])).toEqual([
      ['Ivan Belov', 'RU'],
      ['Aziz Karimov', 'UZ'],
    ]);
  });

  it('"in The Hague" is a city with its article; "the mission in Haiti" is talked about, no place', () => {
    const a = extract(art('Turkish President Ali Kaya met Dutch Prime Minister Jan Vos on Wednesday on the sidelines of the NATO summit in The Hague.')).meetings;
    expect(a.map((x) => [x.city, x.country])).toEqual([['The Hague', 'NL']]);
    const b = extract(art('UN Secretary-General Ana Lobo met Kenyan President Samuel Otieno on Saturday to discuss the police mission in Haiti.')).meetings;
    expect(b.map((x) => [x.city, x.country])).toEqual([[null, null]]);
  });

  it('a state one stands against is no side of a meeting: "urging the bloc to stand together against U.S. tariffs"', () => {
    const body = 'Malaysian Prime Minister Aziz Rahman opened the summit in Kuala Lumpur on Monday, urging the bloc to stand together against U.S. tariffs.';
    expect(extract(art(body)).meetings).toEqual([]);
  });

  it('"Y handed over a message from X to Z": a letter from X to Z, not to the one who carries it (who met Z)', () => {
    const body = "Kenya's foreign minister Ruth Wanjiru handed over a written message from Kenyan President Samuel Otieno to Chinese President Wu Gang.";
    expect(meet(body).map((m) => [m.kind, m.p])).toEqual([['other', ['Samuel Otieno', 'Wu Gang']], ['meeting', ['Ruth Wanjiru', 'Wu Gang']]]);
  });

  it('"His Highness received a written message from X": a letter to the one styled so, no meeting', () => {
    const body =
      'ABU DHABI - President His Highness Sheikh Hamad bin Saif received a phone call today from Chilean President Ana Rojas. In a separate development, His Highness received a written message from President Ali Karimov of Tajikistan.';
    expect(meet(body).map((m) => [m.kind, m.p])).toEqual([
      ['call', ['Ana Rojas', 'Hamad bin Saif']],
      ['other', ['Ali Karimov', 'Hamad bin Saif']],
    ]);
  });

  it('"During the meeting, X and Y …" is the meeting told; "arms supplies to Russia" is no destination', () => {
    const body = 'SEOUL - Foreign Minister Choi Min-ho held talks on Wednesday with visiting Polish Foreign Minister Jan Nowak. During the meeting, Choi and Nowak expressed concern over arms supplies to Russia.';
    expect(extract(art(body)).meetings.map((m) => [m.city, [...m.participants].sort()])).toEqual([['Seoul', ['Choi Min-ho', 'Jan Nowak']]]);
  });

  it('one event from several sentences', () => {
    const m = meet(
      'Spanish Foreign Minister Pablo Gil met Moroccan Foreign Minister Amir Idrissi in Rabat on Monday. Gil and Idrissi discussed migration and trade.',
    );
    expect(m).toHaveLength(1);
  });

  it('sideline bilaterals at a summit: the gathering plus one meeting per bilateral', () => {
    const m = meet(
      'On the sidelines of the regional summit in Lima, Chilean President Ana Rojas held meetings with Peruvian President Jorge Paz, Bolivian President Luis Arce Mendez and Ecuadorian President Rosa Vera.',
    );
    const sizes = m.map((x) => x.p.length).sort();
    expect(sizes).toEqual([2, 2, 2, 4]);
  });

  it.each([
    [
      'two sideline meetings in sentences of their own give the gathering (of five or more people)',
      'Leaders gathered in Lima on Monday for the regional summit. On the sidelines of the summit, Chilean President Ana Rojas met Peruvian President Jorge Paz and Colombian President Juan Reyes. Bolivian President Luis Arce Mendez held talks with Ecuadorian President Rosa Vera on the margins of the summit.',
      [['Ana Rojas', 'Jorge Paz', 'Juan Reyes', 'Luis Arce Mendez', 'Rosa Vera'], ['Ana Rojas', 'Jorge Paz'], ['Ana Rojas', 'Juan Reyes'], ['Luis Arce Mendez', 'Rosa Vera']],
    ],
    [
      '…but two sideline meetings of four people in all give none: those four would read as one encounter',
      'Leaders gathered in Lima on Monday for the regional summit. On the sidelines of the summit, Chilean President Ana Rojas met Peruvian President Jorge Paz. Bolivian President Luis Arce Mendez held talks with Ecuadorian President Rosa Vera on the margins of the summit.',
      [['Ana Rojas', 'Jorge Paz'], ['Luis Arce Mendez', 'Rosa Vera']],
    ],
    [
      'a later sideline meeting joins the gathering already found',
      'On the sidelines of the regional summit in Lima, Chilean President Ana Rojas held meetings with Peruvian President Jorge Paz and Bolivian President Luis Arce Mendez. Rojas also met Ecuadorian President Rosa Vera on the sidelines.',
      [['Ana Rojas', 'Jorge Paz', 'Luis Arce Mendez', 'Rosa Vera'], ['Ana Rojas', 'Jorge Paz'], ['Ana Rojas', 'Luis Arce Mendez'], ['Ana Rojas', 'Rosa Vera']],
    ],
    [
      'a host at a summit is its gathering, which the sideline meetings join',
      'Peruvian President Jorge Paz hosted leaders from a dozen countries at the regional summit in Lima on Monday. On the sidelines, Chilean President Ana Rojas held talks with Bolivian President Luis Arce Mendez. Paz also met Ecuadorian President Rosa Vera.',
      [['Ana Rojas', 'Jorge Paz', 'Luis Arce Mendez', 'Rosa Vera'], ['Ana Rojas', 'Luis Arce Mendez'], ['Jorge Paz', 'Rosa Vera']],
    ],
    [
      'people who "also attended" join the gathering, not the greeting before',
      'Peruvian President Jorge Paz hosted a regional summit in Lima on Monday. Chilean President Ana Rojas was greeted by Paz at the palace. Bolivian President Luis Arce Mendez and Ecuadorian President Rosa Vera also attended.',
      [['Ana Rojas', 'Jorge Paz', 'Luis Arce Mendez', 'Rosa Vera'], ['Ana Rojas', 'Jorge Paz']],
    ],
    [
      'people in a time phrase about another event take no part',
      'Peruvian President Jorge Paz hosted a regional summit in Lima on Monday, two days after the clash between Chilean President Ana Rojas and Bolivian President Luis Arce Mendez. Ecuadorian President Rosa Vera also attended.',
      [['Jorge Paz', 'Rosa Vera']],
    ],
    [
      'a host alone at a summit is no meeting',
      'Peruvian President Jorge Paz hosted leaders from a dozen countries at the regional summit in Lima on Monday.',
      [],
    ],
    [
      'a host at a press conference is no gathering',
      'Peruvian President Jorge Paz hosted a press conference in Lima on Monday. On the sidelines, Chilean President Ana Rojas held talks with Bolivian President Luis Arce Mendez.',
      [['Ana Rojas', 'Luis Arce Mendez']],
    ],
    [
      'one sideline meeting alone gives no gathering',
      'On the sidelines of the regional summit in Lima, Chilean President Ana Rojas met Peruvian President Jorge Paz.',
      [['Ana Rojas', 'Jorge Paz']],
    ],
  ])('gathering: %s', (_n, body, expected) => {
    expect(meet(body).map((m) => m.p)).toEqual(expected);
  });

  it.each([
    ['later in the day', 'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. Later in the day Rojas held a phone call with Bolivian President Luis Arce Mendez.', ['2024-03-04', '2024-03-04']],
    ['earlier that day', 'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. Earlier that day she spoke by phone with Bolivian President Luis Arce Mendez.', ['2024-03-04', '2024-03-04']],
    ['in the afternoon', 'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. In the afternoon Rojas spoke by phone with Bolivian President Luis Arce Mendez.', ['2024-03-04', '2024-03-04']],
    ['the same afternoon', 'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. Rojas also held a phone call with Bolivian President Luis Arce Mendez the same afternoon.', ['2024-03-04', '2024-03-04']],
    ['before that in the morning', 'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. Rojas before that in the morning had a phone call with Bolivian President Luis Arce Mendez.', ['2024-03-04', '2024-03-04']],
    ['no day told before', 'Later in the day Chilean President Ana Rojas held a phone call with Bolivian President Luis Arce Mendez.', [null]],
  ])('"%s" takes the day of the events told before', (_n, body, dates) => {
    expect(extract(art(body)).meetings.map((m) => m.date)).toEqual(dates);
  });

  it.each([
    [
      'two states\' unnamed officials, then their delegations and the host',
      'Senior Chilean and Peruvian officials held talks in Quito on Tuesday. Foreign Minister Ana Rojas led the Chilean delegation, which included trade adviser Luis Soto. The Peruvian side was represented by Foreign Minister Jorge Paz. Ecuadorian Foreign Minister Rosa Vera hosted the talks.',
      [[['Ana Rojas', 'Jorge Paz', 'Luis Soto', 'Rosa Vera'], ['CL', 'EC', 'PE'], 'Quito', '2024-03-05']],
    ],
    [
      'unnamed officials of two states and no one named after: no meeting to report',
      'Senior Chilean and Peruvian officials held talks in Quito on Tuesday.',
      [],
    ],
    [
      '"hosted the talks between X and Y" is a meeting of its own',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. Qatari Emir Tamim Thani hosted the talks between Bolivian President Luis Arce Mendez and Ecuadorian President Rosa Vera in Doha.',
      [[['Ana Rojas', 'Jorge Paz'], ['CL', 'PE'], 'Lima', '2024-03-04'], [['Luis Arce Mendez', 'Rosa Vera', 'Tamim Thani'], ['BO', 'EC', 'QA'], 'Doha', null]],
    ],
    [
      '"visited the White House", "went to the Kremlin for a meeting with": the seat\'s city; never "according to the Casa Rosada"',
      'French President Luc Bernard visited the White House on Monday and met US President Tom Hale.\n\nFrench Foreign Minister Anne Roy went to the Kremlin on Monday for a meeting with Russian Foreign Minister Ivan Orlov.\n\nChilean President Jorge Paz held talks with Peruvian President Ana Rojas on Tuesday, according to the Casa Rosada.',
      [[['Luc Bernard', 'Tom Hale'], ['FR', 'US'], 'Washington', '2024-03-04'], [['Anne Roy', 'Ivan Orlov'], ['FR', 'RU'], 'Moscow', '2024-03-04'], [['Ana Rojas', 'Jorge Paz'], ['CL', 'PE'], null, '2024-03-05']],
    ],
    [
      'a held signing is not where a later session "would be held"',
      'Kuwaiti Foreign Minister Fahad Al-Yahya held talks with Uzbek Foreign Minister Rustam Karimov on Wednesday. The two sides signed a memorandum of understanding on political consultations, and agreed that the second session of the joint committee, to be co-chaired by the two ministers, would be held in Tashkent in September.',
      [[['Fahad Al-Yahya', 'Rustam Karimov'], ['KW', 'UZ'], null, '2024-03-06']],
    ],
    [
      '"X chaired the regular meeting of the council. The meeting, held in Y, was attended by …": one gathering, with those attending',
      'Bahraini Foreign Minister Karim Saleh chaired the regular meeting of the council on Sunday. The meeting, held at the palace in Manama, was attended by Omani Foreign Minister Salim Rawahi and Qatari Foreign Minister Ali Thani.',
      [[['Ali Thani', 'Karim Saleh', 'Salim Rawahi'], ['BH', 'OM', 'QA'], 'Manama', '2024-03-03']],
    ],
    [
      '"was attended by the foreign ministers of A, B and C": one gathering of all their states',
      'The meeting, held in Manama on Sunday, was attended by the foreign ministers of Oman, Qatar and Kuwait, and by Secretary-General Faisal Harthy of the Arab League.',
      [[['Faisal Harthy'], ['KW', 'OM', 'QA'], 'Manama', '2024-03-03']],
    ],
    [
      '"X met with the leaders of A, B and C": a meeting with each',
      'Ukrainian President Oleh Marchenko met with the leaders of Chile, Peru and Bolivia in Buenos Aires on Sunday.',
      [
        [['Oleh Marchenko'], ['CL', 'UA'], 'Buenos Aires', '2024-03-03'],
        [['Oleh Marchenko'], ['PE', 'UA'], 'Buenos Aires', '2024-03-03'],
        [['Oleh Marchenko'], ['BO', 'UA'], 'Buenos Aires', '2024-03-03'],
      ],
    ],
    [
      'a minister\'s day at a summit: "on behalf of" is no participant, "On arrival" is not in the dateline\'s city, "The Saudi minister" is not his office\'s director, "All three meetings were attended by" joins all three, "The summit was attended by" never the call but the summit the minister led his delegation to',
      "RIYADH: Saudi Foreign Minister Faisal Al-Otaibi led the delegation to the Arab League summit in Baghdad on Saturday, on behalf of Crown Prince Khalid Al-Saud. On arrival, Al-Otaibi was received by Iraqi Prime Minister Ali Sudani. The Saudi minister later met Somali Foreign Minister Omar Warsame. He also met Comorian Foreign Minister Hamid Abdallah. All three meetings were attended by the Kingdom's ambassador to Iraq, Nasser Al-Harbi, and the director-general of the minister's office, Salman Al-Dawood. On Friday, Al-Otaibi received a phone call from Iranian Foreign Minister Reza Karimi. The summit was attended by Egyptian President Karim Haddad.",
      [
        [['Ali Sudani', 'Faisal Al-Otaibi', 'Nasser Al-Harbi', 'Salman Al-Dawood'], ['IQ', 'SA'], 'Baghdad', '2024-03-02'],
        [['Faisal Al-Otaibi', 'Nasser Al-Harbi', 'Omar Warsame', 'Salman Al-Dawood'], ['SA', 'SO'], null, null],
        [['Faisal Al-Otaibi', 'Hamid Abdallah', 'Nasser Al-Harbi', 'Salman Al-Dawood'], ['KM', 'SA'], null, null],
        [['Faisal Al-Otaibi', 'Reza Karimi'], ['IR', 'SA'], null, '2024-03-01'],
        [['Faisal Al-Otaibi', 'Karim Haddad'], ['EG', 'SA'], 'Baghdad', '2024-03-02'],
      ],
      '2024-03-03',
    ],
    [
      '"No meeting was arranged with X" is no meeting; "Official Security Assistance", "ASEAN Plus Three" are no people; a later meeting of the days before the report is in the dateline\'s city',
      'KUALA LUMPUR -- Japanese Prime Minister Yuki Mori met Malaysian Prime Minister Anwar Salleh on Saturday. Mori told the summit that Japan would expand its Official Security Assistance program. On Sunday afternoon, she sat down with Philippine President Ramon Cruz. No meeting was arranged with Chinese Premier Li Wen, who is also in Kuala Lumpur for the ASEAN Plus Three summit.',
      [
        [['Anwar Salleh', 'Yuki Mori'], ['JP', 'MY'], 'Kuala Lumpur', '2024-03-02'],
        [['Ramon Cruz', 'Yuki Mori'], ['JP', 'PH'], 'Kuala Lumpur', '2024-03-03'],
      ],
      '2024-03-04',
    ],
    [
      '"was due to meet the Qatari premier": the Prime Minister, still to come',
      'Qatari Prime Minister Hamad Al Thani met US envoy Paul Grant in Doha on Sunday. Israeli intelligence chief David Barak arrived in Doha on Monday and was due to meet the Qatari premier later in the day.',
      [
        [['Hamad Al Thani', 'Paul Grant'], ['QA', 'US'], 'Doha', '2024-03-03'],
        [['David Barak', 'Hamad Al Thani'], ['IL', 'QA'], 'Doha', '2024-03-04'],
      ],
      '2024-03-04',
    ],
    [
      '"chaired the Informal Consultation among Neighbouring Countries … The Consultation was attended by X; Y; Z": one gathering with the whole list',
      'On 5 March 2024, Mr. Somchai Rattana, Minister of Foreign Affairs of Thailand, chaired the Informal Consultation among Neighbouring Countries at the Ministry in Bangkok. The Consultation was attended by H.E. U Kyaw Lin, Deputy Prime Minister of Myanmar; H.E. Mr. Khamla Vong, Minister of Foreign Affairs of the Lao PDR; and Mr. Li Wen, Special Envoy of China.',
      [[['Khamla Vong', 'Kyaw Lin', 'Li Wen', 'Somchai Rattana'], ['CN', 'LA', 'MM', 'TH'], 'Bangkok', '2024-03-05']],
    ],
    [
      '"Ha Noi", as Vietnamese government sites write it, is a city',
      'Vietnamese Prime Minister Pham Van Long received Singaporean Foreign Minister Tan Wei Ming in Ha Noi on Tuesday.',
      [[['Pham Van Long', 'Tan Wei Ming'], ['SG', 'VN'], 'Ha Noi', '2024-03-05']],
    ],
    [
      '"The foreign minister met X" opening a sentence among several foreign ministers: the story\'s own, named most often',
      'Pakistani Foreign Minister Ali Raza held a series of meetings on the sidelines of the council in Yaounde. On Thursday evening, Mr Raza met Iranian Foreign Minister Hassan Karimi. Mr Raza also invited his Iranian counterpart to visit Islamabad. The foreign minister met Turkish Foreign Minister Emre Kaya on Friday.',
      [
        [['Ali Raza'], ['CM', 'PK'], 'Yaounde', null],
        [['Ali Raza', 'Hassan Karimi'], ['IR', 'PK'], 'Yaounde', '2024-03-07'],
        [['Ali Raza', 'Emre Kaya'], ['PK', 'TR'], 'Yaounde', '2024-03-08'],
      ],
      '2024-03-09',
    ],
    [
      '"… was attended by X and representatives of A, B and C": one gathering with all of them',
      'The contact group met in Yaounde on Friday and was attended by Pakistani Foreign Minister Ali Raza and representatives of Azerbaijan, Niger and Saudi Arabia.',
      [[['Ali Raza'], ['AZ', 'NE', 'PK', 'SA'], 'Yaounde', '2024-03-08']],
      '2024-03-09',
    ],
  ])('delegations: %s', (_n, body, expected, published = '2024-03-07') => {
    expect(extract(art(body, published)).meetings.map((m) => [[...m.participants].sort(), [...m.countries].sort(), m.city, m.date])).toEqual(expected);
  });

  it.each([
    [
      'each person met with a city and day of their own: one meeting each',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on March 1 and Bolivian President Luis Arce Mendez in La Paz on March 4.',
      [[['Ana Rojas', 'Jorge Paz'], 'Lima', '2024-03-01'], [['Ana Rojas', 'Luis Arce Mendez'], 'La Paz', '2024-03-04']],
    ],
    [
      'one city for both: one meeting',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz and Bolivian President Luis Arce Mendez in Lima on Monday.',
      [[['Ana Rojas', 'Jorge Paz', 'Luis Arce Mendez'], 'Lima', '2024-03-04']],
    ],
    [
      'a city in a time phrase after the clause does not place it',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz at his estate on Monday, days after visiting Lima and Quito.',
      [[['Ana Rojas', 'Jorge Paz'], null, '2024-03-04']],
    ],
  ])('legs: %s', (_n, body, expected) => {
    expect(extract(art(body)).meetings.map((m) => [m.participants, m.city, m.date])).toEqual(expected);
  });

  it.each([
    ['the one head of the state visited receives a state visit', 'Chilean President Ana Rojas and Peruvian President Jorge Paz signed a trade pact. Rojas, on a two-day state visit to Peru, was greeted with a military band.', [['Ana Rojas', 'Jorge Paz']]],
    ['not a visit that is no state or official visit', 'Chilean President Ana Rojas and Peruvian President Jorge Paz signed a trade pact. Rojas, on a two-day trip to Peru, toured a port.', [['Ana Rojas']]],
    ['not with two officials of the state visited', 'Peruvian President Jorge Paz and Peruvian Prime Minister Luis Soto spoke. Chilean President Ana Rojas, on a two-day state visit to Peru, was greeted with a military band.', [['Ana Rojas']]],
    ['not when its one official is no head of state', 'Peruvian Trade Minister Jorge Paz spoke. Chilean President Ana Rojas, on a two-day state visit to Peru, was greeted with a military band.', [['Ana Rojas']]],
  ])('state visit: %s', (_n, body, expected) => {
    expect(extract(art(body)).meetings.map((m) => [...m.participants].sort())).toEqual(expected);
  });

  it('a trip told over two sentences: arrival, talks planned there, a leg after a participle', () => {
    const body =
      'Chilean President Ana Rojas arrived in Lima on Monday. She will hold talks with Peruvian Prime Minister Jorge Paz on Tuesday before taking a train to Quito, where she is expected to meet President Rosa Vera on Wednesday.';
    expect(extract(art(body)).meetings.map((m) => [m.status, [...m.participants].sort(), m.city, m.date])).toEqual([
      ['held', ['Ana Rojas'], 'Lima', '2024-03-04'],
      ['planned', ['Ana Rojas', 'Jorge Paz'], 'Lima', '2024-03-12'],
      ['planned', ['Ana Rojas', 'Rosa Vera'], 'Quito', '2024-03-13'],
    ]);
    expect(extract(art(body)).officials.find((o) => o.name === 'Rosa Vera')?.country).toBe('EC');
  });

  it('a city after "before returning" does not place the meeting', () => {
    const body = 'Chilean President Ana Rojas is expected to meet Peruvian President Jorge Paz before returning to Santiago.';
    expect(extract(art(body)).meetings.map((m) => [m.status, m.city])).toEqual([['planned', null]]);
  });

  it('"X told his counterpart Y in a phone call": X took part, and is not of Y\'s state', () => {
    const x = extract(art('Bolivian President Luis Arce Mendez will travel to Lima on Thursday. Foreign Minister Ana Soto told her Peruvian counterpart Jorge Paz in a phone call last week that Sucre wanted calm.'));
    expect(x.meetings.filter((m) => m.kind === 'call').map((m) => [...m.participants].sort())).toEqual([['Ana Soto', 'Jorge Paz']]);
    expect(x.officials.find((o) => o.name === 'Ana Soto')?.country).not.toBe('PE');
  });

  it.each([
    [
      '"Before the summit, X held separate bilateral talks with Y and Z": one each, and not the summit',
      'Chilean President Ana Rojas, Peruvian President Jorge Paz and Bolivian President Luis Arce Mendez held a summit in Lima on Monday. Before the summit, Rojas held separate bilateral talks with Paz and Arce Mendez on Sunday.',
      [['Ana Rojas', 'Jorge Paz', 'Luis Arce Mendez'], ['Ana Rojas', 'Jorge Paz'], ['Ana Rojas', 'Luis Arce Mendez']],
    ],
    [
      '"X also met with Y" after a meeting of more people: a meeting of its own',
      'The meeting of foreign ministers, chaired by Russian Foreign Minister Oleg Sidorov, brought together Chinese Foreign Minister Li Wen and Brazilian Foreign Minister Ana Rojas in Kazan on Monday. Sidorov also met with Rojas.',
      [['Ana Rojas', 'Li Wen', 'Oleg Sidorov'], ['Ana Rojas', 'Oleg Sidorov']],
    ],
    [
      '"In a phone call, X and Y discussed …": the call',
      'In a phone call, Chilean President Ana Rojas and Peruvian President Jorge Paz discussed organising a meeting of the region\'s leaders.',
      [['Ana Rojas', 'Jorge Paz']],
    ],
    [
      'a visit told by the meetings on it is not a meeting of its own',
      'Chilean President Ana Rojas is due to be received by Peruvian President Jorge Paz and, separately, to meet Peruvian Foreign Minister Luis Soto. Rojas will use the visit to Peru to discuss trade.',
      [['Ana Rojas', 'Jorge Paz'], ['Ana Rojas', 'Luis Soto']],
    ],
  ])('%s', (_n, body, expected) => {
    expect(extract(art(body)).meetings.map((m) => [...m.participants].sort())).toEqual(expected);
  });

  it.each([
    [
      '"They met X": the two just told',
      'Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Jorge Paz arrived in Quito on Monday on a joint visit. They met President Rosa Vera and Foreign Minister Luis Mena.',
      [['Ana Soto', 'Jorge Paz', 'Luis Mena', 'Rosa Vera']],
    ],
    [
      '"conveyed greetings from King X": X was not there; "the meeting was attended by Y": Y was',
      'Kuwaiti Emir Nasser Sabah received Saudi Foreign Minister Faisal Saud on Monday, who conveyed greetings from Custodian of the Two Holy Mosques King Salman Aziz. The meeting was attended by Kuwaiti Foreign Minister Ali Yahya.',
      [['Ali Yahya', 'Faisal Saud', 'Nasser Sabah']],
    ],
  ])('%s', (_n, body, expected) => {
    expect(extract(art(body)).meetings.map((m) => [...m.participants].sort())).toEqual(expected);
  });

  it.each([
    [
      'a joiner is only the one in the joining part of the sentence, never an owner',
      'Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Jorge Paz in Quito on Monday. Chilean President Luis Mena did not travel to Quito; Soto led the Chilean delegation and read out the president\'s speech.',
      [['Ana Soto', 'Jorge Paz']],
    ],
    [
      '"They also discussed …" after a call is more about the call',
      'QUITO — Chilean President Ana Soto spoke with Peruvian President Jorge Paz on Monday evening. They also discussed support for the region.',
      [['Ana Soto', 'Jorge Paz']],
    ],
    [
      'a capitalised preposition or a border line is no name',
      'During Mena\'s visit, Chilean President Luis Mena met Peruvian President Jorge Paz in Lima. They discussed the Line of Actual Control.',
      [['Jorge Paz', 'Luis Mena']],
    ],
  ])('%s', (_n, body, expected) => {
    expect(extract(art(body)).meetings.map((m) => [...m.participants].sort())).toEqual(expected);
  });

  it('"… from London, where he met Prime Minister X": in London, and X is British', () => {
    const x = extract(art('U.S. Secretary of State Paul Grant had travelled from London, where he met Prime Minister Tom Hale on Tuesday.'));
    expect(x.meetings.map((m) => [m.city, m.country])).toEqual([['London', 'GB']]);
    expect(x.officials.find((o) => o.name === 'Tom Hale')?.country).toBe('GB');
  });

  it('the states of people who joined a meeting take part', () => {
    const body = 'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday. Bolivian President Luis Arce Mendez also attended the meeting.';
    expect(extract(art(body)).meetings.map((m) => [...m.countries].sort())).toEqual([['BO', 'CL', 'PE']]);
  });

  it("the dateline's day, not the header's, is the story's today", () => {
    const body = 'DODOMA, 14th February, 2024 (TNA) -- Tanzanian President Ana Mwinyi received Kenyan President Samuel Otieno at the State House today.';
    expect(extract(art(body, '2024-02-15')).meetings.map((m) => [m.date, m.city])).toEqual([['2024-02-14', 'Dodoma']]);
  });

  it('the leaders of the states named as the subject are the states\' officials', () => {
    const m = extract(
      art('The leaders of the United States, Japan and Kenya met at Camp David on Tuesday. U.S. President Tom Reed hosted Japanese Prime Minister Yuki Mori and Kenyan President Samuel Otieno.'),
    ).meetings;
    expect(m.map((x) => [[...x.participants].sort(), x.city, x.date])).toEqual([[['Samuel Otieno', 'Tom Reed', 'Yuki Mori'], 'Camp David', '2024-03-05']]);
  });

  // "X on Tuesday said …": the speaker of reported speech takes no part, with a day in between too
  it.each([
    [
      'readiness for talks, reported',
      'Kremlin spokesman Ivan Petrenko on Tuesday said that President Oleg Sidorov is ready for peace talks.',
      [],
    ],
    [
      'a meeting, reported',
      'Kremlin spokesman Ivan Petrenko on Tuesday said President Oleg Sidorov met Chilean President Ana Rojas in Moscow.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Ana Rojas', 'Oleg Sidorov'] }],
    ],
  ])('%s', (_n, body, expected) => {
    expect(meet(body)).toEqual(expected);
  });

  // "spent an hour with X": time spent with someone is a meeting; money spent is not
  it.each([
    [
      'spent hours with',
      'Kenyan Foreign Minister Samuel Otieno spent about two hours with Chilean President Ana Rojas in Santiago on Monday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-04', p: ['Ana Rojas', 'Samuel Otieno'] }],
    ],
    ['spent money with', 'Chilean President Ana Rojas spent millions with Kenyan Trade Minister Samuel Otieno on roads.', []],
  ])('%s', (_n, body, expected) => {
    expect(meet(body)).toEqual(expected);
  });

  // "since" + a determiner opens a time phrase: a person named in it is a time reference
  it.each([
    [
      'a former leader in a "since the …" phrase',
      'Peruvian President Jorge Paz received visiting US envoy Tom Hale in Lima on Monday, the first such contact since the fall of former president Rosa Vera.',
      ['Jorge Paz', 'Tom Hale'],
    ],
    [
      'a "since his …" phrase',
      'Chilean Foreign Minister Ana Rojas met Bolivian Foreign Minister Luis Arce Mendez on Friday, their first talks since his predecessor Pablo Gil resigned.',
      ['Ana Rojas', 'Luis Arce Mendez'],
    ],
  ])('%s', (_n, body, participants) => {
    expect(meet(body).map((m) => m.p)).toEqual([participants]);
  });

  it.each([
    [
      '"also spoke with" right after a call: one call each',
      'Japanese Foreign Minister Kenji Sato held a phone call with Kenyan President Samuel Otieno on Tuesday. Sato also spoke with Indian Foreign Minister Anil Verma and Chilean President Ana Rojas.',
      ['call: Kenji Sato + Samuel Otieno', 'call: Anil Verma + Kenji Sato', 'call: Ana Rojas + Kenji Sato'],
    ],
    [
      '"spoke with" on a visit just told: a meeting there',
      'Japanese Foreign Minister Kenji Sato arrived in Nairobi on Tuesday. Sato spoke with Indian Foreign Minister Anil Verma about trade.',
      ['meeting: Kenji Sato', 'meeting: Anil Verma + Kenji Sato'],
    ],
    [
      '"the two ministers" meet again: the people of the last meeting',
      'Chilean Foreign Minister Ana Rojas held talks with Bolivian Foreign Minister Luis Arce Mendez in Geneva on Monday. The two ministers are expected to meet again in Vienna next month.',
      ['meeting: Ana Rojas + Luis Arce Mendez', 'meeting: Ana Rojas + Luis Arce Mendez'],
    ],
    [
      '"the two ministers discussed" says more about the last meeting',
      'Chilean Foreign Minister Ana Rojas held talks with Bolivian Foreign Minister Luis Arce Mendez in Geneva on Monday. The two ministers discussed water rights.',
      ['meeting: Ana Rojas + Luis Arce Mendez'],
    ],
    ['a refusal to meet is no meeting', 'EU foreign policy chief Lena Fischer refused to meet Belarusian Foreign Minister Ivan Belov in Vienna.', []],
    ['"during a call" is a call', 'Ukrainian President Oleh Marchenko thanked German Chancellor Klara Weiss for the aid during a call on Tuesday.', ['call: Klara Weiss + Oleh Marchenko']],
    ['"in a call for restraint" is no call', 'The UN chief, in a call for restraint, urged Israeli Prime Minister Avi Cohen to stop.', []],
    ['"sent a letter to" is a letter', 'Russian President Ivan Belov sent a letter to Chinese President Zhao Lin on Monday.', ['other: Ivan Belov + Zhao Lin']],
    [
      'a courtesy call is a meeting',
      'Japanese Foreign Minister Kenji Sato paid a courtesy call on Kenyan President Samuel Otieno in Nairobi on Tuesday.',
      ['meeting: Kenji Sato + Samuel Otieno'],
    ],
  ])('%s', (_n, body, expected) => {
    expect(meet(body).map((m) => `${m.kind}: ${m.p.join(' + ')}`)).toEqual(expected);
  });

  it.each([
    ['a seat of government stands for its city', 'US President Tom Hale hosted Kenyan President Samuel Otieno at the White House on Monday.', 'Washington'],
    ['a presidential palace stands for its city', 'Chilean President Ana Rojas received Peruvian President Jorge Paz at La Moneda on Friday.', 'Santiago'],
    ['a city written without its accents', 'German Foreign Minister Klara Weiss met Brazilian President Ana Rojas in Brasilia on Monday.', 'Brasilia'],
    [
      'the city an event is named after',
      'German Foreign Minister Klara Weiss met Brazilian Foreign Minister Ana Rojas on the sidelines of the Munich Security Conference on Friday.',
      'Munich',
    ],
    [
      'not a body named after its city',
      'German Foreign Minister Klara Weiss met Brazilian Foreign Minister Ana Rojas on the sidelines of the Shanghai Cooperation Organisation summit.',
      null,
    ],
    ['"in the border city of X"', 'Colombian President Ana Rojas and Venezuelan President Jorge Paz met on Tuesday in the border city of Cucuta.', 'Cucuta'],
    ['"in the capital X"', 'Turkish Foreign Minister Ali Kaya hosted Syrian Foreign Minister Omar Nasser in the capital Ankara on Wednesday.', 'Ankara'],
    ['"in the Turkish capital, X"', 'Turkish Foreign Minister Ali Kaya met Syrian Foreign Minister Omar Nasser in the Turkish capital, Ankara, on Wednesday.', 'Ankara'],
    ['"in the Turkish capital": that state\'s capital', 'Turkish Foreign Minister Ali Kaya met Syrian Foreign Minister Omar Nasser in the Turkish capital on Wednesday.', 'Ankara'],
    ['a city spelt as it is now', 'German Foreign Minister Klara Weiss met Ukrainian Foreign Minister Ivan Petrenko in Odesa on Friday.', 'Odesa'],
    ['a city that shares its name with its state', 'German Foreign Minister Klara Weiss met Chinese Foreign Minister Zhao Lin in Singapore on Friday.', 'Singapore'],
    ['"at the <city> talks"', 'German Foreign Minister Klara Weiss met Brazilian Foreign Minister Ana Rojas at the Geneva talks on Friday.', 'Geneva'],
    ['"came to X from Y, where they met": the capital right before "where"', 'Zambian President Hakainde Banda arrived in Prague from Budapest, where on Monday he was received by Hungarian Prime Minister Viktor Kovacs.', 'Budapest'],
    ['"X and Y were last together at …" is a meeting of its own', 'Guyanese President Irfaan Ali met Barbados Prime Minister Mia Mottley on Wednesday. Ali and Mottley were last together at the CARICOM meeting in Kingston earlier this month.', null, 'Kingston'],
    ['"the war in <city>" is what was discussed', 'German Foreign Minister Klara Weiss met Brazilian Foreign Minister Ana Rojas on Friday to discuss the war in Gaza.', null],
  ])('place: %s', (_n, body, city, second?: string) => {
    expect(extract(art(body)).meetings.map((m) => m.city)).toEqual(second ? [city, second] : [city]);
  });

  it('a capital shared with a territory is the state\'s ("Kingston": Jamaica, not Norfolk Island)', () => {
    const m = extract(art('Guyanese President Irfaan Ali met Barbados Prime Minister Mia Mottley in Kingston on Wednesday.')).meetings;
    expect(m.map((x) => [x.city, x.country])).toEqual([['Kingston', 'JM']]);
  });

  it('a meeting with no city is in the state named as its destination', () => {
    const x = extract(art('Vietnamese Prime Minister Pham Quoc Bao will pay an official visit to Japan next month at the invitation of Japanese Prime Minister Yuki Mori.'));
    expect(x.meetings.map((m) => [m.status, m.city, m.country])).toEqual([['planned', null, 'JP']]);
  });

  it('a person alone with their own state is no interaction', () => {
    const body =
      "South Korean President Lee Jae-won hosted Japanese Prime Minister Haruto Kimura for a summit in Seoul on Sunday. Lee is scheduled to visit Tokyo in the autumn, his office said. Japan's chief cabinet secretary, Masato Hayashi, told a news conference in Tokyo on Monday that the summit had rebuilt trust.";
    expect(meet(body).map((m) => m.p)).toEqual([['Haruto Kimura', 'Lee Jae-won'], ['Lee Jae-won']]);
  });

  // a meeting with no place (or date) of its own takes those of the trip it shares a participant with
  it.each([
    [
      'a second meeting on the same visit',
      'Japanese Foreign Minister Kenji Sato held talks with Kenyan President Samuel Otieno in Nairobi on Tuesday. Sato also met Kenyan Foreign Minister Grace Wanjiru.',
      [['Kenji Sato', 'Samuel Otieno', 'Nairobi', '2024-03-05'], ['Grace Wanjiru', 'Kenji Sato', 'Nairobi', '2024-03-05']],
    ],
    [
      'a meeting with another state takes the story\'s one city, and the trip\'s day',
      'Japanese Foreign Minister Kenji Sato held talks with Kenyan President Samuel Otieno in Nairobi on Tuesday. Sato also met Indian Foreign Minister Anil Verma.',
      [['Kenji Sato', 'Samuel Otieno', 'Nairobi', '2024-03-05'], ['Anil Verma', 'Kenji Sato', 'Nairobi', '2024-03-05']],
    ],
    [
      'a planned meeting does not take the place of a held one',
      'Japanese Foreign Minister Kenji Sato held talks with Kenyan President Samuel Otieno in Nairobi on Tuesday. Otieno will meet Japanese Prime Minister Yuki Mori next year.',
      [['Kenji Sato', 'Samuel Otieno', 'Nairobi', '2024-03-05'], ['Samuel Otieno', 'Yuki Mori', null, null]],
    ],
    [
      'sideline bilaterals take the date of the summit trip',
      'Chilean President Ana Rojas arrived in Lima on Monday for the regional summit and met Peruvian President Jorge Paz. On the sidelines of the summit, Rojas held meetings with Bolivian President Luis Arce Mendez and Ecuadorian President Rosa Vera.',
      [
        ['Ana Rojas', 'Jorge Paz', 'Lima', '2024-03-04'],
        ['Ana Rojas', 'Luis Arce Mendez', 'Rosa Vera', 'Lima', '2024-03-04'],
        ['Ana Rojas', 'Luis Arce Mendez', 'Lima', '2024-03-04'],
        ['Ana Rojas', 'Rosa Vera', 'Lima', '2024-03-04'],
      ],
    ],
    [
      'a meeting the same day as one placed in a city is in that city',
      'Chilean President Ana Rojas met Argentine President Luis Vega in Buenos Aires on Sunday. Earlier on Sunday, Rojas met Peruvian President Jorge Paz.',
      [['Ana Rojas', 'Luis Vega', 'Buenos Aires', '2024-03-03'], ['Ana Rojas', 'Jorge Paz', 'Buenos Aires', '2024-03-03']],
    ],
    [
      '"at the inauguration" takes the day and city of the inauguration told before',
      'Ukrainian President Ivan Petrenko attended the inauguration in Buenos Aires on Sunday. Footage showed Petrenko and Argentine President Luis Vega embracing at the inauguration.',
      [['Ivan Petrenko', 'Luis Vega', 'Buenos Aires', '2024-03-03']],
    ],
    [
      'a city of several words is a place, not a person',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz in La Paz on Monday.',
      [['Ana Rojas', 'Jorge Paz', 'La Paz', '2024-03-04']],
    ],
    [
      'lower-case words inside a city name',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz in Rio de Janeiro on Monday.',
      [['Ana Rojas', 'Jorge Paz', 'Rio de Janeiro', '2024-03-04']],
    ],
    [
      'states listed after "of" are no destinations',
      'Chilean President Ana Rojas met Argentine President Luis Vega in Buenos Aires on Sunday. Earlier on Sunday, Rojas met the leaders of Peru and Bolivia.',
      [['Ana Rojas', 'Luis Vega', 'Buenos Aires', '2024-03-03'], ['Ana Rojas', 'Buenos Aires', '2024-03-03'], ['Ana Rojas', 'Buenos Aires', '2024-03-03']],
    ],
    [
      '"separate bilateral talks" are not the larger meeting',
      'South Korean Foreign Minister Kim Min-jun hosted Japanese Foreign Minister Kenji Sato and Chinese Foreign Minister Li Wen in Busan on Sunday. Kim also held separate bilateral talks with Li on Saturday.',
      [['Kenji Sato', 'Kim Min-jun', 'Li Wen', 'Busan', '2024-03-03'], ['Kim Min-jun', 'Li Wen', 'Busan', '2024-03-02']],
    ],
    [
      '"officials in Cairo said" places no meeting',
      'A planned meeting between Chilean President Ana Rojas and Peruvian President Jorge Paz was postponed, officials in Lima said.',
      [['Ana Rojas', 'Jorge Paz', null, null]],
    ],
    [
      'a second clause keeps only its own dates',
      'Chilean President Ana Rojas met Peruvian President Jorge Paz in Lima on Monday, days after a visit to La Paz where she held talks with Bolivian President Luis Arce Mendez.',
      [['Ana Rojas', 'Jorge Paz', 'Lima', '2024-03-04'], ['Ana Rojas', 'Luis Arce Mendez', 'La Paz', null]],
    ],
    [
      '"…, weeks after he met Y in Moscow": a second meeting, placed inside its clause',
      'KYIV - Indian Prime Minister Ravi Kapoor arrived in Kyiv on Friday for talks with Ukrainian President Ivan Petrenko, six weeks after he met Russian President Oleg Sidorov in Moscow.',
      [['Ivan Petrenko', 'Ravi Kapoor', 'Kyiv', '2024-03-01'], ['Oleg Sidorov', 'Ravi Kapoor', 'Moscow', null]],
    ],
    [
      'a state named before "where" overrides the city of the dateline',
      'KYIV - Indian Prime Minister Ravi Kapoor travelled to Ukraine from Poland, where he met Polish Prime Minister Jan Nowak on Thursday.',
      [['Jan Nowak', 'Ravi Kapoor', null, '2024-03-07']],
    ],
    [
      '"joined by" adds people to the meeting; an invitation to visit another state is a meeting of its own',
      'North Korean leader Kim Jong-chol and Russian President Oleg Sidorov held talks on Wednesday, joined by their defence ministers, Ivan Belov and Ri Song-chol. Kim invited Sidorov to visit North Korea.',
      [['Ivan Belov', 'Kim Jong-chol', 'Oleg Sidorov', 'Ri Song-chol', null, '2024-03-06'], ['Kim Jong-chol', 'Oleg Sidorov', null, null]],
    ],
    [
      '"bilateral relations" discussed at the larger meeting are that meeting',
      'South Korean Foreign Minister Kim Min-jun hosted Japanese Foreign Minister Kenji Sato and Chinese Foreign Minister Li Wen in Busan on Sunday. Kim and Li discussed bilateral relations.',
      [['Kenji Sato', 'Kim Min-jun', 'Li Wen', 'Busan', '2024-03-03']],
    ],
    [
      'a lead "met in … on Monday to discuss …" was held: its place and day are the setting of the meeting told after it',
      "Foreign ministers from Central America met in San Salvador on Monday to discuss migration. The meeting was hosted by Mexico's Foreign Secretary Ana Ruiz and attended by Guatemala's Foreign Minister Carlos Pérez.",
      [['Ana Ruiz', 'Carlos Pérez', 'San Salvador', '2024-03-04']],
    ],
    [
      'a handshake is a meeting',
      'Chilean President Ana Rojas shook hands with Peruvian President Jorge Paz in Lima on Monday.',
      [['Ana Rojas', 'Jorge Paz', 'Lima', '2024-03-04']],
    ],
    [
      'a relative clause about a participant neither dates nor places the talks',
      'Ukrainian President Ivan Petrenko met Chilean President Ana Rojas in Munich on Saturday. Petrenko also held talks with German Chancellor Hans Weber, who on Friday signed a security deal in Berlin.',
      [['Ana Rojas', 'Ivan Petrenko', 'Munich', '2024-03-02'], ['Hans Weber', 'Ivan Petrenko', 'Munich', '2024-03-02']],
    ],
  ])('place and date from the trip: %s', (_n, body, expected) => {
    expect(extract(art(body)).meetings.map((m) => [...[...m.participants].sort(), m.city, m.date])).toEqual(expected);
  });
});

describe('extract never throws and keeps evidence exact', () => {
  const bodies = ['', '   \n\t  ', '@@##$$%%^^&&**(()))!!??..,,;;', '\u0000\uFFFF\u200B', 'a.b.c. D. E! ? . ,', 'Mr. . . Dr. ,,, Kremlin\'s '];
  it.each(bodies.map((b) => [JSON.stringify(b), b]))('%s', (_n, body) => {
    const x = extract(art(body));
    expect(x.id).toBe('t');
  });
  it('every evidence text equals body.slice(start, end)', () => {
    const body =
      'WASHINGTON — US Secretary of State Anna Berg met Saudi Foreign Minister Khalid Nasser on Monday.\nThe Kremlin said Russian troops would stay.\nRead more: other news';
    const x = extract(art(body));
    const all = [...x.officials.flatMap((o) => o.evidence), ...x.countries.flatMap((c) => c.evidence), ...x.meetings.flatMap((m) => m.evidence)];
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(body.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('meeting topics', () => {
  const topics = (body: string) => extract(art(body)).meetings.map((m) => m.topics);
  it.each([
    // "clean energy" holds "energy": both topics, in the fixed topic order
    ['overlapping topic words', 'Kenyan President Samuel Otieno met Japanese Foreign Minister Kenji Sato in Nairobi on Tuesday to discuss clean energy, trade and refugees.', [['trade', 'climate', 'energy', 'migration']]],
    ['any letter case', 'Kenyan President Samuel Otieno met Japanese Foreign Minister Kenji Sato in Nairobi on Tuesday to discuss the NUCLEAR deal and Economic ties.', [['nuclear', 'economy']]],
    ['a pattern with more than the word', 'Kenyan President Samuel Otieno met Japanese Foreign Minister Kenji Sato in Nairobi on Tuesday; the talks covered the war in Ukraine and defence spending.', [['Ukraine war', 'defence']]],
    ['the word alone is not enough', 'Kenyan President Samuel Otieno met Japanese Foreign Minister Kenji Sato in Nairobi on Tuesday to talk about Ukraine and tradecraft.', [[]]],
  ])('%s', (_n, body, expected) => {
    expect(topics(body)).toEqual(expected);
  });
});

// A person named only in the headline is the unnamed counterpart of the body's meeting.
describe('headline-only counterpart', () => {
  const body = 'Canadian Prime Minister Tom Reed met his Japanese counterpart on the sidelines of the summit in Hiroshima on Friday.';
  it.each([
    ['the one name only the headline gives joins the meeting', 'Reed meets Sato at summit', [['Sato', 'Tom Reed']], ['Sato', 'JP']],
    ['two such names: nobody is guessed', 'Reed, Sato and Rossi at summit', [['Tom Reed']], null],
    ['a headline name not next to an encounter word is left alone', 'Sato government wary as summit opens', [['Tom Reed']], null],
  ])('%s', (_n, title, meetings, official) => {
    const x = extract({ id: 't', url: null, title, published: '2024-03-07', source: null, body });
    expect(x.meetings.map((m) => [...m.participants].sort())).toEqual(meetings);
    const o = x.officials.find((p) => p.name === 'Sato');
    expect(o ? [o.name, o.country] : null).toEqual(official);
    if (o) expect(o.evidence[0]?.text).toBe(body);
  });
});
