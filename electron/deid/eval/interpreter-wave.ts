// A blind wave of language-services and interpreter records in clinical care: interpreter encounter logs (in person, by
// video remote interpreting and by phone, with the interpreter's name or first name and id, the vendor's session or
// call reference, the cart's asset tag, the local agency's booking and confirmation, no-shows and tickets, sign-in
// rows with the clerk's initials, invoices), language-preference and communication-needs registration forms (the
// patient listed as 'SURNAME, Given', date of birth, MRN, spoken and written language, address with apartment, phones
// at home and abroad, the emergency contact who speaks only their language, portal proxies with e-mail, Medicaid and
// plan ids, SSNs, alternate-format mailings), consent discussions through interpreters (surgical, anesthesia,
// transfusion, code status and capacity, with the interpreter's attestation, the witness, the surrogate reached by
// phone), translated-document requests (tickets with the requester and extension, due dates, work orders, certificates
// of translation accuracy with the translator's certification number, sight translations, outside records from
// hospitals abroad translated with their patient numbers), notes in which patients and families have names from many
// languages (Spanish with two surnames, Vietnamese family-name-first with middle names 'Thi' and 'Van', Somali given,
// father's and grandfather's names, Arabic 'Al-' names and names that are demonyms such as Masri and Halabi, Haitian
// hyphenated names, Mandarin names family-first with an English name, Russian patronymics, Tagalog 'Dela Cruz' names
// and nicknames, Nepali names with 'Bahadur' and 'Kumari', Portuguese names; many of them everyday words: Esperanza,
// Luz, Hue, Long, Son, Sang, Lovely, Noël, Pierre, Toussaint, Sun, Song, Vera, Ligaya, Honey, Asha, Man, Lama, Rocha,
// Pinto), community health worker notes (home visits, meetings at markets, restaurants and places of worship, WhatsApp
// numbers abroad, SNAP, WIC and Medicaid application numbers, ride trips, children's schools, employers and landlords,
// CHW signature blocks) and refugee clinic intake (assigned 1 January birth dates, A-numbers, I-94 numbers, resettlement
// cases and agencies with the caseworker, camps, towns of birth, overseas exams by panel physicians, overseas vaccine
// dates, secondary migration, households, passports and EAD receipts, asylum evaluations with the attorney's firm),
// in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24', '4 March 2024',
// 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', dd/mm/yyyy on records from abroad, Spanish and Portuguese
// after-visit dates such as 'martes 4 de marzo' and '4 de março', holidays such as 'Christmas Eve'); ages over 89,
// phones at home and abroad, fax numbers, e-mails, URLs and IP addresses are planted. Given names and surnames of staff
// are often everyday words (Hope, Rocky, Bill, Stone, Hill, Speaker, Reader); towns are often everyday words (Liberty,
// Union, Hope, Commerce, Welcome) and cities abroad sometimes are (Hue, Natal, Praia, Recife, La Paz, General Santos).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreInterpreterWave`.
// Decisions: every word of a person's name is planted as its own part (given names, Vietnamese middle names, Somali
// father's and grandfather's names, Russian patronymics, Nepali 'Bahadur' and 'Kumari', each of two Spanish surnames),
// a multi-word surname ('Dela Cruz', 'Jean-Baptiste', 'Al-Tamimi') is one part; a middle initial, a title ('Mr.',
// 'Dr.', 'Sra.') and a credential ('RN', 'CHI-Spanish', 'CMI', 'CHW', 'CI/CT', 'LCSW') are not planted; a nickname in
// quotes is planted; a clerk's initials are planted; the interpreter's first name alone is planted; a relation without
// a name, a role without a name ('the interpreter', 'the caseworker') and an age of 89 or under are kept; a national
// interpreter vendor, a national agency or body named alone ('LanguageLine', 'CyraCom', 'Propio', 'IRC', 'HIAS', 'IOM',
// 'UNHCR', 'CCHI') is kept, while a local interpreting agency, a local resettlement office, a clinic, a hospital at
// home or abroad, a county health department, a school, an employer, a market or restaurant, a mosque, church or
// temple and a law firm are planted whole with their kind words ('Bridges Interpreting Group', 'Lowell Refugee
// Services', 'Clínica Esperanza', 'Masjid Al-Huda', 'Ramsey County Health Department'); a town at home, a city or
// town abroad and a refugee camp's name ('Kakuma') are planted, a country, a US state, a region, a language, a
// nationality and an ethnic group are kept; a street address is planted from its number to its street type with its
// apartment when written after it; a ZIP is planted; a weekday naming one day is planted, a standing schedule
// ('Monday through Friday') is kept; a Spanish or Portuguese date is planted as written from its weekday or day to its
// month; an assigned birth date ('01/01/1978') is planted like any other; a month with a year is planted; a holiday
// that fixes a day is planted; the time next to a date is kept, and so are durations and interpreter minutes; the
// interpreter's id, badge and certification or licence numbers, the vendor's session id and call reference, a
// booking confirmation, ticket, complaint, invoice, translation request and work order number, a cart's asset tag and
// a VRI endpoint's IP address, MRNs, encounter numbers, Medicaid, member, SNAP, WIC, application, trip and merge
// numbers, A-numbers, I-94 numbers, resettlement and UNHCR case numbers, passports, USCIS receipts, SSNs, a patient
// number at a hospital abroad and a vehicle's plate are planted; a phone's leading '(' need not be covered, a phone
// abroad is planted whole with its country code; e-mails and URLs are planted whole; ages over 89 are planted as their
// number. Kept (look-alikes): languages and dialects (Somali, Maay Maay, Haitian Creole, Cantonese, Dari, Karen, Mam,
// K'iche', Kriolu, ASL), nationalities, demonyms and ethnic groups (Congolese, Afghan, Bhutanese, Lhotshampa, Rohingya,
// Somali Bantu, Hmong), countries, regions and states (with Jordan and Georgia, which are also names), generic services
// and modes ('the phone line', 'video remote interpreting', 'VRI cart', 'OPI', 'dual-handset phone', 'qualified
// bilingual staff', 'sight translation'), national vendors and bodies, forms, laws and standards (DS-2054, I-693, I-94,
// Title VI, Section 1557, CLAS, LEP), codes and scores (HCPCS T1013, Z60.3, ISO 639-3 codes, ILR levels, RHS-15,
// PHQ-9, MoCA, teach-back counts), refugee screening terms, eponyms, drugs and brands, lab values, generic places (the
// refugee clinic, the mosque, the resettlement agency, a refugee camp, the border), relations and roles without names,
// ages of 89 and under, years alone, and everyday words that are also names or towns (hope, hue, son, sang, lovely).
// Measured before rules: 0.829 recall on seeds 5, 11, 23 (4543/5478), 0.828 on fresh seeds 41, 42, 43 (4546/5493); 5/132
// look-alikes touched ("Maay Maay", "Dari", "Karen", "Jordan", "Monday through Friday") (engine at d652ed8).
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as np } from '@faker-js/faker/locale/en_NP';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as sn } from '@faker-js/faker/locale/fr_SN';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as pt } from '@faker-js/faker/locale/pt_PT';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, mx, vi, np, br, pt, fr, sn, gh];

/** Staff given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Charity', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Precious', 'Blessing', 'Lucky', 'Ginger', 'Honey', 'Major', 'Penny', 'Jordan', 'Georgia'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Street', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Speaker', 'Reader', 'Teller', 'English'];

type Lang = 'Spanish' | 'Vietnamese' | 'Somali' | 'Arabic' | 'Haitian Creole' | 'Mandarin' | 'Russian' | 'Tagalog' | 'Nepali' | 'Portuguese';
const LANGS: readonly Lang[] = ['Spanish', 'Spanish', 'Vietnamese', 'Somali', 'Arabic', 'Haitian Creole', 'Mandarin', 'Russian', 'Tagalog', 'Nepali', 'Portuguese'];
/** Other languages a note names in passing (kept). */
const OTHER_LANGS = ['Cantonese', 'Dari', 'Pashto', 'Kinyarwanda', 'Swahili', 'Karen', 'Burmese', 'Tigrinya', 'Amharic', 'Ukrainian', 'French', 'Maay Maay', 'Mam', "K'iche'", 'Oromo', 'Kirundi'];

/** Given names and surnames by language: everyday words in the language first, then common names. */
const ES_GIVEN = ['Esperanza', 'Luz', 'Rocío', 'Dolores', 'Consuelo', 'Socorro', 'Amparo', 'Soledad', 'Milagros', 'Rosario', 'Pilar', 'Blanca', 'Cielo', 'Reina', 'Estrella', 'Paloma', 'Alegría', 'Ángel', 'Jesús', 'Pastor', 'Modesto', 'Fidel', 'Santos', 'Guadalupe', 'Yesenia', 'Maricela', 'Juan', 'José', 'Francisco', 'Marisol', 'Nayeli', 'Wilmer', 'Yoselin'];
const ES_SUR = ['Flores', 'Campos', 'Ramos', 'Cruz', 'Luna', 'Vega', 'Ríos', 'Montes', 'Toro', 'Delgado', 'Moreno', 'Blanco', 'Rubio', 'León', 'Lobo', 'Iglesias', 'Castillo', 'Guerra', 'Soto', 'Salinas', 'Mesa', 'Fuentes', 'Sierra', 'Cordero', 'Peña', 'Palacios', 'Hernández', 'García', 'López', 'Martínez', 'Ramírez', 'Orellana', 'Tzoc', 'Xicay', 'Ajú', 'Choc'];
const VI_SUR = ['Nguyen', 'Nguyễn', 'Tran', 'Trần', 'Le', 'Lê', 'Pham', 'Phạm', 'Hoang', 'Huynh', 'Vo', 'Võ', 'Dang', 'Bui', 'Do', 'Đỗ', 'Ngo', 'Duong', 'Dinh', 'Truong', 'Phan', 'Lam', 'Mai', 'Cao'];
const VI_MID = ['Thi', 'Thị', 'Van', 'Văn', 'Duc', 'Ngoc', 'Minh', 'Thanh', 'Quoc', 'Huu', 'Kim', 'Xuan'];
const VI_GIVEN = ['Lan', 'Hoa', 'Mai', 'Linh', 'Hung', 'Binh', 'Minh', 'Tam', 'Phuc', 'Thu', 'Xuan', 'Hai', 'Nam', 'Son', 'Dung', 'Trung', 'Tuan', 'Vy', 'Hanh', 'Hue', 'Long', 'Thao', 'Hien', 'Khoa', 'Phuong', 'Quang', 'Tien', 'Sang', 'Nhung', 'Loan', 'Cuc', 'Bao', 'Thuy', 'Huong', 'Yen'];
/** Somali given names, the women's first (up to Sucaad). */
const SO_GIVEN = ['Hodan', 'Ayaan', 'Ladan', 'Faduma', 'Hamdi', 'Nimco', 'Farhiya', 'Sahra', 'Hibo', 'Ubah', 'Hawa', 'Deeqa', 'Ilhan', 'Nasra', 'Sagal', 'Idil', 'Ifrah', 'Khadra', 'Sucaad', 'Abdi', 'Abdirahman', 'Abdullahi', 'Mohamed', 'Mohamud', 'Guled', 'Barkhad', 'Warsame', 'Yusuf', 'Liban', 'Bashir', 'Mukhtar', 'Khalif', 'Sharmarke'];
const SO_MALE = ['Abdi', 'Mohamed', 'Mohamud', 'Hassan', 'Ali', 'Warsame', 'Farah', 'Jama', 'Osman', 'Yusuf', 'Aden', 'Dahir', 'Egal', 'Elmi', 'Hersi', 'Ismail', 'Nur', 'Omar', 'Samatar', 'Shire', 'Duale', 'Guled', 'Qasim', 'Abdullahi', 'Ibrahim', 'Hussein', 'Gedi', 'Mire', 'Noor', 'Adan', 'Isse'];
const AR_GIVEN = ['Amal', 'Noor', 'Salam', 'Farah', 'Huda', 'Iman', 'Sabah', 'Hana', 'Jamil', 'Karim', 'Said', 'Nasser', 'Rami', 'Salma', 'Layla', 'Samir', 'Rana', 'Basma', 'Wafa', 'Ahlam', 'Mohammed', 'Muhammad', 'Ahmad', 'Omar', 'Yousef', 'Khaled', 'Mustafa', 'Fatima', 'Zainab', 'Maryam', 'Rasha', 'Hala', 'Abdulrahman', 'Ghassan', 'Fadi', 'Tariq', 'Bassam', 'Amir', 'Malik', 'Hadi'];
const AR_SUR = ['Haddad', 'Najjar', 'Khoury', 'Saleh', 'Mansour', 'Hakim', 'Sabbagh', 'Khalil', 'Darwish', 'Hamdan', 'Aziz', 'Karam', 'Salem', 'Farouk', 'Homsi', 'Halabi', 'Masri', 'Baghdadi', 'Shami', 'Hijazi', 'Jaber', 'Qassem', 'Abboud', 'Awad', 'Hariri', 'Issa', 'Jabbour', 'Nassar', 'Obeid', 'Yassin', 'Zaki', 'Al-Jabouri', 'Al-Obaidi', 'Al-Tamimi', 'Al-Khatib', 'Al-Saadi', 'Al-Rubaie', 'Al-Hashimi', 'Al-Amiri', 'al-Dulaimi', 'El-Sayed'];
const HT_GIVEN = ['Dieula', 'Jude', 'Mackenson', 'Wisly', 'Lovely', 'Nadège', 'Fabiola', 'Guerline', 'Widline', 'Espérance', 'Mérité', 'Dieufort', 'Fortuné', 'Bernadin', 'Wilner', 'Ketly', 'Mirlande', 'Rose-Marie', 'Marie-Ange', 'Jean-Robert', 'Jean-Claude', 'Marie-Carmel', 'Roseline', 'Frantz', 'Yves', 'Daphney', 'Islande', 'Fedner', 'Lovens', 'Woodly', 'Beauty', 'Merci', 'Junior'];
const HT_SUR = ['Pierre', 'Joseph', 'Jean-Baptiste', 'Louis', 'Charles', 'Désir', 'Fleurant', 'Jolicoeur', 'Bienaimé', 'Dorvil', 'Exantus', 'Saint-Fleur', 'Toussaint', 'Noël', 'Fortune', 'Merilus', 'Valcourt', 'Delva', 'Étienne', 'Augustin', 'Lafleur', 'Lamour', 'Derisma', 'Dieujuste', 'Célestin', 'Thermidor', 'Saintil', 'Jeune', 'Petit-Frère', 'Bellegarde', 'Cadet', 'Jacques'];
const ZH_SUR = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Guo', 'He', 'Lin', 'Gao', 'Luo', 'Song', 'Zheng', 'Liang', 'Xie', 'Tang', 'Han', 'Feng', 'Cao', 'Deng', 'Long', 'Fan', 'Bai', 'Jin', 'Fang'];
const ZH_GIVEN = ['Wei', 'Jing', 'Ming', 'Hua', 'Mei', 'Lei', 'Fang', 'Xin', 'Yan', 'Ping', 'Jun', 'Chun', 'Xiaoming', 'Jianguo', 'Meiling', 'Yuhang', 'Xiuying', 'Guiying', 'Zihan', 'Haoran', 'Yuxuan', 'Qiang', 'Lili', 'Jie', 'Hong', 'Min', 'Tao', 'Ning', 'Rui', 'Xiaoyan', 'Shufen'];
/** English names Mandarin speakers go by, many of them everyday words. */
const ZH_ENGLISH = ['Kevin', 'Amy', 'Grace', 'Jack', 'Sunny', 'Lucky', 'Cherry', 'Apple', 'Candy', 'Coco', 'Tiger', 'Echo', 'Winter', 'Vivian', 'Eric'];
const RU_GIVEN_F = ['Vera', 'Nadezhda', 'Lyubov', 'Olga', 'Svetlana', 'Tatiana', 'Irina', 'Natalia', 'Galina', 'Lyudmila', 'Yelena', 'Zlata', 'Valentina', 'Raisa', 'Oksana', 'Zoya', 'Alla', 'Inna'];
const RU_GIVEN_M = ['Igor', 'Boris', 'Ivan', 'Dmitri', 'Lev', 'Bogdan', 'Yaroslav', 'Sergei', 'Vladimir', 'Nikolai', 'Pavel', 'Oleg', 'Yuri', 'Gennady', 'Anatoly', 'Mikhail', 'Viktor'];
const RU_PATRONYMIC_F = ['Ivanovna', 'Petrovna', 'Sergeyevna', 'Nikolaevna', 'Borisovna', 'Vladimirovna', 'Mikhailovna', 'Pavlovna'];
const RU_PATRONYMIC_M = ['Ivanovich', 'Petrovich', 'Sergeyevich', 'Nikolaevich', 'Borisovich', 'Vladimirovich', 'Mikhailovich', 'Pavlovich'];
/** Russian surnames in their masculine form (a woman's adds 'a'); the Ukrainian ones do not change. */
const RU_SUR = ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Petrov', 'Orlov', 'Zaitsev', 'Medvedev', 'Belov', 'Golubev', 'Vinogradov', 'Pavlov'];
const UA_SUR = ['Bondarenko', 'Shevchenko', 'Kovalenko', 'Melnyk', 'Tkachenko', 'Kravchuk', 'Hrytsenko'];
const TL_GIVEN = ['Ligaya', 'Mahal', 'Tala', 'Dalisay', 'Liwayway', 'Marites', 'Jocelyn', 'Rodrigo', 'Bong', 'Joy', 'Lovely', 'Precious', 'Divina', 'Princess', 'Bituin', 'Luningning', 'Mayumi', 'Dangal', 'Maricel', 'Rowena', 'Arnel', 'Jun', 'Honey', 'Rey', 'Edgardo', 'Corazon', 'Remedios', 'Perla', 'Jhun'];
const TL_SUR = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Mendoza', 'Dela Cruz', 'De Guzman', 'Delos Santos', 'Villanueva', 'Aquino', 'Castillo', 'Mercado', 'Magbanua', 'Dimaculangan', 'Macapagal', 'Lacson', 'Panganiban', 'Salonga', 'Dizon', 'Manalo', 'Manalastas', 'Lualhati', 'Malaya', 'Maganda', 'Mabini', 'Bayani', 'Tolentino', 'Navarro', 'Pascual', 'Soriano', 'Galang', 'Sison'];
/** Nicknames Filipino and Vietnamese speakers go by. */
const TL_NICKNAMES = ['Bong', 'Jun-Jun', 'Boy', 'Baby', 'Nene', 'Dodong', 'Inday', 'Ging', 'Pinky', 'Bing', 'Toto', 'Girlie'];
const VI_NICKNAMES = ['Bé', 'Út', 'Tí', 'Bông', 'Mít', 'Cún', 'Bi', 'Su', 'Tèo', 'Heo'];
/** Russian given names with the diminutives their bearers go by. */
const RU_DIMINUTIVES: readonly (readonly [string, string, boolean])[] = [
  ['Svetlana', 'Sveta', true], ['Tatiana', 'Tanya', true], ['Olga', 'Olya', true], ['Galina', 'Galya', true], ['Nadezhda', 'Nadya', true], ['Lyubov', 'Lyuba', true],
  ['Natalia', 'Natasha', true], ['Yelena', 'Lena', true], ['Lyudmila', 'Lyuda', true], ['Valentina', 'Valya', true], ['Boris', 'Borya', false], ['Ivan', 'Vanya', false],
  ['Dmitri', 'Dima', false], ['Sergei', 'Seryozha', false], ['Nikolai', 'Kolya', false], ['Pavel', 'Pasha', false], ['Mikhail', 'Misha', false],
  ['Vladimir', 'Volodya', false], ['Anatoly', 'Tolya', false], ['Yuri', 'Yura', false],
];
const NE_GIVEN_F = ['Asha', 'Shanti', 'Maya', 'Kamala', 'Laxmi', 'Sita', 'Anjali', 'Sunita', 'Tika', 'Gita', 'Durga', 'Ganga', 'Mina', 'Devi', 'Pemba', 'Nima'];
const NE_GIVEN_M = ['Ram', 'Bikash', 'Dil', 'Bir', 'Prem', 'Sagar', 'Suraj', 'Hari', 'Krishna', 'Chandra', 'Purna', 'Man', 'Bhim', 'Tek', 'Kiran', 'Dawa'];
const NE_GIVEN = [...NE_GIVEN_F, ...NE_GIVEN_M];
const NE_MID = ['Bahadur', 'Kumari', 'Prasad', 'Maya', 'Raj', 'Kumar', 'Devi', 'Lal', 'Nath'];
const NE_SUR = ['Sherpa', 'Gurung', 'Tamang', 'Rai', 'Limbu', 'Magar', 'Thapa', 'Shrestha', 'Adhikari', 'Bhandari', 'Poudel', 'Khadka', 'Karki', 'Lama', 'Bhattarai', 'Ghimire', 'Dahal', 'Subedi', 'Pun', 'Rana', 'Basnet', 'Chhetri', 'Mongar', 'Biswa', 'Tiwari', 'Pradhan', 'Dulal', 'Gajmer', 'Darjee'];
const PT_GIVEN = ['Graça', 'Conceição', 'Fátima', 'Dores', 'Glória', 'Vitória', 'Inês', 'João', 'Aparecida', 'Fortunato', 'Branca', 'Célia', 'Jacinto', 'Bento', 'Rosário', 'Benedita', 'Luzia', 'Severino', 'Sebastião', 'Wellington', 'Valdir', 'Edson', 'Cleide', 'Rosângela', 'Djamila', 'Nilton', 'Edmilson', 'Adilson', 'Zeferino'];
const PT_SUR = ['Pereira', 'Oliveira', 'Carvalho', 'Rocha', 'Pinto', 'Coelho', 'Barbosa', 'Ferreira', 'Machado', 'Lobo', 'Costa', 'Silva', 'Santos', 'Ramos', 'Campos', 'Torres', 'Fontes', 'Rosa', 'Leite', 'Pinheiro', 'Mota', 'Monteiro', 'Tavares', 'Gomes', 'Semedo', 'Fortes', 'Andrade', 'Correia', 'Moreira', 'Brandão', 'Cabral', 'Lima', 'Freitas', 'Neves', 'Barros'];

/** Towns at home that are everyday words, and real towns where many languages are spoken. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Garden City', 'Midway', 'Friendship', 'Fairview', 'Surprise', 'Eden', 'Normal', 'Paradise', 'Welcome', 'Harmony', 'Reading', 'Orange', 'Unity', 'Pleasant Hill', 'Golden', 'Sandy', 'Revere', 'Chelsea', 'Homestead', 'Storm Lake'];
const REAL_TOWNS = ['Lewiston', 'Lowell', 'Fall River', 'New Bedford', 'Brockton', 'Framingham', 'St. Cloud', 'Willmar', 'Faribault', 'Clarkston', 'Westminster', 'Garden Grove', 'Falls Church', 'Dearborn', 'Hamtramck', 'Utica', 'Burlington', 'Manchester', 'Bowling Green', 'Fort Wayne', 'Amarillo', 'Boise', 'Twin Falls', 'Owatonna', 'Lancaster', 'Erie', 'Harrisonburg', 'Marshalltown', 'Dodge City', 'Greeley', 'Worthington', 'Immokalee', 'Everett', 'Malden', 'Tukwila', 'SeaTac', 'Hialeah', 'Kent', 'Aurora', 'Quincy'];
const STATES = ['MN', 'ME', 'MA', 'NY', 'OH', 'KY', 'ID', 'WA', 'IA', 'KS', 'TX', 'FL', 'GA', 'MI', 'PA', 'VA', 'CO', 'Minnesota', 'Massachusetts', 'Maine'];
const COUNTY_WORDS = ['Ramsey', 'Hennepin', 'Androscoggin', 'Bristol', 'Kent', 'Franklin', 'Cuyahoga', 'Finney', 'Ford', 'Stearns', 'Kandiyohi', 'DeKalb', 'Polk', 'Marion', 'Douglas', 'Washington', 'Union', 'Lancaster', 'Erie', 'Montgomery', 'Oneida', 'Rice'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Lisbon', 'Bartlett', 'Birch', 'Canal'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Ter', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Rose of Lima'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Children\'s Hospital'];
/** Cities and towns abroad by language (planted), and the countries (kept). */
const CITIES: Readonly<Record<Lang, readonly string[]>> = {
  Spanish: ['Huehuetenango', 'Quetzaltenango', 'San Pedro Sula', 'Tegucigalpa', 'Comayagua', 'San Miguel', 'Usulután', 'Oaxaca', 'Puebla', 'Zacatecas', 'Apatzingán', 'Tapachula', 'Santa Rosa', 'La Paz', 'Cobán', 'Totonicapán', 'Jalapa', 'Maracaibo'],
  Vietnamese: ['Hue', 'Huế', 'Da Nang', 'Hai Phong', 'Can Tho', 'Nha Trang', 'Vinh', 'Bien Hoa', 'Vung Tau', 'Long Xuyen', 'Ca Mau', 'Quang Ngai'],
  Somali: ['Mogadishu', 'Hargeisa', 'Kismayo', 'Baidoa', 'Beledweyne', 'Bosaso', 'Galkayo', 'Jowhar', 'Burao', 'Afgooye', 'Garissa'],
  Arabic: ['Aleppo', 'Homs', 'Daraa', 'Damascus', 'Raqqa', 'Idlib', 'Hama', 'Mosul', 'Basra', 'Baghdad', 'Irbid', 'Mafraq', 'Sanaa', 'Taiz', 'Khartoum'],
  'Haitian Creole': ['Port-au-Prince', 'Jacmel', 'Cap-Haïtien', 'Les Cayes', 'Hinche', 'Gonaïves', 'Mirebalais', 'Jérémie', 'Saint-Marc', 'Léogâne', 'Petit-Goâve', 'Croix-des-Bouquets'],
  Mandarin: ['Fuzhou', 'Changle', 'Taishan', 'Wenzhou', 'Chengdu', 'Harbin', 'Kunming', 'Tianjin', 'Shenyang', 'Xiamen', 'Nanning', 'Lanzhou'],
  Russian: ['Kharkiv', 'Odesa', 'Minsk', 'Tashkent', 'Bishkek', 'Almaty', 'Yerevan', 'Dnipro', 'Zaporizhzhia', 'Mariupol', 'Bryansk', 'Rostov-on-Don'],
  Tagalog: ['Batangas', 'Pampanga', 'Quezon City', 'Cebu', 'Iloilo', 'Angeles City', 'Dagupan', 'Tarlac', 'Cavite', 'Laguna', 'Naga', 'Bacolod', 'General Santos'],
  Nepali: ['Damak', 'Biratnagar', 'Pokhara', 'Jhapa', 'Itahari', 'Dharan', 'Birtamod', 'Butwal', 'Kathmandu', 'Lalitpur', 'Bhaktapur', 'Ilam'],
  Portuguese: ['Praia', 'Mindelo', 'Recife', 'Natal', 'Salvador', 'Belo Horizonte', 'Governador Valadares', 'Ipatinga', 'Ponta Delgada', 'Criciúma', 'Goiânia', 'Luanda'],
};
const AR_CITIES: readonly (readonly [string, string])[] = [['Aleppo', 'Syria'], ['Homs', 'Syria'], ['Daraa', 'Syria'], ['Hama', 'Syria'], ['Mosul', 'Iraq'], ['Basra', 'Iraq'], ['Baghdad', 'Iraq'], ['Kirkuk', 'Iraq'], ['Irbid', 'Jordan'], ['Sanaa', 'Yemen'], ['Taiz', 'Yemen'], ['Khartoum', 'Sudan'], ['Omdurman', 'Sudan']];
const COUNTRIES: Readonly<Record<Lang, readonly string[]>> = {
  Spanish: ['Guatemala', 'Honduras', 'El Salvador', 'Mexico', 'Venezuela'], Vietnamese: ['Vietnam'], Somali: ['Somalia', 'Kenya', 'Ethiopia'],
  Arabic: ['Syria', 'Iraq', 'Jordan', 'Sudan', 'Yemen'], 'Haitian Creole': ['Haiti'], Mandarin: ['China', 'Taiwan'],
  Russian: ['Ukraine', 'Belarus', 'Uzbekistan', 'Kyrgyzstan', 'Moldova'], Tagalog: ['the Philippines'], Nepali: ['Bhutan', 'Nepal'],
  Portuguese: ['Brazil', 'Cape Verde', 'Angola', 'the Azores'],
};
const SO_FEMALE = SO_GIVEN.slice(0, SO_GIVEN.indexOf('Sucaad') + 1);
/** Refugee camps and settlements (planted by their names), a town of birth (planted) and its country (kept). */
const CAMP_HISTORIES: readonly (readonly [string, string, string])[] = [
  ['Kakuma', 'Bor', 'South Sudan'], ['Kakuma', 'Mogadishu', 'Somalia'], ['Dadaab', 'Kismayo', 'Somalia'], ['Hagadera', 'Baidoa', 'Somalia'], ['Dagahaley', 'Jilib', 'Somalia'],
  ['Zaatari', 'Daraa', 'Syria'], ['Azraq', 'Homs', 'Syria'], ['Beldangi', 'Samtse', 'Bhutan'], ['Sanischare', 'Sarpang', 'Bhutan'], ['Goldhap', 'Tsirang', 'Bhutan'],
  ['Timai', 'Dagana', 'Bhutan'], ['Nyarugusu', 'Uvira', 'the Democratic Republic of the Congo'], ['Nakivale', 'Bukavu', 'the Democratic Republic of the Congo'],
  ['Kyangwali', 'Bunia', 'the Democratic Republic of the Congo'], ['Mtendeli', 'Makamba', 'Burundi'], ['Mae La', 'Hpa-an', 'Myanmar'], ['Nu Po', 'Myawaddy', 'Myanmar'],
  ['Kutupalong', 'Maungdaw', 'Myanmar'], ['Shimelba', 'Adi Quala', 'Eritrea'], ['Mai Aini', 'Mendefera', 'Eritrea'],
];
/** Cities where overseas exams and vaccines are given (planted). */
const EXAM_CITIES = ['Nairobi', 'Kampala', 'Amman', 'Kathmandu', 'Damak', 'Bangkok', 'Kuala Lumpur', 'Addis Ababa', 'Dar es Salaam', 'Beirut', 'Istanbul', 'Mae Sot', 'Kigali', 'Cairo'];
const AGENCY_WORDS = ['Bridges', 'Common Ground', 'Open Door', 'Harbor', 'Crossroads', 'Keystone', 'True North', 'Compass', 'Northstar', 'Lighthouse', 'Cornerstone', 'Pathways', 'Many Voices', 'Tapestry', 'Mosaic', 'Babel', 'Good Neighbor'];
const ES_WORDS = ['Esperanza', 'La Luz', 'del Pueblo', 'Santa Rosa', 'Guadalupe', 'San Rafael', 'Buena Vida', 'La Familia', 'El Sol'];
const MOSQUES = ['Al-Nur', 'Al-Huda', 'Al-Iman', 'Abubakar As-Saddique', 'Al-Taqwa', 'Dar Al-Hijrah', 'Al-Rahma', 'Al-Ansar'];
const TEMPLES = ['Phật Quang', 'Hoa Nghiêm', 'Từ Quang', 'Bảo Quang', 'Pho Hien', 'Quan Am'];
/** National vendors and bodies named alone (kept). */
const VENDORS = ['LanguageLine', 'CyraCom', 'Propio', 'Stratus', 'GLOBO', 'AMN Language Services', 'Certified Languages International'];
const NATIONAL_AGENCIES = ['IRC', 'HIAS', 'USCRI', 'World Relief', 'Catholic Charities', 'Church World Service', 'ECDC'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ES_WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const PT_MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Halloween', "Valentine's Day"];
/** Relations a name follows (without a sex, since the names are drawn without one). */
const RELATIONS = ['cousin', 'friend', 'neighbor', 'sibling', 'relative', 'roommate', 'in-law', 'adult child', 'spouse', 'partner', 'caregiver', 'grandchild'];
const PROCEDURES = ['laparoscopic cholecystectomy', 'cesarean delivery', 'colonoscopy with possible polypectomy', 'left total knee arthroplasty', 'cardiac catheterization', 'bone marrow biopsy', 'lumbar puncture', 'upper endoscopy', 'hysterectomy', 'tonsillectomy'];

/** A person: every name word is planted; `familyFirst` writes the surnames before the given name. */
interface Person {
  readonly given: string;
  readonly middles: readonly string[];
  readonly surs: readonly string[];
  readonly familyFirst: boolean;
}
const written = (p: Person): string => (p.familyFirst ? [...p.surs, ...p.middles, p.given] : [p.given, ...p.middles, ...p.surs]).join(' ');
const listed = (p: Person): string => `${p.surs.join(' ')}, ${[p.given, ...p.middles].join(' ')}`;
const nameParts = (p: Person): string[] => [p.given, ...p.middles, ...p.surs];
/** A faker name's first word of two letters or more (faker given names may carry a second name). */
const firstWord = (s: string): string => s.split(/\s/).find((w) => /^\p{Lu}/u.test(w) && w.length > 1) ?? s.split(/\s/)[0]!;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  lang(): Lang {
    return this.pick(LANGS);
  }
  otherLang(): string {
    return this.pick(OTHER_LANGS);
  }
  vendor(): string {
    return this.pick(VENDORS);
  }
  country(lang: Lang): string {
    return this.pick(COUNTRIES[lang]);
  }
  cityAbroad(lang: Lang): string {
    return this.pick(CITIES[lang]);
  }
  /** A person with a name of the language's. */
  person(lang: Lang = this.lang()): Person {
    const r = this.r();
    switch (lang) {
      case 'Spanish': {
        const g = r < 0.35 ? firstWord(mx.person.firstName()) : this.pick(ES_GIVEN);
        const s1 = this.r() < 0.3 ? firstWord(mx.person.lastName()) : this.pick(ES_SUR);
        return { given: g, middles: [], surs: this.r() < 0.5 ? [s1, this.pick(ES_SUR)] : [s1], familyFirst: false };
      }
      case 'Vietnamese': {
        if (r < 0.35) {
          const [m, g] = vi.person.firstName().split(/\s/);
          return { given: g ?? m!, middles: g ? [m!] : [], surs: [vi.person.lastName()], familyFirst: this.r() < 0.6 };
        }
        return { given: this.pick(VI_GIVEN), middles: this.r() < 0.7 ? [this.pick(VI_MID)] : [], surs: [this.pick(VI_SUR)], familyFirst: this.r() < 0.5 };
      }
      case 'Somali':
        return { given: this.pick(SO_GIVEN), middles: this.r() < 0.6 ? [this.pick(SO_MALE)] : [], surs: [this.pick(SO_MALE)], familyFirst: false };
      case 'Arabic':
        return { given: this.pick(AR_GIVEN), middles: [], surs: [this.pick(AR_SUR)], familyFirst: false };
      case 'Haitian Creole':
        return { given: r < 0.25 ? firstWord(fr.person.firstName()) : this.pick(HT_GIVEN), middles: [], surs: [this.pick(HT_SUR)], familyFirst: false };
      case 'Mandarin':
        return { given: this.pick(ZH_GIVEN), middles: [], surs: [this.pick(ZH_SUR)], familyFirst: r < 0.5 };
      case 'Russian': {
        const f = this.r() < 0.5;
        const s = this.r() < 0.25 ? this.pick(UA_SUR) : `${this.pick(RU_SUR)}${f ? 'a' : ''}`;
        const pat = r < 0.35 ? [this.pick(f ? RU_PATRONYMIC_F : RU_PATRONYMIC_M)] : [];
        return { given: this.pick(f ? RU_GIVEN_F : RU_GIVEN_M), middles: pat, surs: [s], familyFirst: false };
      }
      case 'Tagalog':
        return { given: this.pick(TL_GIVEN), middles: [], surs: [this.pick(TL_SUR)], familyFirst: false };
      case 'Nepali': {
        const g = r < 0.4 ? firstWord(np.person.firstName()) : this.pick(NE_GIVEN);
        const s = this.r() < 0.4 ? firstWord(np.person.lastName()) : this.pick(NE_SUR);
        return { given: g, middles: this.r() < 0.35 ? [this.pick(NE_MID)] : [], surs: [s], familyFirst: false };
      }
      case 'Portuguese': {
        const g = r < 0.35 ? firstWord(this.pick([br, pt]).person.firstName()) : this.pick(PT_GIVEN);
        const s1 = this.r() < 0.35 ? firstWord(this.pick([br, pt]).person.lastName()) : this.pick(PT_SUR);
        return { given: g, middles: [], surs: this.r() < 0.4 ? [this.pick(PT_SUR), s1] : [s1], familyFirst: false };
      }
    }
  }
  /** A given name alone, of the language's. */
  givenIn(lang: Lang = this.lang()): string {
    return this.person(lang).given;
  }
  /** A staff member's name written three ways, with its parts. */
  staff(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Lowell' ? 'Lewiston' : 'Lowell';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  campHistory(): readonly [string, string, string] {
    return this.pick(CAMP_HISTORIES);
  }
  examCity(): string {
    return this.pick(EXAM_CITIES);
  }
  /** A local interpreting agency. */
  agency(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(AGENCY_WORDS)} Interpreting Group`;
    if (k === 1) return `${this.town()} Language Services`;
    if (k === 2) return `${this.pick(AGENCY_WORDS)} Language Partners, LLC`;
    if (k === 3) return `${this.sur()} Translation & Interpreting`;
    return `Voices of ${this.town()} Interpreters`;
  }
  /** A local resettlement office. */
  resettlement(): string {
    const t = this.town();
    const k = this.int(0, 4);
    if (k === 0) return `${t} Refugee Services`;
    if (k === 1) return `${t} Immigrant & Refugee Center`;
    if (k === 2) return `Lutheran Social Services of ${t}`;
    if (k === 3) return `${t} Area Refugee Alliance`;
    return `New Neighbors of ${t}`;
  }
  clinic(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Family Health Center`;
    if (k === 1) return `${this.town()} Refugee Health Clinic`;
    if (k === 2) return `Clínica ${this.pick(ES_WORDS)}`;
    if (k === 3) return `${this.town()} Community Health Center`;
    if (k === 4) return `Casa ${this.pick(ES_WORDS)} Health Center`;
    return `St. ${this.pick(SAINTS)}'s Clinic`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A hospital abroad by its city (the hospital is planted whole). */
  hospitalAbroad(lang: Lang): string {
    const c = this.cityAbroad(lang);
    const k = this.int(0, 3);
    if (k === 0) return `${c} General Hospital`;
    if (k === 1) return lang === 'Spanish' ? `Hospital Regional de ${c}` : lang === 'Portuguese' ? `Hospital Municipal de ${c}` : `${c} Central Hospital`;
    if (k === 2) return `${c} Teaching Hospital`;
    return `${c} Provincial Hospital`;
  }
  /** A market, restaurant or store where a community health worker meets a patient. */
  business(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.pick(SO_MALE)} Halal Market`;
    if (k === 1) return `Pho ${this.pick(CITIES.Vietnamese)} Restaurant`;
    if (k === 2) return `Mercado ${this.pick(ES_WORDS)}`;
    if (k === 3) return `${this.pick(TL_SUR)} Filipino Store`;
    if (k === 4) return `Everest ${this.pick(['Grocery', 'Spice Store', 'Momo House'])}`;
    return `${this.pick(['Ti Kay', 'Lakay', 'Bon Gou'])} Kreyòl Restaurant`;
  }
  worship(): string {
    const k = this.int(0, 4);
    if (k === 0) return `Masjid ${this.pick(MOSQUES)}`;
    if (k === 1) return `Chùa ${this.pick(TEMPLES)}`;
    if (k === 2) return `Iglesia ${this.pick(['Pentecostal', 'Bautista', 'Cristiana'])} ${this.pick(['Monte Sion', 'Getsemaní', 'Roca de Salvación', 'El Buen Pastor'])}`;
    if (k === 3) return `Église Baptiste ${this.pick(['Bethel', 'Shalom', 'Bon Berger', 'Emmanuel'])}`;
    return `St. ${this.pick(SAINTS)} Catholic Church`;
  }
  school(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(STREET_WORDS)} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    return `${this.town()} High School`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Poultry`;
    if (k === 1) return `${this.pick(['Prairie', 'Valley', 'Heartland', 'Riverbend'])} Meats`;
    if (k === 2) return `${this.sur()} Cleaning Services`;
    return `${this.town()} Hotel & Suites`;
  }
  lawFirm(): string {
    const a = this.sur();
    const b = this.sur();
    return this.r() < 0.5 ? `${a} & ${b} Immigration Law` : `Law Office of ${this.given()} ${a}`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its apartment, written the ways registration clerks write them. */
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B', 'C'])}`;
    if (a === 1) return `${st} #${this.int(101, 420)}`;
    if (a === 2) return `${st}, Unit ${this.int(1, 24)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** dd/mm/yyyy, as records from abroad write it (a day past the 12th, so it reads one way). */
  dateAbroad(): string {
    return `${pad2(this.int(13, 28))}/${pad2(this.int(1, 12))}/${this.year()}`;
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** 'martes 4 de marzo' or '4 de marzo'. */
  spanishDate(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? `${this.pick(ES_WEEKDAYS)} ` : ''}${d} de ${ES_MONTHS[m - 1]!}`;
  }
  portugueseDate(): string {
    const [m, d] = this.md();
    return `${d} de ${PT_MONTHS[m - 1]!}${this.r() < 0.4 ? ` de ${this.year()}` : ''}`;
  }
  dob(lo = 1940, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  /** The 1 January birth date assigned when none is known. */
  assignedDob(lo = 1938, hi = 2015): string {
    const y = this.int(lo, hi);
    return this.pick([`01/01/${y}`, `1/1/${y}`, `1 Jan ${y}`, `${y}-01-01`]);
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  csn(): string {
    return this.digitString(10);
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  /** A phone in the country of the language, with its country code. */
  phoneAbroad(lang: Lang): string {
    const D = (n: number) => this.anyDigits(n);
    switch (lang) {
      case 'Spanish': return this.pick([`+502 ${D(4)} ${D(4)}`, `+504 ${D(4)}-${D(4)}`, `+52 1 ${D(3)} ${D(3)} ${D(4)}`, `+503 7${D(3)} ${D(4)}`]);
      case 'Vietnamese': return `+84 ${this.pick(['90', '91', '93', '98'])} ${D(3)} ${D(4)}`;
      case 'Somali': return this.pick([`+252 61 ${D(7)}`, `+252 63 ${D(3)} ${D(4)}`, `+254 7${D(2)} ${D(3)} ${D(3)}`]);
      case 'Arabic': return this.pick([`+963 9${D(2)} ${D(3)} ${D(3)}`, `+962 7${this.int(7, 9)} ${D(3)} ${D(4)}`, `+964 7${D(2)} ${D(3)} ${D(4)}`]);
      case 'Haitian Creole': return `+509 ${this.int(3, 4)}${D(3)}-${D(4)}`;
      case 'Mandarin': return `+86 1${this.pick(['35', '38', '58', '86'])} ${D(4)} ${D(4)}`;
      case 'Russian': return this.pick([`+380 ${D(2)} ${D(3)} ${D(2)} ${D(2)}`, `+7 9${D(2)} ${D(3)}-${D(2)}-${D(2)}`, `+998 9${D(1)} ${D(3)} ${D(2)} ${D(2)}`]);
      case 'Tagalog': return `+63 9${D(2)} ${D(3)} ${D(4)}`;
      case 'Nepali': return this.pick([`+977 98${D(8)}`, `+977-98${D(1)}-${D(7)}`]);
      case 'Portuguese': return this.pick([`+55 ${this.int(11, 99)} 9${D(4)}-${D(4)}`, `+238 9${D(2)} ${D(2)} ${D(2)}`]);
    }
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}health.org`, 'gmail.com', 'yahoo.com', 'hotmail.com', `${asciiLetters(this.pick(AGENCY_WORDS))}interpreting.com`, 'outlook.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(70, 99)}`]);
    return `${local}@${dom}`;
  }
  /** An interpreter's staff or vendor id. */
  interpId(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(4, 6));
    if (k === 1) return this.digitString(this.int(6, 7));
    if (k === 2) return `${this.letters(2)}${this.digitString(4)}`;
    return `${this.digitString(3)}-${this.digitString(3)}`;
  }
  sessionId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `VRI-${this.digitString(8)}`;
    if (k === 1) return this.digitString(10);
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  callRef(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `${this.digitString(6)}-${this.digitString(2)}`;
  }
  asset(): string {
    const k = this.int(0, 2);
    if (k === 0) return `IT-${this.digitString(5)}`;
    if (k === 1) return `A${this.digitString(6)}`;
    return `${this.letters(3)}${this.digitString(6)}`;
  }
  confirmation(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(5)}` : this.digitString(6);
  }
  ticket(): string {
    return this.r() < 0.5 ? `INC${this.digitString(7)}` : this.digitString(6);
  }
  invoice(): string {
    return this.r() < 0.5 ? `INV-${this.digitString(6)}` : this.digitString(7);
  }
  translationReq(): string {
    const k = this.int(0, 2);
    if (k === 0) return `TR-${this.digitString(5)}`;
    if (k === 1) return this.digitString(6);
    return `LS${pad2(this.int(18, 25))}-${this.digitString(4)}`;
  }
  certNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(6);
    if (k === 1) return `${this.digitString(2)}-${this.digitString(4)}`;
    return `CHI-${this.digitString(5)}`;
  }
  licence(): string {
    return `${this.pick(['MI', 'OR', 'WA', 'TX'])}-${this.digitString(5)}`;
  }
  /** An alien registration number: 'A' with eight or nine digits, dashed or not. */
  aNumber(): string {
    const k = this.int(0, 2);
    if (k === 0) return `A${this.digitString(9)}`;
    if (k === 1) return `A-${this.digitString(3)}-${this.anyDigits(3)}-${this.anyDigits(3)}`;
    return `A0${this.digitString(8)}`;
  }
  i94(): string {
    return this.r() < 0.5 ? `${this.digitString(9)}${this.letters(1)}${this.int(0, 9)}` : this.digitString(11);
  }
  /** A resettlement or UNHCR case number. */
  caseNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(3)}-${pad2(this.int(8, 23))}C${this.digitString(5)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}`;
    return this.digitString(8);
  }
  passport(): string {
    return this.r() < 0.5 ? `${this.letters(this.int(1, 2))}${this.digitString(7)}` : `P${this.digitString(8)}`;
  }
  uscisReceipt(): string {
    return `${this.pick(['IOE', 'SRC', 'EAC', 'LIN', 'WAC', 'MSC'])}${this.digitString(10)}`;
  }
  medicaid(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(9, 12));
    if (k === 1) return `${this.letters(2)}${this.digitString(5)}${this.letters(1)}`;
    return `${this.digitString(8)}${this.letters(1)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // interpreter encounter logs
  ['in-person interpreter log header', (d) => {
    const lang = d.lang(); const p = d.person(lang); const i = d.person(lang); const dt = d.date(); const mrn = d.mrn(); const id = d.interpId();
    return [`INTERPRETER SERVICES ENCOUNTER LOG\nDate: ${dt}   Start ${d.time()}   End ${d.time()}\nPatient: ${listed(p)}   MRN ${mrn}\nLanguage: ${lang}   Modality: in person\nInterpreter: ${written(i)} (ID ${id})`, [dt, ...nameParts(p), mrn, ...nameParts(i), id]];
  }],
  ['video remote session and cart asset', (d) => {
    const id = d.interpId(); const ses = d.sessionId(); const a = d.asset();
    return [`VRI via ${d.vendor()} at ${d.time()}: ${d.lang()} interpreter #${id} connected after 40 s; session ID ${ses}. Device: iPad cart, asset tag ${a}.`, [id, ses, a]];
  }],
  ['phone interpreter first name and call reference', (d) => {
    const lang = d.lang(); const g = d.givenIn(lang); const id = d.interpId(); const ref = d.callRef(); const [ph, p] = d.phone();
    return [`OPI: dialed ${ph}; ${lang} interpreter ${g}, ID ${id}, on the line for 14 min. Call reference ${ref}.`, [p, g, id, ref]];
  }],
  ['local agency in-person booking', (d) => {
    const ag = d.agency(); const w = d.weekday(); const md = d.monDay(); const c = d.confirmation(); const [ph, p] = d.phone();
    return [`In-person ${d.lang()} interpreter booked through ${ag} for ${w} ${md} at 0900, confirmation #${c}. Agency line ${ph}.`, [ag, w, md, c, p]];
  }],
  ['interpreter no-show and ticket', (d) => {
    const lang = d.lang(); const i = d.person(lang); const id = d.interpId(); const t = d.ticket();
    return [`Scheduled interpreter ${written(i)} did not arrive. Video remote interpreting used instead (${lang} interpreter ${id}). Interpreter services notified, ticket ${t}.`, [...nameParts(i), id, t]];
  }],
  ['interpreter sign-in row', (d) => {
    const lang = d.lang(); const dt = d.mdy(); const i = d.person(lang); const id = d.interpId(); const ini = d.initials();
    return [`${dt} | ${d.time()} | ${lang} | ${written(i)} | ID ${id} | Rm ${d.int(201, 699)} | ${d.pick(['in person', 'VRI', 'OPI'])} | ${ini}`, [dt, ...nameParts(i), id, ini]];
  }],
  ['family member interpreted after declining', (d) => {
    const lang = d.lang(); const g = d.givenIn(lang); const id = d.interpId();
    return [`Patient declined a professional interpreter and asked that a ${d.relation()}, ${g}, age ${d.int(24, 60)}, interpret. Risks explained first through phone interpreter ${id}; waiver signed.`, [g, id]];
  }],
  ['minor child offered to interpret', (d) => {
    const lang = d.lang(); const g = d.givenIn(lang); const id = d.interpId();
    return [`Pt's ${d.int(8, 15)}-year-old child ${g} offered to interpret; not used per policy. ${lang} interpreter by phone, ID ${id}.`, [g, id]];
  }],
  ['sign language interpreter and videophone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`ASL interpreter ${g} ${s}, CI/CT, present in person. Deaf patient's videophone ${ph}; prefers text for scheduling.`, [g, s, p]];
  }],
  ['bilingual staff tested', (d) => {
    const g = d.given(); const s = d.sur(); const my = d.monthYear();
    return [`Bilingual MA ${g} ${s} (qualified bilingual staff, language proficiency test passed ${my}) assisted in ${d.pick(['Spanish', 'Vietnamese', 'Russian'])} for vitals only.`, [g, s, my]];
  }],
  ['interpreter invoice line', (d) => {
    const dt = d.date(); const inv = d.invoice(); const ag = d.agency();
    return [`HCPCS T1013 x ${d.int(2, 8)} units, ${d.lang()}, DOS ${dt}. Invoice ${inv} from ${ag}; mileage billed separately.`, [dt, inv, ag]];
  }],
  ['dialect complaint logged', (d) => {
    const lang = d.lang(); const g = d.givenIn(lang); const id = d.interpId(); const md = d.slashMd(); const c = d.digitString(6);
    return [`Pt's ${d.relation()} ${g} reported the ${lang} interpreter (ID ${id}) used a different dialect and asked for another. Complaint #${c} logged ${md}.`, [g, id, c, md]];
  }],
  ['VRI endpoint IP and encounter', (d) => {
    const ip = d.ip(); const csn = d.csn(); const ses = d.sessionId();
    return [`VRI audio dropped 3x. Endpoint IP ${ip}, encounter ${csn}, session ${ses}; IT paged, switched to dual-handset phone.`, [ip, csn, ses]];
  }],
  ['interpreter mileage and plate', (d) => {
    const a = d.town(); const b = d.otherTown(a); const pl = d.plate(); const i = d.person(); const dt = d.slashMd();
    return [`Mileage log ${dt}: ${written(i)}, ${d.int(6, 58)} mi round trip ${a} to ${b}, vehicle plate ${pl}.`, [dt, ...nameParts(i), a, b, pl]];
  }],
  ['interpreter credentials', (d) => {
    const i = d.person('Spanish'); const c1 = d.certNo(); const c2 = d.digitString(6);
    return [`Interpreter ${written(i)}, CHI-Spanish (CCHI cert #${c1}), CMI-Spanish (NBCMI #${c2}).`, [...nameParts(i), c1, c2]];
  }],
  ['state interpreter licence and expiry', (d) => {
    const lang = d.lang(); const i = d.person(lang); const lic = d.licence(); const ex = d.mdy();
    return [`${lang} interpreter ${written(i)}: state medical interpreter license ${lic}, expires ${ex}. Badge ${d.interpId()} on file.`, [...nameParts(i), lic, ex]];
  }],
  // language-preference registration forms
  ['language preference form', (d) => {
    const lang = d.lang(); const p = d.person(lang); const dob = d.dob(); const mrn = d.mrn(); const ini = d.initials(); const dt = d.mdy();
    return [`LANGUAGE PREFERENCE / COMMUNICATION NEEDS\nName: ${listed(p)}\nDOB: ${dob}   MRN: ${mrn}\nPreferred spoken language: ${lang}\nPreferred written language: ${d.pick([lang, 'English', 'none (does not read)'])}\nOther languages: ${d.otherLang()}\nInterpreter needed: Yes\nCompleted by: ${ini}   Date: ${dt}`, [...nameParts(p), dob, mrn, ini, dt]];
  }],
  ['registration address and phones', (d) => {
    const lang = d.lang(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const ab = d.phoneAbroad(lang);
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nHome: ${ph}   Cell (WhatsApp): ${ab}`, [st, t, z, p, ab]];
  }],
  ['emergency contact speaks language only', (d) => {
    const lang = d.lang(); const c = d.person(lang); const [ph, p] = d.phone();
    return [`Emergency contact: ${written(c)} (${d.relation()}), speaks ${lang} only, ${ph}.`, [...nameParts(c), p]];
  }],
  ['language updated with clerk', (d) => {
    const lang = d.lang(); const dt = d.date(); const g = d.given(); const s = d.sur(); const dt2 = d.monDay();
    return [`Preferred language changed from English to ${lang} on ${dt} by registration clerk ${g} ${s}; visit of ${dt2} was done without an interpreter.`, [dt, g, s, dt2]];
  }],
  ['alternate format mailing', (d) => {
    const lang = d.lang(); const st = d.street(); const t = d.town(); const z = d.zip(); const g = d.givenIn(lang);
    return [`Requests large-print ${lang} materials mailed to ${st}, ${t} ${z}; calls go to ${d.relation()} ${g}.`, [st, t, z, g]];
  }],
  ['portal language and proxy e-mail', (d) => {
    const lang = d.lang(); const p = d.person(lang); const em = d.email(p.given, p.surs[0]!);
    return [`Portal language set to ${lang}. Proxy access granted to ${d.relation()} ${written(p)}, e-mail ${em}.`, [...nameParts(p), em]];
  }],
  ['insurance and SSN at registration', (d) => {
    const mcd = d.medicaid(); const ssn = d.ssn(); const mem = `${d.letters(3)}${d.digitString(8)}`;
    return [`Medicaid ID ${mcd}; managed care plan member ID ${mem}. SSN ${ssn} (card seen). Interpreter flag added to the banner.`, [mcd, mem, ssn]];
  }],
  // consent discussions through interpreters
  ['surgical consent through in-person interpreter', (d) => {
    const lang = d.lang(); const i = d.person(lang); const id = d.interpId(); const wg = d.given(); const ws = d.sur(); const dt = d.date();
    return [`Informed consent for ${d.pick(PROCEDURES)} obtained in ${lang} through in-person interpreter ${written(i)} (#${id}); teach-back done. Witness: ${wg} ${ws}, RN. ${dt} ${d.time()}.`, [...nameParts(i), id, wg, ws, dt]];
  }],
  ['interpreter attestation', (d) => {
    const lang = d.lang(); const i = d.person(lang); const id = d.interpId(); const dt = d.mdy();
    return [`INTERPRETER ATTESTATION\nI, ${written(i)}, interpreted the above consent into ${lang} accurately and completely.\nInterpreter ID: ${id}   Date: ${dt}   Time: ${d.time()}`, [...nameParts(i), id, dt]];
  }],
  ['transfusion consent by phone with surrogate', (d) => {
    const lang = d.lang(); const c = d.person(lang); const [ph, p] = d.phone(); const id = d.interpId(); const wg = d.given(); const ws = d.sur();
    return [`Consent for transfusion obtained by phone from ${d.relation()} ${written(c)} (health care agent) at ${ph}; ${d.vendor()} ${lang} interpreter ID ${id} on the line. Witnessed by ${wg} ${ws}, RN.`, [...nameParts(c), p, id, wg, ws]];
  }],
  ['family meeting via interpreter', (d) => {
    const lang = d.lang(); const w = d.weekday(); const g1 = d.givenIn(lang); const g2 = d.givenIn(lang); const s = d.sur(); const ig = d.givenIn(lang);
    return [`Family meeting ${w} with the patient's children ${g1} and ${g2}; Dr. ${s} led, ${lang} interpreter ${ig} present in person. Family asks that the diagnosis be shared with them first.`, [w, g1, g2, s, ig]];
  }],
  ['capacity over 89 through interpreter', (d) => {
    const lang = d.lang(); const n = d.ageOver89(); const ig = d.givenIn(lang); const id = d.interpId();
    return [`${n}-year-old ${lang}-speaking ${d.pick(['woman', 'man'])}; capacity assessed through interpreter ${ig} (ID ${id}). Able to state the risks in own words.`, [n, ig, id]];
  }],
  ['anesthesia consent VRI dropped', (d) => {
    const id = d.interpId(); const s = d.sur(); const md = d.slashMd();
    return [`VRI connection dropped twice during anesthesia consent; completed by phone with interpreter #${id}. Dr. ${s} (anesthesia) ${d.time()} ${md}.`, [id, s, md]];
  }],
  ['code status via interpreter', (d) => {
    const lang = d.lang(); const md = d.monDay(); const g = d.givenIn(lang); const i = d.person(lang); const h = d.hospital();
    return [`Code status discussed ${md} with patient and ${d.relation()} ${g} via ${lang} interpreter ${written(i)}; patient chose DNR/DNI. POLST signed, copy faxed to ${h}.`, [md, g, ...nameParts(i), h]];
  }],
  ['spanish after-visit summary date', (d) => {
    const dt = d.spanishDate(); const s = d.sur(); const c = d.clinic(); const [ph, p] = d.phone();
    return [`Su próxima cita es el ${dt} a las 9:00 con la Dra. ${s} en ${c}. Si necesita cambiarla, llame al ${ph}.`, [dt, s, c, p]];
  }],
  // translated-document requests
  ['translation request ticket', (d) => {
    const lang = d.lang(); const tr = d.translationReq(); const g = d.given(); const s = d.sur(); const x = d.ext(); const dt = d.date(); const ag = d.agency();
    return [`TRANSLATION REQUEST #${tr}\nDocument: discharge instructions (3 pages)\nTarget language: ${lang}\nRequested by: ${g} ${s}, RN, ext. ${x}\nDue: ${dt}\nVendor: ${ag}`, [tr, g, s, x, dt, ag]];
  }],
  ['certificate of translation accuracy', (d) => {
    const lang = d.lang(); const t = d.person(lang); const c = d.certNo(); const town = d.town(); const dt = d.date();
    return [`Certificate of Translation Accuracy: I, ${written(t)}, ATA-certified translator (certification no. ${c}), attest that the attached ${lang} translation is complete and accurate. ${town}, ${d.state()}, ${dt}.`, [...nameParts(t), c, town, dt]];
  }],
  ['sight translation and work order', (d) => {
    const lang = d.lang(); const i = d.person(lang); const md = d.slashMd(); const wo = d.digitString(6);
    return [`Medication schedule sight-translated into ${lang} by interpreter ${written(i)} on ${md}; written translation requested, work order ${wo}.`, [...nameParts(i), md, wo]];
  }],
  ['translated letter mailed', (d) => {
    const lang = d.lang(); const dt = d.date(); const p = d.person(lang); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Letter of ${dt} translated into ${lang} and mailed to ${written(p)}, ${st}, ${t}, ${d.state()} ${z}.`, [dt, ...nameParts(p), st, t, z]];
  }],
  ['document faxed to agency', (d) => {
    const ag = d.agency(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Consent form sent to ${ag} for ${d.lang()} translation by fax ${fx}; contact ${g} ${s} at ${em}.`, [ag, p, g, s, em]];
  }],
  ['outside records from abroad translated', (d) => {
    const lang = d.lang(); const h = d.hospitalAbroad(lang); const id = d.digitString(d.int(5, 8)); const dt = d.dateAbroad(); const ag = d.agency();
    return [`Outside records from ${h} (in ${lang}) translated by ${ag}: patient no. ${id}, discharged ${dt} after treatment for pulmonary TB.`, [h, id, dt, ag]];
  }],
  ['portuguese discharge date in records', (d) => {
    const h = d.hospitalAbroad('Portuguese'); const dt = d.portugueseDate(); const s = d.person('Portuguese').surs[0]!;
    return [`Translated summary: "Alta hospitalar em ${dt}, ${h}, Dr. ${s}." Diagnosis listed as hepatitis B.`, [dt, h, s]];
  }],
  ['translated handouts URL', (d) => {
    const t = asciiLetters(d.town()) || 'union'; const l = asciiLetters(d.lang()); const url = d.pick([`https://www.${t}health.org/languages/${l}`, `https://${t}clinic.org/patient-education/${l}.pdf`, `www.${t}refugeehealth.org/${l}`]);
    return [`Translated diabetes handouts are posted at ${url} (printable).`, [url]];
  }],
  // names from many languages
  ['patient with name in full and relation', (d) => {
    const lang = d.lang(); const p = d.person(lang); const g = d.givenIn(lang);
    return [`${written(p)} is a ${d.int(19, 84)} y/o ${lang}-speaking patient seen today with ${d.relation()} ${g}.`, [...nameParts(p), g]];
  }],
  ['vietnamese name order clarified', (d) => {
    const s = d.pick(VI_SUR); const m = d.pick(VI_MID); const g = d.pick(VI_GIVEN); const nick = d.pick(VI_NICKNAMES);
    return [`Name order clarified: family name ${s.toUpperCase()}, middle name ${m}, given name ${g}. Prefers to be called "${nick}".`, [s.toUpperCase(), m, g, nick]];
  }],
  ['alias spelling and merge request', (d) => {
    const g = d.pick(['Mohamed', 'Mohammed', 'Muhammad', 'Abdullahi', 'Abdulahi']); const g2 = d.pick(['Mohamud', 'Maxamuud', 'Mahmoud']); const s = d.pick(SO_MALE); const s2 = d.pick(SO_MALE); const mr = d.digitString(6);
    return [`AKA ${g2} ${s} (spelling on the I-94); registered as ${g} ${s2}. Duplicate charts; merge request #${mr} sent to HIM.`, [g2, s, g, s2, mr]];
  }],
  ['spanish two surnames registered under first', (d) => {
    const g = d.pick(ES_GIVEN); const s1 = d.pick(ES_SUR); const s2 = d.pick(ES_SUR); const ms = d.pick(ES_SUR);
    return [`Patient ${g} ${s1} ${s2} is registered under the paternal surname. Mother, Sra. ${ms}, present and prefers Spanish.`, [g, s1, s2, ms]];
  }],
  ['russian patronymic and diminutive', (d) => {
    const [g, dim, f] = d.pick(RU_DIMINUTIVES); const pat = d.pick(f ? RU_PATRONYMIC_F : RU_PATRONYMIC_M); const s = `${d.pick(RU_SUR)}${f ? 'a' : ''}`;
    return [`${g} ${pat} ${s} (goes by ${dim}); Russian interpreter used for the full visit.`, [g, pat, s, dim]];
  }],
  ['arabic name and demonym surname', (d) => {
    const g = d.pick(AR_GIVEN); const f = d.pick(AR_GIVEN); const s = d.pick(AR_SUR); const [c, country] = d.pick(AR_CITIES);
    return [`Pt ${g} ${f} ${s}, born in ${c}, ${country}; the I-94 lists the father's name as a middle name.`, [g, f, s, c]];
  }],
  ['somali grandmother three names', (d) => {
    const g = d.pick(SO_FEMALE); const f = d.pick(SO_MALE); const gf = d.pick(SO_MALE); const c = d.givenIn('Somali');
    return [`Caregiver: ${g} ${f} ${gf} (maternal grandmother) brought ${c} to clinic; Somali interpreter on VRI.`, [g, f, gf, c]];
  }],
  ['haitian parents and employer', (d) => {
    const m = d.person('Haitian Creole'); const f = d.person('Haitian Creole'); const e = d.employer();
    return [`Parents: ${written(m)} (works days) and ${written(f)} (works nights at ${e}). Haitian Creole preferred by both.`, [...nameParts(m), ...nameParts(f), e]];
  }],
  ['nepali bahadur and kumari names', (d) => {
    const g = d.pick(NE_GIVEN_M); const s = d.pick(NE_SUR); const g2 = d.pick(NE_GIVEN_F); const s2 = d.pick(NE_SUR);
    return [`Patient ${g} Bahadur ${s}; wife ${g2} Kumari ${s2} accompanies. Both speak Nepali; neither reads it.`, [g, s, g2, s2]];
  }],
  ['mandarin family-first and english name', (d) => {
    const s = d.pick(ZH_SUR); const g = d.pick(ZH_GIVEN); const e = d.pick(ZH_ENGLISH);
    return [`${s.toUpperCase()} ${g} (English name ${e}), Mandarin speaker; reads simplified characters.`, [s.toUpperCase(), g, e]];
  }],
  ['tagalog name with nickname in quotes', (d) => {
    const g = d.pick(TL_GIVEN); const s = d.pick(TL_SUR); const nick = d.pick(TL_NICKNAMES);
    return [`${g} "${nick}" ${s}, Tagalog preferred for medical discussions, English for small talk.`, [g, nick, s]];
  }],
  ['portuguese patient and cape verde town', (d) => {
    const p = d.person('Portuguese'); const c = d.cityAbroad('Portuguese');
    return [`${written(p)}, from ${c}, speaks Portuguese and Kriolu; prefers a Portuguese interpreter.`, [...nameParts(p), c]];
  }],
  // community health worker notes
  ['CHW home visit address', (d) => {
    const lang = d.lang(); const dt = d.date(); const st = d.streetApt(); const t = d.town(); const g = d.givenIn(lang);
    return [`CHW home visit ${dt}: ${st}, ${t}. Met with patient and ${d.relation()} ${g}; reviewed pill box labels in ${lang}.`, [dt, st, t, g]];
  }],
  ['CHW met at business', (d) => {
    const b = d.business(); const w = d.weekday();
    return [`Met pt at ${b}, where she works mornings; reviewed glucose log together. Next visit ${w}.`, [b, w]];
  }],
  ['CHW health fair at place of worship', (d) => {
    const wsh = d.worship(); const md = d.monDay(); const c = d.clinic();
    return [`BP screening at ${wsh} ${md} after services; pt's ${d.relation()} 168/102, referred to ${c}.`, [wsh, md, c]];
  }],
  ['CHW WhatsApp call abroad', (d) => {
    const lang = d.lang(); const ab = d.phoneAbroad(lang); const g = d.givenIn(lang); const r = d.resettlement(); const w = d.weekday();
    return [`Called pt via WhatsApp ${ab} (visiting family); ${d.relation()} ${g} answered. Will bring food bank letter to ${r} on ${w}.`, [ab, g, r, w]];
  }],
  ['CHW benefits numbers', (d) => {
    const snap = d.digitString(d.int(8, 10)); const wic = d.digitString(d.int(7, 9)); const ref = `${d.letters(1)}${d.digitString(8)}`; const md = d.slashMd();
    return [`SNAP case #${snap} renewed; WIC ID ${wic}; Medicaid application ref ${ref} submitted ${md}.`, [snap, wic, ref, md]];
  }],
  ['CHW ride booked', (d) => {
    const trip = d.digitString(7); const md = d.monDay(); const [ph, p] = d.phone();
    return [`Medicaid ride booked, trip #${trip}, pickup ${d.time()} on ${md}; driver will call ${ph}. Interpreter arranged for the visit.`, [trip, md, p]];
  }],
  ['CHW child school nurse', (d) => {
    const lang = d.lang(); const c = d.givenIn(lang); const sc = d.school(); const g = d.given(); const s = d.sur(); const [fx, p] = d.phone();
    return [`Child ${c} (age ${d.int(5, 16)}) enrolled at ${sc}; school nurse ${g} ${s} will keep the inhaler. School fax ${fx}.`, [c, sc, g, s, p]];
  }],
  ['CHW landlord and mold', (d) => {
    const e = d.employer(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Pt works second shift at ${e}. Landlord ${g} ${s} (${ph}) has not fixed the mold; tenant rights info given in ${d.lang()}.`, [e, g, s, p]];
  }],
  ['CHW signature block', (d) => {
    const lang = d.lang(); const c = d.person(lang); const org = d.r() < 0.5 ? d.clinic() : d.resettlement(); const [ph, p] = d.phone(); const em = d.email(c.given, c.surs[0]!);
    return [`${written(c)}, CHW (${lang}/English)\n${org}\n${ph} | ${em}`, [...nameParts(c), org, p, em]];
  }],
  ['CHW holiday travel', (d) => {
    const lang = d.lang(); const c = d.cityAbroad(lang); const hd = d.holiday();
    return [`Pt plans to fly to ${c} to see family, leaving ${hd}; 90-day refills requested and travel letter written in ${lang}.`, [c, hd]];
  }],
  ['CHW ordinal follow-up', (d) => {
    const o = ordinal(d.int(1, 28)); const g = d.given(); const s = d.sur();
    return [`Interpreter requested for the follow-up on the ${o}; CHW ${g} ${s} will attend as cultural broker.`, [o, g, s]];
  }],
  // refugee clinic intake
  ['refugee intake header', (d) => {
    const lang = d.lang(); const p = d.person(lang); const dob = d.assignedDob(); const a = d.aNumber(); const arr = d.date();
    return [`REFUGEE HEALTH INTAKE\nName: ${listed(p)}\nDOB: ${dob} (assigned)   A#: ${a}\nArrival: ${arr}   Country of origin: ${d.country(lang)}   Language: ${lang}`, [...nameParts(p), dob, a, arr]];
  }],
  ['I-94 and resettlement case', (d) => {
    const i = d.i94(); const c = d.caseNo(); const r = d.resettlement(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`I-94 #${i}; resettlement case ${c}, case size ${d.int(1, 9)}. Agency: ${r} (${d.pick(NATIONAL_AGENCIES)} affiliate), caseworker ${g} ${s}, ${ph}.`, [i, c, r, g, s, p]];
  }],
  ['camp history and birthplace', (d) => {
    const [camp, c, country] = d.campHistory();
    return [`Lived ${d.int(3, 25)} years in ${camp} camp before resettlement; born in ${c}, ${country}.`, [camp, c]];
  }],
  ['overseas exam by panel physician', (d) => {
    const dt = d.date(); const s = d.sur(); const c = d.examCity(); const my = d.monthYear();
    return [`Overseas medical exam (DS-2054) ${dt} by panel physician Dr. ${s} in ${c}; Class B1 TB, CXR ${my} read as old granuloma.`, [dt, s, c, my]];
  }],
  ['overseas vaccines dated', (d) => {
    const a = d.dateAbroad(); const b = d.date(); const c = d.examCity();
    return [`Overseas vaccines: MMR ${a}, Td ${b} (IOM, ${c}). Records scanned to the chart; hep B series to complete here.`, [a, b, c]];
  }],
  ['secondary migrant', (d) => {
    const t = d.town(); const t2 = d.otherTown(t); const g = d.givenIn(); const md = d.monDay();
    return [`Secondary migrant: first resettled in ${t}, ${d.state()}; moved ${md} to be near ${d.relation()} ${g} in ${t2}.`, [t, md, g, t2]];
  }],
  ['refugee household table', (d) => {
    const lang = d.lang(); const a = d.givenIn(lang); const b = d.givenIn(lang); const c = d.givenIn(lang); const da = d.dob(1965, 1995); const db = d.assignedDob(1996, 2012); const dc = d.dob(2008, 2022);
    return [`Household:\n  ${a}   spouse   DOB ${da}\n  ${b}   child    DOB ${db}\n  ${c}   child    DOB ${dc}`, [a, da, b, db, c, dc]];
  }],
  ['mental health screen and counselor', (d) => {
    const lang = d.lang(); const ig = d.givenIn(lang); const id = d.interpId(); const c = d.clinic(); const g = d.given(); const s = d.sur();
    return [`RHS-15 score 16, completed via ${lang} interpreter ${ig} (ID ${id}). Referred to ${c}, counselor ${g} ${s}, LCSW.`, [ig, id, c, g, s]];
  }],
  ['TB clinic at county health department', (d) => {
    const h = `${d.county()} County Health Department`; const g = d.given(); const s = d.sur(); const [fx, p] = d.phone();
    return [`QuantiFERON positive, CXR clear. Referred to ${h} TB clinic, nurse ${g} ${s}, fax ${fx}.`, [h, g, s, p]];
  }],
  ['elder age over 89 without documents', (d) => {
    const n = d.ageOver89(); const dob = d.assignedDob();
    return [`Grandfather reports he is ${n} (no birth documents; I-94 lists DOB ${dob}). Uses a cane, needs interpreter for all visits.`, [n, dob]];
  }],
  ['asylum evaluation attorney', (d) => {
    const g = d.given(); const s = d.sur(); const f = d.lawFirm(); const a = d.aNumber(); const dt = d.date();
    return [`Forensic asylum evaluation requested by attorney ${g} ${s} (${f}); client A-number ${a}, hearing ${dt}.`, [g, s, f, a, dt]];
  }],
  ['passport and work permit receipt', (d) => {
    const lang = d.lang(); const pp = d.passport(); const rc = d.uscisReceipt();
    return [`ID on file: passport ${pp} (${d.country(lang)}); EAD receipt ${rc}. Copies to the registration folder.`, [pp, rc]];
  }],
  ['anchor relative and street address', (d) => {
    const lang = d.lang(); const c = d.person(lang); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Staying with ${d.relation()} ${written(c)} at ${st}, ${t} ${z} until housing is found.`, [...nameParts(c), st, t, z]];
  }],
];

/** The names of the wave's frames. */
export const interpreterFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function interpreterWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11161, rounds);
}

/** Look-alikes in language-services style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // languages and dialects
  ['Preferred language: Somali; reads Somali in Latin script.', 'Somali'], ['Spanish interpreter used for the entire visit.', 'Spanish'],
  ['Language: Haitian Creole (Kreyòl).', 'Haitian Creole'], ['Speaks Mandarin; her husband also speaks Cantonese.', 'Cantonese'],
  ['Tagalog-speaking patient, understands some English.', 'Tagalog'], ['Primary language Nepali; the grandparents speak Dzongkha.', 'Dzongkha'],
  ['Brazilian Portuguese interpreter requested.', 'Brazilian Portuguese'], ['Russian interpreter by phone.', 'Russian'],
  ['Vietnamese interpreter at the bedside.', 'Vietnamese'], ['Arabic interpreter, Iraqi dialect preferred.', 'Iraqi'],
  ['Speaks Maay Maay, not Maxaa Tiri.', 'Maay Maay'], ['No Kinyarwanda interpreter available; Swahili used.', 'Kinyarwanda'],
  ['Dari interpreter, female requested.', 'Dari'], ['Language: Karen (Sgaw).', 'Karen'], ['Mam speaker; Spanish is her second language.', 'Mam'],
  ["K'iche' interpreter via video.", "K'iche'"], ['Tigrinya interpreter booked for the surgery.', 'Tigrinya'], ['ASL interpreter for the Deaf parent.', 'ASL'],
  ['Speaks Cape Verdean Creole (Kriolu).', 'Kriolu'], ['Chuukese interpreter by phone.', 'Chuukese'], ['Prefers Ukrainian over Russian.', 'Ukrainian'],
  // nationalities, demonyms and ethnic groups
  ['Congolese family of six.', 'Congolese'], ['Afghan SIV holder.', 'Afghan'], ['Guatemalan man, works in construction.', 'Guatemalan'],
  ['Eritrean asylum seeker.', 'Eritrean'], ['Bhutanese refugee resettled from Nepal.', 'Bhutanese'], ['Somali Bantu family.', 'Somali Bantu'],
  ['Rohingya woman, arrived with two children.', 'Rohingya'], ['Haitian TPS holder.', 'Haitian'], ['Filipino nurse on the unit.', 'Filipino'],
  ['Hmong elder, shaman consulted by family.', 'Hmong'], ['Patient is Lhotshampa (ethnic Nepali from Bhutan).', 'Lhotshampa'],
  ['Oromo-speaking patient.', 'Oromo'], ['Syrian family, father is a tailor.', 'Syrian'],
  // countries, regions and states
  ['Country of origin: Democratic Republic of the Congo.', 'Democratic Republic of the Congo'], ['Born in Somalia, raised in Kenya.', 'Somalia'],
  ['Family still in Vietnam.', 'Vietnam'], ['Lived in Syria, then Jordan.', 'Jordan'], ['Fled Ukraine with her mother.', 'Ukraine'],
  ['Came through Central America.', 'Central America'], ['Originally from the Horn of Africa.', 'Horn of Africa'], ['Resettled to Minnesota.', 'Minnesota'],
  ['Moved from Georgia last year.', 'Georgia'],
  // generic services and modes
  ['Used the phone line for the Nepali interpreter.', 'the phone line'], ['Video remote interpreting (VRI) used.', 'Video remote interpreting'],
  ['VRI cart brought to the room.', 'VRI cart'], ['OPI used for the after-hours call.', 'OPI'], ['Called the interpreter line, waited 3 minutes.', 'interpreter line'],
  ['Dual-handset phone at the bedside.', 'Dual-handset phone'], ['Interpreter services notified.', 'Interpreter services'],
  ['Qualified bilingual staff member assisted.', 'Qualified bilingual staff'], ['Certified medical interpreter present.', 'Certified medical interpreter'],
  ['Cultural broker joined the visit.', 'Cultural broker'], ['Sight translation of the discharge papers.', 'Sight translation'],
  ['Consecutive mode used throughout.', 'Consecutive mode'], ['Teach-back completed 3/3.', '3/3'],
  // national vendors and bodies named alone
  ['Vendor: LanguageLine.', 'LanguageLine'], ['CyraCom interpreter by phone.', 'CyraCom'], ['Propio video interpreter.', 'Propio'],
  ['CCHI certified.', 'CCHI'], ['NBCMI credential.', 'NBCMI'], ['Follows the IMIA code of ethics.', 'IMIA'], ['Referred by the IRC.', 'IRC'],
  ['HIAS case manager will call.', 'HIAS'], ['IOM travel loan.', 'IOM'], ['Registered with UNHCR.', 'UNHCR'], ['ORR eligibility confirmed.', 'ORR'],
  ['CDC refugee screening guidelines followed.', 'CDC'],
  // forms, laws and standards
  ['Form DS-2054 reviewed.', 'DS-2054'], ['Form I-693 completed.', 'I-693'], ['I-94 on file.', 'I-94'], ['Title VI of the Civil Rights Act.', 'Title VI'],
  ['Section 1557 notice posted in 15 languages.', 'Section 1557'], ['National CLAS Standards.', 'CLAS'], ['LEP patient.', 'LEP'], ['Class B1 TB.', 'Class B1'],
  // codes and scores
  ['HCPCS T1013 for interpreter services.', 'T1013'], ['Z60.3 acculturation difficulty.', 'Z60.3'], ['Z55.0 illiteracy and low-level literacy.', 'Z55.0'],
  ['ISO 639-3 code: som.', 'som'], ['ILR level 3+ in Arabic.', 'ILR level 3+'], ['RHS-15 score 14 (positive).', 'RHS-15 score 14'],
  ['PHQ-9 of 17 via interpreter.', 'PHQ-9 of 17'], ['GAD-7 11.', 'GAD-7 11'], ['Harvard Trauma Questionnaire administered.', 'Harvard Trauma Questionnaire'],
  ['CPT 99204.', '99204'], ['MoCA 21/30, given via interpreter, may underestimate.', '21/30'], ['Interpreter time 22 minutes.', '22 minutes'],
  // refugee screening, eponyms, drugs and labs
  ['QuantiFERON-TB Gold Plus positive.', 'QuantiFERON-TB Gold Plus'], ['Strongyloides IgG negative.', 'Strongyloides'],
  ['Schistosoma antibody positive.', 'Schistosoma'], ["Pott's disease of the thoracic spine.", "Pott's"], ["Hansen's disease ruled out.", "Hansen's"],
  ['Chagas serology sent.', 'Chagas'], ['Mantoux 12 mm.', 'Mantoux'], ['Denver II screen normal.', 'Denver II'], ['Snellen 20/40 OU.', '20/40'],
  ['Eosinophils 1,100/µL.', '1,100/µL'], ['Hgb 9.8 g/dL.', '9.8 g/dL'], ['HBsAg positive.', 'HBsAg'], ['Albendazole 400 mg x1 presumptive.', 'Albendazole'],
  ['Praziquantel (Biltricide) given.', 'Biltricide'], ['Ivermectin (Stromectol) 200 mcg/kg.', 'Stromectol'], ['Kaposi sarcoma excluded.', 'Kaposi'],
  // ages, years, relations and roles without names
  ['87-year-old woman.', '87'], ['Arrived in the US in 2019.', '2019'], ['Her son interpreted informally.', 'son'],
  ['The interpreter was male; patient asked for a female.', 'female'], ['CHW will follow up.', 'CHW'], ['The caseworker will call.', 'caseworker'],
  ['Charge nurse aware.', 'Charge nurse'], ['Case size 7.', 'Case size 7'],
  // generic places and schedules
  ['Seen in the refugee clinic.', 'refugee clinic'], ['Met at the mosque after prayers.', 'the mosque'], ['Visited the resettlement agency.', 'resettlement agency'],
  ['Lived in a refugee camp for 12 years.', 'refugee camp'], ['Crossed at the border.', 'the border'], ['Stays at the family shelter.', 'family shelter'],
  ['ESL class at the community center.', 'community center'], ['Clinic interpreters work Monday through Friday.', 'Monday through Friday'],
  // everyday words that are also names or towns
  ['Expressed hope about the surgery.', 'hope'], ['Faith is important to him.', 'Faith'], ['Slight yellow hue to the sclerae.', 'hue'],
  ['Avoid sun exposure after the procedure.', 'sun'], ['Long wait for the interpreter.', 'Long'], ['Her mother sang to her during the IV start.', 'sang'],
  ['Natal teeth noted on exam.', 'Natal'], ['Patient said "gracias, doctora."', 'gracias'], ['Will return in two weeks.', 'Will'],
  ['Lovely patient, pleasant and engaged.', 'Lovely'], ['Son at the bedside.', 'Son'], ['Dawn phenomenon on CGM.', 'Dawn'],
];

export const interpreterKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedInterpreterKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(interpreterKeepCases(), find);

export function scoreInterpreterWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => interpreterWaveCases(seed)), find);
}
