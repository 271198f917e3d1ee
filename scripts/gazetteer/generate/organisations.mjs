// International organisations and groupings, with members from the Factbook's "International
// organization participation" field (January 2026) and names/founding dates from its Appendix B.
// Memberships the sources have stale are corrected below, each with its own source.
import { SOURCE_REFS } from './sources.mjs';
import { htmlText } from './util.mjs';

/**
 * A grouping whose members are states acting together (an alliance, a union, a cartel, a regional
 * forum of states: NATO, ASEAN, OPEC, the Arab League) is a `bloc`; a body with a mandate of its own
 * that states fund or join (the UN and its agencies, the IMF, the OSCE, development banks) an
 * `organisation`.
 * id, the Factbook abbreviation(s), kind, aliases (abbreviations are exact-case), our own one-line summary.
 * `update` replaces the member list (`members`, ISO alpha-3) or completes it (`add`), with dated sources;
 * `includeStatuses` keeps members the Factbook marks otherwise (an ADB member from outside Asia is
 * "nonregional member", a full member all the same).
 */
const ORGS = [
  { id: 'un', fb: ['UN'], kind: 'organisation', name: 'United Nations', aliases: [{ text: 'UN', case: 'exact' }, { text: 'U.N.', case: 'exact' }], summary: 'Global intergovernmental organisation of 193 member states, founded in 1945 to maintain peace and security and foster cooperation.' },
  { id: 'unsc', fb: ['UNSC'], kind: 'organisation', name: 'United Nations Security Council', aliases: ['UN Security Council', 'Security Council', { text: 'UNSC', case: 'exact' }], summary: 'UN organ responsible for international peace and security, with five permanent members holding a veto and ten elected members.', update: { members: ['CHN', 'FRA', 'GBR', 'RUS', 'USA'], note: 'permanent members', source: { title: 'United Nations Security Council — Current Members', url: 'https://main.un.org/securitycouncil/en/content/current-members', date: '2026-01' } } },
  { id: 'nato', fb: ['NATO'], kind: 'bloc', name: 'North Atlantic Treaty Organization', aliases: [{ text: 'NATO', case: 'exact' }, 'North Atlantic Alliance', 'Atlantic Alliance', { text: 'OTAN', case: 'exact' }], summary: 'Military alliance of North American and European states bound by a collective-defence commitment, founded in 1949.', update: { members: ['ALB', 'BEL', 'BGR', 'CAN', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GBR', 'GRC', 'HRV', 'HUN', 'ISL', 'ITA', 'LTU', 'LUX', 'LVA', 'MKD', 'MNE', 'NLD', 'NOR', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE', 'TUR', 'USA'], sources: [{ title: 'DW: Sweden officially joins NATO as PM Kristersson visits US (the 32nd member, 7 March 2024)', url: 'https://www.dw.com/en/sweden-officially-joins-nato-as-pm-kristersson-visits-us/a-68463092', date: '2024-03-07' }] } },
  { id: 'eu', fb: ['EU'], kind: 'bloc', name: 'European Union', aliases: [{ text: 'EU', case: 'exact' }, { text: 'E.U.', case: 'exact' }], metonyms: ['brussels'], summary: 'Political and economic union of 27 European states with a single market, common institutions and, for most members, a common currency.', update: { members: ['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GRC', 'HRV', 'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE'], source: { title: 'European Union — EU countries (the United Kingdom left on 31 January 2020)', url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en', date: '2025' } } },
  { id: 'brics', fb: ['BRICS'], kind: 'bloc', name: 'BRICS', aliases: [{ text: 'BRICS', case: 'exact' }, { text: 'BRICS+', case: 'exact' }, { text: 'BRICS Plus', case: 'exact' }], summary: 'Grouping of major emerging economies, named after Brazil, Russia, India, China and South Africa and enlarged in 2024 and 2025.', update: { members: ['BRA', 'RUS', 'IND', 'CHN', 'ZAF', 'EGY', 'ETH', 'IRN', 'ARE', 'IDN'], note: 'Egypt, Ethiopia, Iran and the UAE joined on 1 January 2024 and Indonesia on 6 January 2025; Saudi Arabia was invited but has not formally joined', sources: [{ title: 'Sputnik: Indonesia joins BRICS as full member (Brazil announces it on 6 January 2025; Saudi Arabia has not formalised membership)', url: 'https://sputnikglobe.com/20250106/brazil-announces-indonesia-joined-brics-as-full-member-1121370949.html', date: '2025-01-06' }, { title: 'Vietnam Times: India named President of BRICS+ for the 2026 term (ten members listed)', url: 'https://vietnamtimes.thoidai.com.vn/india-named-president-of-brics-for-the-2026-term-263192.html', date: '2025-12-27' }] } },
  { id: 'sco', fb: ['SCO'], kind: 'bloc', name: 'Shanghai Cooperation Organisation', aliases: [{ text: 'SCO', case: 'exact' }, 'Shanghai Cooperation Organization'], summary: 'Eurasian security, political and economic organisation founded in 2001 around China and Russia.', update: { members: ['CHN', 'RUS', 'KAZ', 'KGZ', 'TJK', 'UZB', 'IND', 'PAK', 'IRN', 'BLR'], note: 'India and Pakistan joined in 2017, Iran on 4 July 2023 and Belarus on 4 July 2024', sources: [{ title: 'The Astana Times: SCO welcomes Belarus as its 10th member state (Astana summit, 4 July 2024)', url: 'https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/', date: '2024-07-04' }, { title: 'News.az: Belarus officially becomes SCO member (the nine other members listed)', url: 'https://news.az/news/belarus-officially-becomes-sco-member', date: '2024-07-04' }] } },
  { id: 'eaeu', fb: ['EAEU', 'EEU'], kind: 'bloc', name: 'Eurasian Economic Union', aliases: [{ text: 'EAEU', case: 'exact' }, { text: 'EEU', case: 'exact' }], summary: 'Economic union of post-Soviet states with a customs union and single market, in force since 2015.', update: { members: ['RUS', 'KAZ', 'BLR', 'ARM', 'KGZ'], sources: [{ title: 'TASS: Eurasian Economic Union tenth-anniversary summit (members: Armenia, Belarus, Kazakhstan, Kyrgyzstan and Russia)', url: 'https://tass.com/world/1785719', date: '2024-05-08' }] } },
  { id: 'asean', fb: ['ASEAN'], kind: 'bloc', name: 'Association of Southeast Asian Nations', aliases: [{ text: 'ASEAN', case: 'exact' }], summary: 'Regional organisation of Southeast Asian states promoting economic, political and security cooperation, founded in 1967.', update: { members: ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM', 'TLS'], note: 'Timor-Leste was admitted as the eleventh member on 26 October 2025', sources: [{ title: 'IANS: Timor-Leste becomes 11th member of ASEAN (47th ASEAN Summit, Kuala Lumpur, 26 October 2025)', url: 'https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029', date: '2025-10-26' }, { title: 'Viet Nam News: Timor-Leste officially becomes ASEAN’s 11th member', url: 'https://vietnamnews.vn/world/1728144/asean-summit-47-timor-leste-officially-becomes-asean-s-11th-member.html', date: '2025-10-26' }] } },
  { id: 'au', fb: ['AU'], kind: 'bloc', name: 'African Union', aliases: [{ text: 'AU', case: 'exact' }], summary: 'Continental union of African states, successor since 2002 to the Organisation of African Unity; some members are suspended after coups.', includeStatuses: ['suspended'] },
  { id: 'g7', fb: ['G-7'], kind: 'bloc', name: 'Group of Seven', aliases: [{ text: 'G7', case: 'exact' }, { text: 'G-7', case: 'exact' }], summary: 'Forum of seven large advanced economies, with the European Union taking part in its summits.' },
  { id: 'g20', fb: ['G-20'], kind: 'bloc', name: 'Group of Twenty', aliases: [{ text: 'G20', case: 'exact' }, { text: 'G-20', case: 'exact' }], summary: 'Forum of 19 major economies plus the European Union and, since 2023, the African Union, for coordinating economic policy.' },
  { id: 'g77', fb: ['G-77'], kind: 'bloc', name: 'Group of 77', aliases: [{ text: 'G77', case: 'exact' }, { text: 'G-77', case: 'exact' }], summary: 'Coalition of developing countries at the United Nations, named after its 77 founding members of 1964.' },
  { id: 'opec', fb: ['OPEC'], kind: 'bloc', name: 'Organization of the Petroleum Exporting Countries', aliases: [{ text: 'OPEC', case: 'exact' }, 'Organization of Petroleum Exporting Countries'], summary: 'Cartel of oil-exporting countries that coordinates production policy, founded in 1960.', update: { members: ['DZA', 'COG', 'GNQ', 'GAB', 'IRN', 'IRQ', 'KWT', 'LBY', 'NGA', 'SAU', 'ARE', 'VEN'], note: 'Qatar left in 2019, Ecuador in 2020 and Angola in 2024', sources: [{ title: 'AzerNews (via MENAFN): OPEC+ ministerial meeting rescheduled for December 5 (lists the 12 OPEC members)', url: 'https://menafn.com/1108936178/OPEC-Ministerial-Meeting-Rescheduled-For-December-5', date: '2024-11-28' }, { title: 'Energy News Africa: Angola officially leaves OPEC on 1 January 2024', url: 'https://energynewsafrica.com/angola-officially-leaves-opec-on-jan-1-2024', date: '2023-12' }] } },
  { id: 'gcc', fb: ['GCC'], kind: 'bloc', name: 'Gulf Cooperation Council', aliases: [{ text: 'GCC', case: 'exact' }, 'Cooperation Council for the Arab States of the Gulf'], summary: 'Political and economic union of six Arab monarchies on the Persian Gulf, founded in 1981.' },
  { id: 'quad', fb: ['Quad'], kind: 'bloc', name: 'Quadrilateral Security Dialogue', aliases: [{ text: 'Quad', case: 'exact' }], summary: 'Informal strategic forum of Australia, India, Japan and the United States focused on the Indo-Pacific.' },
  { id: 'csto', fb: ['CSTO'], kind: 'bloc', name: 'Collective Security Treaty Organization', aliases: [{ text: 'CSTO', case: 'exact' }], summary: 'Russian-led military alliance of post-Soviet states; Armenia froze its participation in 2024.' },
  { id: 'cis', fb: ['CIS'], kind: 'organisation', name: 'Commonwealth of Independent States', aliases: [{ text: 'CIS', case: 'exact' }], summary: 'Loose association of former Soviet republics formed in 1991 as the Soviet Union dissolved.' },
  { id: 'oecd', fb: ['OECD'], kind: 'organisation', name: 'Organisation for Economic Co-operation and Development', aliases: [{ text: 'OECD', case: 'exact' }, 'Organization for Economic Cooperation and Development'], summary: 'Paris-based organisation of mostly high-income democracies that compiles economic data and policy recommendations.' },
  { id: 'osce', fb: ['OSCE'], kind: 'organisation', name: 'Organization for Security and Co-operation in Europe', aliases: [{ text: 'OSCE', case: 'exact' }], summary: 'Regional security organisation spanning Europe, Central Asia and North America, grown out of the Helsinki process.' },
  { id: 'coe', fb: ['CE'], kind: 'organisation', name: 'Council of Europe', aliases: [], summary: 'Strasbourg-based organisation of European states for human rights, democracy and the rule of law; Russia was expelled in 2022.' },
  { id: 'efta', fb: ['EFTA'], kind: 'bloc', name: 'European Free Trade Association', aliases: [{ text: 'EFTA', case: 'exact' }], summary: 'Free-trade bloc of four European states outside the European Union.' },
  // "Commonwealth" alone is also a US state's word ("Commonwealth's Attorney", "Virginia Commonwealth
  // University"): the association only where the text speaks of nations or its bodies.
  { id: 'commonwealth', fb: ['C'], kind: 'organisation', name: 'Commonwealth of Nations', aliases: ['The Commonwealth', { text: 'Commonwealth', context: ['nations', 'chogm', 'realm', 'realms', 'secretariat', 'marlborough', 'empire'], contextOnly: true }], summary: 'Voluntary association of states, most of them former parts of the British Empire.' },
  { id: 'arab-league', fb: ['LAS'], kind: 'bloc', name: 'Arab League', aliases: ['League of Arab States'], summary: 'Regional organisation of Arab states in the Middle East and North Africa, founded in 1945.' },
  { id: 'oic', fb: ['OIC'], kind: 'bloc', name: 'Organisation of Islamic Cooperation', aliases: [{ text: 'OIC', case: 'exact' }, 'Organization of Islamic Cooperation'], summary: 'Intergovernmental organisation of Muslim-majority and other states speaking for the Muslim world.' },
  { id: 'non-aligned-movement', fb: ['NAM'], kind: 'bloc', name: 'Non-Aligned Movement', aliases: [{ text: 'NAM', case: 'exact' }, 'Nonaligned Movement'], summary: 'Forum of developing states not formally aligned with any major power bloc, founded in 1961.' },
  { id: 'apec', fb: ['APEC'], kind: 'organisation', name: 'Asia-Pacific Economic Cooperation', aliases: [{ text: 'APEC', case: 'exact' }], summary: 'Forum of Pacific Rim economies promoting free trade and investment.' },
  { id: 'saarc', fb: ['SAARC'], kind: 'organisation', name: 'South Asian Association for Regional Cooperation', aliases: [{ text: 'SAARC', case: 'exact' }], summary: 'Regional organisation of eight South Asian states, largely dormant since 2014.' },
  { id: 'bimstec', fb: ['BIMSTEC'], kind: 'organisation', name: 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation', aliases: [{ text: 'BIMSTEC', case: 'exact' }], summary: 'Regional grouping of states around the Bay of Bengal.' },
  { id: 'ecowas', fb: ['ECOWAS'], kind: 'bloc', name: 'Economic Community of West African States', aliases: [{ text: 'ECOWAS', case: 'exact' }], summary: 'Regional economic community of West African states; Burkina Faso, Mali and Niger left in January 2025.', update: { members: ['BEN', 'CPV', 'CIV', 'GMB', 'GHA', 'GIN', 'GNB', 'LBR', 'NGA', 'SEN', 'SLE', 'TGO'], sources: [{ title: 'ECOWAS Commission (via AllAfrica): withdrawal of Burkina Faso, Mali and Niger effective 29 January 2025', url: 'https://allafrica.com/stories/202501290308.html', date: '2025-01-29' }, { title: 'NewsSpecNG: ECOWAS at 50 — membership reduced to 12 after the withdrawal of Burkina Faso, Mali and Niger', url: 'https://newsspecng.com/2025/05/28/ecowas-50-leaders-recommit-to-founding-vision/', date: '2025-05-28' }] } },
  { id: 'sadc', fb: ['SADC'], kind: 'bloc', name: 'Southern African Development Community', aliases: [{ text: 'SADC', case: 'exact' }], summary: 'Regional economic community of southern African states.' },
  { id: 'eac', fb: ['EAC'], kind: 'bloc', name: 'East African Community', aliases: [{ text: 'EAC', case: 'exact' }], summary: 'Regional intergovernmental organisation of East African states working towards a common market.' },
  { id: 'mercosur', fb: ['Mercosur'], kind: 'bloc', name: 'Mercosur', aliases: ['Southern Common Market', { text: 'MERCOSUR', case: 'exact' }, 'Mercosul'], summary: 'South American trade bloc with a customs union, founded in 1991.' },
  { id: 'oas', fb: ['OAS'], kind: 'organisation', name: 'Organization of American States', aliases: [{ text: 'OAS', case: 'exact' }], summary: 'Regional organisation of the states of the Americas, founded in 1948.' },
  { id: 'celac', fb: ['CELAC'], kind: 'organisation', name: 'Community of Latin American and Caribbean States', aliases: [{ text: 'CELAC', case: 'exact' }], summary: 'Regional forum of all Latin American and Caribbean states, without the United States and Canada.' },
  { id: 'caricom', fb: ['Caricom'], kind: 'bloc', name: 'Caribbean Community', aliases: [{ text: 'CARICOM', case: 'exact' }, 'Caricom'], summary: 'Grouping of Caribbean states and dependencies for economic integration and foreign-policy coordination.' },
  { id: 'usmca', fb: ['USMCA'], kind: 'bloc', name: 'United States–Mexico–Canada Agreement', aliases: [{ text: 'USMCA', case: 'exact' }, { text: 'CUSMA', case: 'exact' }, { text: 'T-MEC', case: 'exact' }], summary: 'North American free-trade agreement that replaced NAFTA in 2020.' },
  { id: 'anzus', fb: ['ANZUS'], kind: 'bloc', name: 'ANZUS', aliases: [{ text: 'ANZUS', case: 'exact' }, 'ANZUS Treaty'], summary: 'Security treaty of 1951 linking Australia, New Zealand and the United States.' },
  { id: 'pif', fb: ['PIF'], kind: 'bloc', name: 'Pacific Islands Forum', aliases: [{ text: 'PIF', case: 'exact' }], summary: 'Political grouping of Pacific island states together with Australia and New Zealand.' },
  { id: 'cica', fb: ['CICA'], kind: 'organisation', name: 'Conference on Interaction and Confidence-Building Measures in Asia', aliases: [{ text: 'CICA', case: 'exact' }], summary: 'Pan-Asian forum for security dialogue, launched by Kazakhstan in 1992.' },
  { id: 'eas', fb: ['EAS'], kind: 'organisation', name: 'East Asia Summit', aliases: [], summary: 'Annual leaders’ forum of ASEAN states and their main partners on regional strategic issues.' },
  { id: 'arf', fb: ['ARF'], kind: 'organisation', name: 'ASEAN Regional Forum', aliases: [], summary: 'ASEAN-led dialogue on political and security issues in the Asia-Pacific.' },
  { id: 'iaea', fb: ['IAEA'], kind: 'organisation', name: 'International Atomic Energy Agency', aliases: [{ text: 'IAEA', case: 'exact' }], summary: 'UN-linked agency in Vienna that promotes peaceful nuclear energy and verifies nuclear safeguards.' },
  { id: 'imf', fb: ['IMF'], kind: 'organisation', name: 'International Monetary Fund', aliases: [{ text: 'IMF', case: 'exact' }], summary: 'International financial institution that oversees the monetary system and lends to countries in balance-of-payments difficulty.' },
  { id: 'world-bank', fb: ['IBRD'], kind: 'organisation', name: 'World Bank', aliases: ['International Bank for Reconstruction and Development', { text: 'IBRD', case: 'exact' }, 'World Bank Group'], summary: 'Development lender owned by its member governments, financing projects and policy reform in developing countries.' },
  { id: 'wto', fb: ['WTO'], kind: 'organisation', name: 'World Trade Organization', aliases: [{ text: 'WTO', case: 'exact' }], summary: 'Geneva-based organisation that sets and arbitrates the rules of international trade.' },
  { id: 'who', fb: ['WHO'], kind: 'organisation', name: 'World Health Organization', aliases: [{ text: 'WHO', case: 'exact' }], summary: 'UN specialised agency for international public health.' },
  { id: 'unesco', fb: ['UNESCO'], kind: 'organisation', name: 'United Nations Educational, Scientific and Cultural Organization', aliases: [{ text: 'UNESCO', case: 'exact' }], summary: 'UN specialised agency for education, science and culture, known for its World Heritage list.' },
  { id: 'fao', fb: ['FAO'], kind: 'organisation', name: 'Food and Agriculture Organization', aliases: [{ text: 'FAO', case: 'exact' }], summary: 'UN specialised agency that leads international efforts against hunger.' },
  { id: 'ilo', fb: ['ILO'], kind: 'organisation', name: 'International Labour Organization', aliases: [{ text: 'ILO', case: 'exact' }, 'International Labor Organization'], summary: 'UN agency that sets international labour standards, with governments, employers and workers represented.' },
  { id: 'icao', fb: ['ICAO'], kind: 'organisation', name: 'International Civil Aviation Organization', aliases: [{ text: 'ICAO', case: 'exact' }], summary: 'UN agency that sets standards for international civil aviation.' },
  { id: 'imo', fb: ['IMO'], kind: 'organisation', name: 'International Maritime Organization', aliases: [{ text: 'IMO', case: 'exact' }], summary: 'UN agency that regulates international shipping.' },
  { id: 'itu', fb: ['ITU'], kind: 'organisation', name: 'International Telecommunication Union', aliases: [{ text: 'ITU', case: 'exact' }], summary: 'UN agency for information and communication technologies, including radio spectrum and satellite orbits.' },
  { id: 'unhcr', fb: ['UNHCR'], kind: 'organisation', name: 'United Nations High Commissioner for Refugees', aliases: [{ text: 'UNHCR', case: 'exact' }, 'UN Refugee Agency'], summary: 'UN agency that protects and assists refugees and displaced people.' },
  { id: 'unhrc', fb: ['UNHRC'], kind: 'organisation', name: 'United Nations Human Rights Council', aliases: [{ text: 'UNHRC', case: 'exact' }, 'UN Human Rights Council', 'Human Rights Council'], summary: 'UN body of 47 elected member states that reviews human-rights situations.', update: { members: [
    // Terms 2024–2026 (elected 10 October 2023)
    'ALB', 'BRA', 'BGR', 'BDI', 'CHN', 'CIV', 'CUB', 'DOM', 'FRA', 'GHA', 'IDN', 'JPN', 'KWT', 'MWI', 'NLD',
    // Terms 2025–2027 (elected 9 October 2024)
    'BEN', 'BOL', 'COL', 'CYP', 'CZE', 'COD', 'ETH', 'GMB', 'ISL', 'KEN', 'MHL', 'MEX', 'MKD', 'QAT', 'KOR', 'ESP', 'CHE', 'THA',
    // Terms 2026–2028 (elected 14 October 2025)
    'AGO', 'CHL', 'ECU', 'EGY', 'EST', 'IND', 'IRQ', 'ITA', 'MUS', 'PAK', 'SVN', 'ZAF', 'GBR', 'VNM',
  ], note: 'members in 2026, elected for three-year terms in October 2023, 2024 and 2025; vacancies filled since were not checked', sources: [
    { title: 'KUNA (via MENAFN): Kuwait among 15 elected countries to serve in Human Rights Council (terms from 1 January 2024)', url: 'https://menafn.com/1107221653/Kuwait-Among-15-Elected-Countries-To-Serve-In-Human-Rights-Council', date: '2023-10-10' },
    { title: 'Siasat (Xinhua): UN General Assembly elects 18 members to Human Rights Council for 2025–2027', url: 'https://www.siasat.com/un-general-assembly-elects-18-members-to-human-rights-council-for-3-years-3110606/', date: '2024-10-10' },
    { title: 'WAM: General Assembly elects 14 members to the Human Rights Council (terms from 1 January 2026)', url: 'https://www.wam.ae/en/article/15tl06k-general-assembly-elects-members-human-rights', date: '2025-10-15' },
  ] } },
  { id: 'unctad', fb: ['UNCTAD'], kind: 'organisation', name: 'United Nations Conference on Trade and Development', aliases: [{ text: 'UNCTAD', case: 'exact' }], summary: 'UN body that deals with trade, investment and development issues.' },
  { id: 'unido', fb: ['UNIDO'], kind: 'organisation', name: 'United Nations Industrial Development Organization', aliases: [{ text: 'UNIDO', case: 'exact' }], summary: 'UN agency that promotes industrial development.' },
  { id: 'opcw', fb: ['OPCW'], kind: 'organisation', name: 'Organisation for the Prohibition of Chemical Weapons', aliases: [{ text: 'OPCW', case: 'exact' }, 'Organization for the Prohibition of Chemical Weapons'], summary: 'Hague-based body that implements the Chemical Weapons Convention.' },
  { id: 'interpol', fb: ['Interpol'], kind: 'organisation', name: 'Interpol', aliases: ['International Criminal Police Organization', { text: 'INTERPOL', case: 'exact' }], summary: 'International organisation for cooperation between national police forces.' },
  { id: 'icc', fb: ['ICCt'], kind: 'organisation', name: 'International Criminal Court', aliases: [{ text: 'ICC', case: 'exact' }], summary: 'Permanent court in The Hague that tries individuals for genocide, crimes against humanity, war crimes and aggression.' },
  { id: 'pca', fb: ['PCA'], kind: 'organisation', name: 'Permanent Court of Arbitration', aliases: [], summary: 'Intergovernmental body in The Hague that administers arbitration between states and other parties.' },
  { id: 'bis', fb: ['BIS'], kind: 'organisation', name: 'Bank for International Settlements', aliases: [], summary: 'Basel-based bank owned by central banks that fosters monetary and financial cooperation.' },
  { id: 'fatf', fb: ['FATF'], kind: 'organisation', name: 'Financial Action Task Force', aliases: [{ text: 'FATF', case: 'exact' }], summary: 'Intergovernmental standard-setter against money laundering and terrorist financing, known for its grey and black lists.' },
  { id: 'adb', fb: ['ADB'], kind: 'organisation', name: 'Asian Development Bank', aliases: [{ text: 'ADB', case: 'exact' }], summary: 'Regional development bank for Asia and the Pacific, based in Manila, owned by 49 regional and 20 non-regional members.', includeStatuses: ['nonregional member', 'nonregional members', 'Chinese Taipei'], update: { add: ['NIU', 'ISR'], note: '69 members: 49 from Asia and the Pacific (among them Hong Kong, China and Taipei, China) and 20 from elsewhere; Niue joined in March 2019 and Israel, the 20th non-regional member, in September 2024', sources: [{ title: 'TV Niue: Government welcomes Asian Development Bank office opening (Niue became a member in 2019)', url: 'https://tvniue.com/2023/07/government-welcomes-asian-development-bank-official-branch-opening-in-commercial-centre/', date: '2023-07' }, { title: 'MalaysiaNow: Israel accepted as member of Asian Development Bank (69 members, 20 of them from outside the region)', url: 'https://malaysianow.com/news/2024/09/28/israel-accepted-as-member-of-asian-development-bank', date: '2024-09-28' }] } },
  { id: 'aiib', fb: ['AIIB'], kind: 'organisation', name: 'Asian Infrastructure Investment Bank', aliases: [{ text: 'AIIB', case: 'exact' }], summary: 'Multilateral development bank proposed by China and opened in 2016 to finance infrastructure.' },
  { id: 'afdb', fb: ['AfDB'], kind: 'organisation', name: 'African Development Bank', aliases: [{ text: 'AfDB', case: 'exact' }], summary: 'Regional development bank for Africa, with African and non-regional shareholders.', includeStatuses: ['nonregional member', 'nonregional members'] },
  { id: 'ebrd', fb: ['EBRD'], kind: 'organisation', name: 'European Bank for Reconstruction and Development', aliases: [{ text: 'EBRD', case: 'exact' }], summary: 'Development bank founded in 1991 to support market economies in the former Eastern Bloc and beyond.' },
  { id: 'iadb', fb: ['IADB'], kind: 'organisation', name: 'Inter-American Development Bank', aliases: [{ text: 'IADB', case: 'exact' }, { text: 'IDB', case: 'exact' }], summary: 'Development bank for Latin America and the Caribbean.' },
  { id: 'nsg', fb: ['NSG'], kind: 'organisation', name: 'Nuclear Suppliers Group', aliases: [], summary: 'Group of nuclear-supplier states that coordinates export controls to limit proliferation.' },
  { id: 'wassenaar-arrangement', fb: ['Wassenaar Arrangement'], kind: 'organisation', name: 'Wassenaar Arrangement', aliases: [], summary: 'Export-control regime for conventional arms and dual-use goods and technologies.' },
  { id: 'australia-group', fb: ['Australia Group', 'Australian Group'], kind: 'organisation', name: 'Australia Group', aliases: [], summary: 'Informal forum of 42 countries and the European Union that harmonises export controls to curb chemical and biological weapons.', update: { add: ['IND'], note: '42 countries and the European Union; India joined on 19 January 2018', sources: [{ title: 'Australia Group: India joins the Australia Group (press release, 19 January 2018)', url: 'https://dfat.gov.au/publications/minisite/theaustraliagroupnet/site/en/india_statement.html', date: '2018-01-19' }, { title: 'Australia Group: Statement by the Chair of the 2023 Plenary (42 countries and the European Union)', url: 'https://www.dfat.gov.au/publications/minisite/theaustraliagroupnet/site/en/agm_june2023.html', date: '2023-06-09' }] } },
  { id: 'zangger-committee', fb: ['ZC'], kind: 'organisation', name: 'Zangger Committee', aliases: [], summary: 'Group of nuclear-supplier states that interprets export obligations under the Non-Proliferation Treaty.' },
  { id: 'iea', fb: ['IEA'], kind: 'organisation', name: 'International Energy Agency', aliases: [{ text: 'IEA', case: 'exact' }], summary: 'Paris-based agency of energy-consuming countries that analyses energy markets and coordinates emergency oil stocks.' },
  { id: 'eurozone', fb: ['EMU'], kind: 'bloc', name: 'Euro area', aliases: ['Eurozone', 'euro zone', 'Economic and Monetary Union'], summary: 'EU member states that use the euro as their currency; Bulgaria adopted it on 1 January 2026.', update: { members: ['AUT', 'BEL', 'BGR', 'CYP', 'DEU', 'ESP', 'EST', 'FIN', 'FRA', 'GRC', 'HRV', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'PRT', 'SVK', 'SVN'], source: { title: 'European Central Bank — Bulgaria joins the euro area on 1 January 2026', url: 'https://www.ecb.europa.eu/euro/intro/html/index.en.html', date: '2026-01' } } },
  { id: 'schengen-area', fb: ['Schengen Convention'], kind: 'bloc', name: 'Schengen Area', aliases: ['Schengen zone'], summary: 'European states that have abolished checks at their common borders.' },
  { id: 'benelux', fb: ['Benelux'], kind: 'bloc', name: 'Benelux', aliases: ['Benelux Union'], summary: 'Union of Belgium, the Netherlands and Luxembourg.' },
  { id: 'nordic-council', fb: ['NC'], kind: 'organisation', name: 'Nordic Council', aliases: [], summary: 'Inter-parliamentary body of the Nordic countries and their autonomous territories.' },
  { id: 'cbss', fb: ['CBSS'], kind: 'organisation', name: 'Council of the Baltic Sea States', aliases: [{ text: 'CBSS', case: 'exact' }], summary: 'Regional forum of states around the Baltic Sea; Russia withdrew in 2022.' },
  { id: 'arctic-council', fb: ['Arctic Council'], kind: 'organisation', name: 'Arctic Council', aliases: [], summary: 'Forum of the eight Arctic states and Indigenous peoples’ organisations on Arctic cooperation.' },
  { id: 'bsec', fb: ['BSEC'], kind: 'organisation', name: 'Organization of the Black Sea Economic Cooperation', aliases: [{ text: 'BSEC', case: 'exact' }, 'Black Sea Economic Cooperation'], summary: 'Regional economic organisation of states around the Black Sea.' },
  { id: 'guam-organization', fb: ['GUAM'], kind: 'organisation', name: 'GUAM Organization for Democracy and Economic Development', aliases: [{ text: 'GUAM', case: 'exact' }], summary: 'Regional organisation of Georgia, Ukraine, Azerbaijan and Moldova.' },
  { id: 'eco', fb: ['ECO'], kind: 'organisation', name: 'Economic Cooperation Organization', aliases: [], summary: 'Regional organisation of ten states of Central and West Asia for economic cooperation.' },
  { id: 'd8', fb: ['D-8'], kind: 'organisation', name: 'Developing-8', aliases: [{ text: 'D-8', case: 'exact' }, 'D-8 Organization for Economic Cooperation'], summary: 'Economic cooperation group of eight large Muslim-majority developing countries.' },
  { id: 'opec-arab', fb: ['OAPEC'], kind: 'organisation', name: 'Organization of Arab Petroleum Exporting Countries', aliases: [{ text: 'OAPEC', case: 'exact' }], summary: 'Organisation of Arab oil-exporting states, founded in 1968.' },
  { id: 'igad', fb: ['IGAD'], kind: 'bloc', name: 'Intergovernmental Authority on Development', aliases: [{ text: 'IGAD', case: 'exact' }], summary: 'Regional body of Horn of Africa and East African states.' },
  { id: 'comesa', fb: ['COMESA'], kind: 'bloc', name: 'Common Market for Eastern and Southern Africa', aliases: [{ text: 'COMESA', case: 'exact' }], summary: 'Free-trade area of eastern and southern African states.' },
  { id: 'sica', fb: ['SICA'], kind: 'organisation', name: 'Central American Integration System', aliases: [{ text: 'SICA', case: 'exact' }], summary: 'Framework for economic and political integration of the Central American states.' },
  { id: 'pacific-alliance', fb: ['Pacific Alliance'], kind: 'bloc', name: 'Pacific Alliance', aliases: [], summary: 'Trade bloc of Chile, Colombia, Mexico and Peru.' },
  { id: 'andean-community', fb: ['CAN'], kind: 'bloc', name: 'Andean Community', aliases: [], summary: 'Customs union of Andean states in South America.' },
  { id: 'aosis', fb: ['AOSIS'], kind: 'organisation', name: 'Alliance of Small Island States', aliases: [{ text: 'AOSIS', case: 'exact' }], summary: 'Coalition of small island and low-lying coastal states active in climate negotiations.' },
  { id: 'paris-club', fb: ['Paris Club'], kind: 'organisation', name: 'Paris Club', aliases: [], summary: 'Informal group of creditor governments that negotiates debt relief for borrowing countries.' },
  { id: 'esa', fb: ['ESA'], kind: 'organisation', name: 'European Space Agency', aliases: [], summary: 'Intergovernmental space agency of European states.' },
  { id: 'cern', fb: ['CERN'], kind: 'organisation', name: 'CERN', aliases: ['European Organization for Nuclear Research', { text: 'CERN', case: 'exact' }], summary: 'European particle-physics laboratory near Geneva, founded in 1954.' },
  { id: 'upu', fb: ['UPU'], kind: 'organisation', name: 'Universal Postal Union', aliases: [], summary: 'UN agency that coordinates postal policies among member countries.' },
  { id: 'wipo', fb: ['WIPO'], kind: 'organisation', name: 'World Intellectual Property Organization', aliases: [{ text: 'WIPO', case: 'exact' }], summary: 'UN agency for intellectual-property policy and services.' },
  { id: 'wmo', fb: ['WMO'], kind: 'organisation', name: 'World Meteorological Organization', aliases: [{ text: 'WMO', case: 'exact' }], summary: 'UN agency for meteorology, climate and water.' },
  { id: 'iom', fb: ['IOM'], kind: 'organisation', name: 'International Organization for Migration', aliases: [], summary: 'UN-related agency that works on migration.' },
  { id: 'ifad', fb: ['IFAD'], kind: 'organisation', name: 'International Fund for Agricultural Development', aliases: [{ text: 'IFAD', case: 'exact' }], summary: 'UN agency and fund that finances agricultural development in poor rural areas.' },
  { id: 'ifc', fb: ['IFC'], kind: 'organisation', name: 'International Finance Corporation', aliases: [], summary: 'World Bank Group member that invests in private-sector projects in developing countries.' },
  { id: 'ida', fb: ['IDA'], kind: 'organisation', name: 'International Development Association', aliases: [], summary: 'World Bank Group fund that lends and grants to the poorest countries on concessional terms.' },
  { id: 'miga', fb: ['MIGA'], kind: 'organisation', name: 'Multilateral Investment Guarantee Agency', aliases: [{ text: 'MIGA', case: 'exact' }], summary: 'World Bank Group member that insures foreign investments against political risk.' },
  { id: 'francophonie', fb: ['OIF', 'Francophonie'], kind: 'organisation', name: 'Organisation internationale de la Francophonie', aliases: ['La Francophonie', 'Francophonie', 'International Organisation of La Francophonie'], summary: 'Organisation of French-speaking states and governments.' },
  { id: 'cplp', fb: ['CPLP'], kind: 'organisation', name: 'Community of Portuguese Language Countries', aliases: [{ text: 'CPLP', case: 'exact' }], summary: 'Organisation of states where Portuguese is an official language.' },
  { id: 'iora', fb: ['IORA'], kind: 'organisation', name: 'Indian Ocean Rim Association', aliases: [{ text: 'IORA', case: 'exact' }], summary: 'Regional forum of states bordering the Indian Ocean, founded in 1997.', update: { members: ['AUS', 'BGD', 'COM', 'FRA', 'IND', 'IDN', 'IRN', 'KEN', 'MDG', 'MYS', 'MDV', 'MUS', 'MOZ', 'OMN', 'SYC', 'SGP', 'SOM', 'ZAF', 'LKA', 'TZA', 'THA', 'ARE', 'YEM'], note: '23 member states and 12 dialogue partners (China, Egypt, the EU, Germany, Italy, Japan, Russia, Saudi Arabia, South Korea, Türkiye, the United Kingdom and the United States); the EU became one in May 2025', sources: [{ title: 'News.lk (Government of Sri Lanka): Sri Lanka assumes leadership as Chair of the Indian Ocean Rim Association (lists the 23 member states and the dialogue partners)', url: 'https://www.news.lk/news/political-current-affairs/item/35762-sri-lanka-assumes-leadership-as-chair-of-indian-ocean-rim-association', date: '2023-10' }, { title: 'Ministry of Foreign Affairs of Sri Lanka: IORA Council of Ministers (23 member states and 12 dialogue partners; the EU welcomed as the newest dialogue partner)', url: 'https://mfa.gov.lk/en/?p=87404', date: '2025-05-21' }] } },
  { id: 'ecb', fb: ['ECB'], kind: 'organisation', name: 'European Central Bank', aliases: [{ text: 'ECB', case: 'exact' }], summary: 'Central bank of the euro area, in Frankfurt.' },
];

/** Parses "ADB, AfDB (nonregional member), …" into [{ abbr, status }]. */
function participation(text) {
  const out = [];
  for (const part of htmlText(text).replace(/^.*?:\s*(?=[A-Z])/, (m) => (/following organizations/.test(m) ? '' : m)).split(/,\s*(?![^()]*\))/)) {
    const m = /^\s*(.*?)\s*(?:\((.*)\))?\s*$/.exec(part);
    if (!m || !m[1]) continue;
    out.push({ abbr: m[1].replace(/^\s*&nbsp;\s*/, '').trim(), status: (m[2] ?? 'member').trim() });
  }
  return out;
}

/** Appendix B: "Full Name (ABBR)" headings and the line after them (founding date). */
function appendixNames(html) {
  const names = new Map();
  const re = /<div class='appendix-entry-name category'>\s*([\s\S]*?)\s*<\/div>\s*<div class='appendix-entry-text category_data'>([\s\S]*?)<\/div>/g;
  let m;
  while ((m = re.exec(html))) {
    const heading = htmlText(m[1]);
    const body = m[2].split(/<br\s*\/?>/i).map((l) => htmlText(l)).filter((l) => l && !/^note\b/i.test(l));
    const hm = /^(.*?)\s*\(([^()]+)\)$/.exec(heading);
    const abbr = hm ? hm[2] : heading;
    const full = hm ? hm[1] : heading;
    const founded = body.find((l) => /\b\d{4}\b/.test(l) && !/^members\b/i.test(l) && !/^(to |the )/i.test(l));
    names.set(abbr, { full, founded });
  }
  return names;
}

function foundedYear(text) {
  if (!text) return undefined;
  const m = /(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|\d{4})/.exec(text);
  return m ? m[1] : undefined;
}

export function buildOrganisations(src, meta) {
  const appendix = appendixNames(src.appendixB);
  const membersByAbbr = new Map();
  const idByAlpha3 = new Map([...meta.entries()].map(([id, m]) => [m.alpha3, id]));
  for (const [id, m] of meta) {
    if (!m.fb) continue;
    const text = m.fb.data.Government?.['International organization participation']?.text ?? '';
    for (const { abbr, status } of participation(text)) {
      const list = membersByAbbr.get(abbr) ?? [];
      list.push({ id, status });
      membersByAbbr.set(abbr, list);
    }
  }
  const entries = [];
  const notes = [];
  for (const org of ORGS) {
    const statuses = new Set(['member', ...(org.includeStatuses ?? [])]);
    let members = [...new Set(org.fb.flatMap((abbr) => (membersByAbbr.get(abbr) ?? []).filter((m) => statuses.has(m.status)).map((m) => m.id)))].sort();
    const sources = [{ title: 'The World Factbook, "International organization participation" of each country (CIA, public domain; January 2026)', url: 'https://github.com/factbook/factbook.json', date: '2026-01' }];
    const facts = {};
    if (org.update) {
      const idOf = (a3) => {
        const id = idByAlpha3.get(a3);
        if (!id) throw new Error(`${org.id}: no country entry for ${a3}`);
        return id;
      };
      // `members` replaces the Factbook's list; `add` completes it (members that joined after it was written).
      const updated = org.update.members ? org.update.members.map(idOf).sort() : [...new Set([...members, ...org.update.add.map(idOf)])].sort();
      const added = updated.filter((id) => !members.includes(id));
      const removed = members.filter((id) => !updated.includes(id));
      if (added.length || removed.length) notes.push(`${org.id}: +[${added.join(' ')}] −[${removed.join(' ')}]`);
      members = updated;
      sources.unshift(...(org.update.sources ?? [org.update.source]));
      if (org.update.note) facts.membershipNote = org.update.note;
    }
    const ab = org.fb.map((abbr) => appendix.get(abbr)).find(Boolean);
    if (ab) sources.push(SOURCE_REFS.appendixB);
    const founded = foundedYear(ab?.founded);
    if (founded) facts.founded = founded;
    if (members.length > 0) facts.members = members;
    const aliases = [...org.aliases];
    if (ab?.full && ab.full !== org.name && !/[()]/.test(ab.full) && !org.aliases.some((a) => (typeof a === 'string' ? a : a.text) === ab.full)) aliases.push(ab.full.trim());
    entries.push({
      id: org.id,
      kind: org.kind,
      name: org.name,
      aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : a)),
      demonyms: [],
      metonyms: org.metonyms ?? [],
      summary: org.summary,
      facts,
      related: [],
      sources,
      asOf: '2026-01',
    });
  }
  // The G20 and the AU: the EU and the AU take part as bodies.
  const g20 = entries.find((e) => e.id === 'g20');
  if (g20) g20.facts.members = [...g20.facts.members.filter((m) => m !== 'eu' && m !== 'au'), 'au', 'eu'];
  const g7 = entries.find((e) => e.id === 'g7');
  if (g7) g7.facts.members = [...g7.facts.members, 'eu'];
  return { entries, notes };
}
