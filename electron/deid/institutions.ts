// Well-known US hospitals and health systems by the short names clinicians write without "Hospital" after them
// ("transferred from Mayo", "followed at Dana-Farber", "hx at Sloan Kettering", "from UCSF"). Names of
// institutions are public facts; the list is national and short, for the names that no head word ("Hospital",
// "Clinic") or place cue would otherwise mark. Lower case, words separated by one space, hyphens kept.

/** Names of two words or more, or hyphened ones: found in any case (the words together are no everyday phrase). */
const MULTI_WORD = [
  'mass general', 'massachusetts general', "brigham and women's", 'brigham and womens', 'beth israel deaconess', 'beth israel', 'dana-farber', 'dana farber',
  'sloan kettering', 'sloan-kettering', 'memorial sloan kettering', 'md anderson', 'cleveland clinic', 'mayo clinic', 'johns hopkins', 'hopkins bayview', 'cedars-sinai', 'cedars sinai',
  'nyu langone', 'newyork-presbyterian', 'new york presbyterian', 'ny presbyterian', 'weill cornell', 'columbia presbyterian', 'yale new haven', 'yale-new haven',
  'boston medical center', "boston children's", 'boston childrens', "children's national", 'childrens national', "nationwide children's", "cincinnati children's",
  "texas children's", "lurie children's", "seattle children's", 'st. jude', 'st jude', 'kaiser permanente', 'mass eye and ear', 'mount auburn', 'mt auburn', 'mt. auburn',
  'newton-wellesley', 'newton wellesley', 'lahey clinic', 'tufts medical center', 'tufts medical', 'umass memorial', 'spaulding rehab', 'hebrew senior life', 'hebrew rehab',
  'henry ford', 'barnes-jewish', 'barnes jewish', 'memorial hermann', 'houston methodist', 'baylor scott', 'ut southwestern', 'penn presbyterian', 'penn medicine',
  'rush university', 'northwestern memorial', 'stanford health', 'uc davis', 'wake forest baptist', 'duke university', 'emory university', 'jackson memorial', 'tampa general',
  'allegheny general', 'temple university', 'thomas jefferson', 'lenox hill', 'kings county', 'cook county', 'loma linda', 'virginia mason', 'dartmouth-hitchcock',
  'dartmouth hitchcock', 'maine medical', 'rhode island hospital', 'hartford hospital', 'walter reed', 'atrium health', 'intermountain medical', 'sharp memorial', 'ochsner medical',
  'hebrew seniorlife', 'life care center', 'life care centers', 'select specialty', 'kindred at home', 'visiting angels', 'comfort keepers', 'lhc group',
];

/** One-word names: after a place word or before a hospital's word, capitalized on a mixed-case line. */
const ONE_WORD = [
  'mayo', 'hopkins', 'kaiser', 'lahey', 'spaulding', 'tufts', 'vanderbilt', 'geisinger', 'ochsner', 'montefiore', 'hackensack', 'inova', 'medstar', 'sentara', 'novant',
  'froedtert', 'beaumont', 'shands', 'moffitt', 'wexner', 'harborview', 'hoag', 'scripps', 'keck', 'baystate', 'intermountain', 'langone', 'kettering', 'brigham',
  // Post-acute, long-term acute care and home-care chains whose names are also words (a rehab's bed offers, a referral).
  'kindred', 'encompass', 'genesis', 'sunrise', 'benchmark', 'whittier', 'atria', 'vibra', 'brookdale', 'wingate', 'amedisys', 'bayada', 'gentiva', 'avamere', 'pruitthealth', 'manorcare',
];

/** Acronyms: in capitals on a mixed-case line, after a place word in capitals. (Not MUSC: musculoskeletal.) */
const ACRONYMS = ['UCSF', 'UCLA', 'UCSD', 'OHSU', 'UPMC', 'UAB', 'UTSW', 'BIDMC', 'BWH', 'MSKCC', 'MDACC', 'NYP', 'CHOP', 'CCHMC', 'NYU', 'MGH', 'UNC', 'VUMC', 'UMMC', 'UTMB'];

export interface Institutions {
  /** Phrases by their first word, each as its words. */
  readonly multi: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly one: ReadonlySet<string>;
  readonly acronyms: ReadonlySet<string>;
}

export const INSTITUTIONS: Institutions = (() => {
  const multi = new Map<string, string[][]>();
  for (const phrase of MULTI_WORD) {
    const words = phrase.split(' ');
    const list = multi.get(words[0]!) ?? [];
    list.push(words);
    multi.set(words[0]!, list);
  }
  // Longest first, so "memorial sloan kettering" wins over a shorter phrase with the same start.
  for (const list of multi.values()) list.sort((a, b) => b.length - a.length);
  return { multi, one: new Set(ONE_WORD), acronyms: new Set(ACRONYMS) };
})();
