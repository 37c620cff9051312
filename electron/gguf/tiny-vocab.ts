// The SentencePiece ('llama') vocabulary of the generated test models: <unk>, <s>, </s>, the 256
// byte-fallback tokens, printable ASCII, and common English / clinical words. llama.cpp's SPM
// tokenizer only merges two adjacent pieces when their concatenation is itself a token, so each
// word brings every prefix of "▁word" with it; that lets words tokenize whole.

export const SPACE = '\u2581'; // ▁, SentencePiece's space marker

export const TOKEN_TYPE = { NORMAL: 1, UNKNOWN: 2, CONTROL: 3, BYTE: 6 } as const;

const WORDS = `
the a an and or of to in on at for with without by from as is are was were be been has have had not no
this that these those it its he she they his her their patient patients pt male female man woman year
years old age history presents presented presenting complains complaint chief denies reports reported
pain chest abdominal back head headache fever cough shortness breath dyspnea nausea vomiting diarrhea
fatigue dizziness weakness swelling rash bleeding blood pressure heart rate respiratory temperature
oxygen saturation pulse normal abnormal mild moderate severe acute chronic left right bilateral upper
lower day days week weeks month months ago today yesterday since onset duration daily twice
medication medications dose mg ml tablet oral iv daily prn allergy allergies known drug
diabetes hypertension asthma copd heart failure kidney disease infection pneumonia cancer stroke
exam examination physical vital signs alert oriented lungs clear auscultation heart regular rhythm
murmur abdomen soft tender nontender distended edema extremities neuro intact skin warm dry
assessment plan diagnosis impression follow up return clinic emergency department admit admitted
discharge discharged labs lab test tests results ct mri x ray scan ultrasound ecg ekg culture
white count hemoglobin glucose sodium potassium creatinine elevated low high negative positive
summary subjective objective note notes visit care treatment therapy continue start stop started
increase decrease monitor recommend recommended advised education referral consult surgery
post operative procedure family social smoking alcohol tobacco lives work denies
improved improving worse worsening stable unchanged resolved new recent
`;

const PUNCT_AND_DIGITS = '.,:;!?()-/%0123456789';

export interface Vocab {
  readonly tokens: readonly string[];
  readonly scores: readonly number[];
  readonly types: readonly number[];
  readonly unk: number;
  readonly bos: number;
  readonly eos: number;
  /** Ids of the ChatML control tokens, when requested. */
  readonly imStart: number | null;
  readonly imEnd: number | null;
}

export function buildVocab(chatml: boolean): Vocab {
  const tokens: string[] = ['<unk>', '<s>', '</s>'];
  const types: number[] = [TOKEN_TYPE.UNKNOWN, TOKEN_TYPE.CONTROL, TOKEN_TYPE.CONTROL];
  const scores: number[] = [0, 0, 0];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(TOKEN_TYPE.BYTE);
    scores.push(0);
  }
  let imStart: number | null = null;
  let imEnd: number | null = null;
  if (chatml) {
    imStart = tokens.push('<|im_start|>') - 1;
    imEnd = tokens.push('<|im_end|>') - 1;
    types.push(TOKEN_TYPE.CONTROL, TOKEN_TYPE.CONTROL);
    scores.push(0, 0);
  }
  const seen = new Set<string>();
  const add = (piece: string) => {
    if (seen.has(piece)) return;
    seen.add(piece);
    tokens.push(piece);
    types.push(TOKEN_TYPE.NORMAL);
    // Longer pieces score higher, like a trained SentencePiece model prefers them.
    scores.push(-1000 + piece.length * 10 - seen.size * 0.001);
  };
  add(SPACE);
  for (let c = 0x61; c <= 0x7a; c++) add(String.fromCharCode(c));
  for (let c = 0x41; c <= 0x5a; c++) add(String.fromCharCode(c));
  for (const ch of PUNCT_AND_DIGITS) add(ch);
  for (const ch of PUNCT_AND_DIGITS) add(SPACE + ch);
  for (const word of WORDS.split(/\s+/).filter(Boolean)) {
    const piece = SPACE + word;
    for (let n = 2; n <= piece.length; n++) add(piece.slice(0, n));
    // Capitalised form too, for sentence starts.
    const cap = SPACE + word[0]!.toUpperCase() + word.slice(1);
    for (let n = 2; n <= cap.length; n++) add(cap.slice(0, n));
  }
  return { tokens, scores, types, unk: 0, bos: 1, eos: 2, imStart, imEnd };
}
