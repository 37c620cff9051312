// Summary styles as versioned templates. A template fixes a style's sections and the instructions an
// engine follows; its version goes into provenance, so a summary can always be traced to the exact
// wording that produced it. Change any text here and bump that template's version.

export const TEMPLATE_IDS = ['brief', 'soap', 'problem-ap', 'discharge', 'handoff', 'patient', 'referral'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateSection {
  readonly title: string;
  readonly instruction: string;
}

export interface SummaryTemplate {
  readonly id: TemplateId;
  readonly label: string;
  /** Bumped whenever the sections or instructions change; recorded in provenance. */
  readonly version: number;
  readonly sections: readonly TemplateSection[];
  /** What the whole summary is for and how it reads. */
  readonly instructions: string;
  /** Target US school grade for the text (measured with shared/reading-level), where the style has one. */
  readonly readingLevel?: number;
}

const EVIDENCE_RULE =
  'Write only what the note states. Every statement carries the exact words of the note it rests on. Keep every number, dose, unit, date, drug name, side and negation exactly as the note has it. Leave a section empty rather than guess.';

export const SUMMARY_TEMPLATES: Readonly<Record<TemplateId, SummaryTemplate>> = {
  brief: {
    id: 'brief',
    label: 'Brief',
    version: 1,
    instructions: `A short summary a colleague reads in under a minute. ${EVIDENCE_RULE}`,
    sections: [
      { title: 'Summary', instruction: 'Who the patient is, why they were seen, and the main findings, in two to four statements.' },
      { title: 'Problems', instruction: 'Active problems and diagnoses.' },
      { title: 'Medications and allergies', instruction: 'Current and new medications with dose, route and frequency; allergies with the reaction.' },
      { title: 'Plan', instruction: 'What will be done next, and follow-up.' },
    ],
  },
  soap: {
    id: 'soap',
    label: 'SOAP',
    version: 1,
    instructions: `A SOAP note. ${EVIDENCE_RULE}`,
    sections: [
      { title: 'Subjective', instruction: 'Chief complaint, history of the present illness, relevant history, medications and allergies as reported.' },
      { title: 'Objective', instruction: 'Vital signs, examination findings, laboratory and imaging results.' },
      { title: 'Assessment', instruction: 'Diagnoses and problems, with the clinical reasoning stated in the note.' },
      { title: 'Plan', instruction: 'Treatment, medication changes, tests ordered, referrals, education and follow-up.' },
    ],
  },
  'problem-ap': {
    id: 'problem-ap',
    label: 'Problem-oriented A&P',
    version: 1,
    instructions: `An assessment and plan organized by problem. ${EVIDENCE_RULE}`,
    sections: [
      { title: 'Problem list', instruction: 'Each active problem or diagnosis, most important first.' },
      { title: 'Assessment', instruction: 'For each problem, its status and the findings that support it.' },
      { title: 'Plan', instruction: 'For each problem, treatment, medication changes, tests and referrals.' },
      { title: 'Follow-up', instruction: 'When and why the patient returns, and what should prompt an earlier visit.' },
    ],
  },
  discharge: {
    id: 'discharge',
    label: 'Discharge summary',
    version: 1,
    instructions: `A discharge summary for the next clinician. ${EVIDENCE_RULE}`,
    sections: [
      { title: 'Reason for admission', instruction: 'The presenting complaint and admitting diagnosis.' },
      { title: 'Diagnoses', instruction: 'Principal and secondary diagnoses at discharge.' },
      { title: 'Hospital course', instruction: 'What happened during the stay, including procedures and key results.' },
      { title: 'Procedures', instruction: 'Procedures and operations performed, with dates where the note gives them.' },
      { title: 'Discharge medications', instruction: 'Medications at discharge with dose, route and frequency; changes from before admission.' },
      { title: 'Allergies', instruction: 'Allergies and the reaction to each.' },
      { title: 'Follow-up and instructions', instruction: 'Appointments, pending results, and instructions given to the patient.' },
    ],
  },
  handoff: {
    id: 'handoff',
    label: 'Handoff (I-PASS)',
    version: 1,
    instructions: `An I-PASS handoff for the clinician taking over care. ${EVIDENCE_RULE}`,
    sections: [
      { title: 'Illness severity', instruction: 'Stable, watcher or unstable, as the note supports it, with the vital signs behind it.' },
      { title: 'Patient summary', instruction: 'Who the patient is, the reason for the encounter, active problems, medications and allergies.' },
      { title: 'Action list', instruction: 'Tasks for the receiving clinician, with timing and owner where stated.' },
      { title: 'Situation awareness and contingency', instruction: 'What to watch for and what to do if it happens.' },
      { title: 'Synthesis by receiver', instruction: 'Left for the receiving clinician to restate the plan in their own words; write nothing here.' },
    ],
  },
  patient: {
    id: 'patient',
    label: 'Patient-friendly',
    version: 1,
    readingLevel: 8,
    instructions: `An explanation for the patient in plain language, at a grade-8 reading level or below: short sentences, everyday words, medical terms explained. Speak to the patient as "you". ${EVIDENCE_RULE}`,
    sections: [
      { title: 'Why you were seen', instruction: 'The reason for the visit in everyday words.' },
      { title: 'What we found', instruction: 'The main findings and diagnoses, each explained simply.' },
      { title: 'Your medicines', instruction: 'Each medicine, how much, how and when to take it; any allergies.' },
      { title: 'What happens next', instruction: 'Tests, treatments and follow-up visits.' },
      { title: 'When to get help', instruction: 'Warning signs that mean calling the clinic or seeking care now.' },
    ],
  },
  referral: {
    id: 'referral',
    label: 'Referral letter',
    version: 1,
    instructions: `A referral letter to a consulting clinician. ${EVIDENCE_RULE}`,
    sections: [
      { title: 'Reason for referral', instruction: 'The question for the consultant and why the patient is referred.' },
      { title: 'History', instruction: 'The present illness and relevant past medical and surgical history.' },
      { title: 'Findings', instruction: 'Examination, vital signs, laboratory and imaging results.' },
      { title: 'Current medications and allergies', instruction: 'Medications with dose, route and frequency; allergies with the reaction.' },
      { title: 'Treatment so far', instruction: 'What has been tried and procedures done, and the result.' },
      { title: 'Requested', instruction: 'What is asked of the consultant, and the follow-up arranged.' },
    ],
  },
};

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

/** The template for an id, or undefined for an unknown id. */
export function templateById(id: string): SummaryTemplate | undefined {
  return isTemplateId(id) ? SUMMARY_TEMPLATES[id] : undefined;
}

/** "soap@1": how a template is named in provenance. */
export function templateTag(t: SummaryTemplate): string {
  return `${t.id}@${t.version}`;
}
