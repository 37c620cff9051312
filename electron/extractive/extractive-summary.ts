// The extractive engine: a structured summary of any template built from the note's own words, with no
// model. Each statement is a sentence or list item of the note (whitespace tidied, a short label in
// front) and carries that exact span as its evidence, so it agrees with the note on every number, unit,
// date, drug name, side and negation by construction.
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, SUMMARY_LIMITS, type StructuredSummary, type SummarySection, type SummaryStatement } from '../../shared/summary-format';
import { SUMMARY_TEMPLATES, templateById, type TemplateId } from '../../shared/summary-templates';
import { NEGATION, extractFacts, type Fact, type FactKind } from './facts';
import { findSections } from './sections';

/** Which facts fill each section of each template, in the order they are listed. */
interface SectionPlan {
  readonly kinds: readonly FactKind[];
  readonly max: number;
}

// Medications and allergies are never cut for length: leaving one out could mislead.
const UNCAPPED: ReadonlySet<FactKind> = new Set<FactKind>(['medication', 'allergy']);

const P = (max: number, ...kinds: FactKind[]): SectionPlan => ({ kinds, max });

// One plan per template section, in the template's order (checked by the tests against the templates).
export const TEMPLATE_PLANS: Readonly<Record<TemplateId, readonly SectionPlan[]>> = {
  brief: [P(4, 'complaint', 'history', 'course'), P(8, 'problem', 'assessment'), P(16, 'medication', 'allergy'), P(8, 'plan', 'procedure', 'followup')],
  soap: [
    P(20, 'complaint', 'history', 'pmh', 'social', 'medication', 'allergy'),
    P(16, 'severity', 'vital', 'exam', 'lab', 'course'),
    P(12, 'problem', 'assessment'),
    P(20, 'procedure', 'plan', 'followup', 'warning'),
  ],
  'problem-ap': [P(12, 'problem', 'pmh'), P(12, 'assessment', 'lab', 'vital', 'course'), P(20, 'plan', 'medication', 'allergy', 'procedure'), P(8, 'followup', 'warning')],
  discharge: [
    P(4, 'complaint', 'history'),
    P(12, 'problem'),
    P(12, 'course', 'assessment', 'lab', 'vital'),
    P(8, 'procedure'),
    P(24, 'medication'),
    P(8, 'allergy'),
    P(12, 'followup', 'plan', 'warning'),
  ],
  handoff: [
    P(6, 'severity', 'vital'),
    P(24, 'complaint', 'history', 'problem', 'pmh', 'medication', 'allergy', 'course'),
    P(16, 'plan', 'procedure', 'followup'),
    P(8, 'warning', 'lab', 'assessment'),
    P(0),
  ],
  patient: [P(4, 'complaint', 'history'), P(12, 'problem', 'assessment', 'lab', 'vital', 'course'), P(20, 'medication', 'allergy'), P(12, 'plan', 'procedure', 'followup'), P(6, 'warning')],
  referral: [
    P(6, 'complaint', 'problem'),
    P(10, 'history', 'pmh', 'social'),
    P(12, 'vital', 'exam', 'lab'),
    P(20, 'medication', 'allergy'),
    P(8, 'procedure', 'course'),
    P(10, 'assessment', 'plan', 'followup'),
  ],
};

// Short labels for facts a bare quote would leave ambiguous; the rest read as they stand.
const LABELS: Partial<Record<FactKind, string>> = { medication: 'Medication', allergy: 'Allergies', vital: 'Vital signs', lab: 'Result', procedure: 'Procedure', followup: 'Follow-up', pmh: 'History' };
const PATIENT_LABELS: Partial<Record<FactKind, string>> = { medication: 'Medicine', allergy: 'Allergies', vital: 'Your measurements', lab: 'Test result', procedure: 'Procedure', followup: 'Next visit', pmh: 'Past health' };

/** The quote as a statement: whitespace run together, nothing else (punctuation carries meaning for the verifier). */
export function tidy(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

function statementFor(note: string, fact: Fact, templateId: TemplateId): SummaryStatement {
  const quote = note.slice(fact.start, fact.end);
  const body = tidy(quote);
  // No label before a negation: "Allergies: The patient denied any allergy" reads as if it claimed one.
  const label = NEGATION.test(body) ? undefined : (templateId === 'patient' ? PATIENT_LABELS : LABELS)[fact.kind];
  // A quote that already says what it is ("Allergies: none", "Vitals: BP 120/80") needs no label.
  const named = label !== undefined && body.toLowerCase().startsWith(label.slice(0, 5).toLowerCase());
  const text = label && !named ? `${label}: ${body}` : body;
  return { text: text.slice(0, SUMMARY_LIMITS.statementChars), evidence: [quote] };
}

/** Builds the summary of a note in a template's sections; throws for an unknown template id. */
export function extractiveSummary(note: string, templateId: string): StructuredSummary {
  const template = templateById(templateId);
  if (!template) throw new Error('unknown summary template');
  const plans = TEMPLATE_PLANS[template.id];
  const facts = extractFacts(note, findSections(note)).filter((f) => f.end - f.start <= SUMMARY_LIMITS.quoteChars);
  const used = new Set<Fact>();
  const sections: SummarySection[] = template.sections.map((section, i) => {
    const plan = plans[i] ?? P(0);
    const chosen: Fact[] = [];
    let capped = 0;
    for (const kind of plan.kinds) {
      for (const f of facts) {
        if (f.kind !== kind || used.has(f)) continue;
        if (chosen.length >= SUMMARY_LIMITS.statementsPerSection) break;
        if (!UNCAPPED.has(kind) && capped++ >= plan.max) break;
        chosen.push(f);
        used.add(f);
      }
    }
    // Grouped by kind in the plan's order, in note order within a kind.
    chosen.sort((a, b) => plan.kinds.indexOf(a.kind) - plan.kinds.indexOf(b.kind) || a.start - b.start);
    const seen = new Set<string>();
    const statements: SummaryStatement[] = [];
    for (const f of chosen) {
      const s = statementFor(note, f, template.id);
      if (seen.has(s.text)) continue;
      seen.add(s.text);
      statements.push(s);
    }
    return { title: section.title, statements };
  });
  return { format: SUMMARY_FORMAT, version: SUMMARY_FORMAT_VERSION, style: template.id, sections };
}

/** The summary as plain text: each section's title, then its statements as a list. */
export function renderSummaryText(summary: StructuredSummary): string {
  return summary.sections
    .map((s) => `${s.title}\n${s.statements.length > 0 ? s.statements.map((st) => `- ${st.text}`).join('\n') : '- (nothing in the note)'}`)
    .join('\n\n');
}

export const EXTRACTIVE_ENGINE_VERSION = 1;

/** Provenance of an extractive summary, recorded beside it. */
export interface ExtractiveProvenance {
  readonly engine: 'extractive';
  readonly engineVersion: number;
  readonly template: { readonly id: TemplateId; readonly version: number };
  readonly timings: { readonly totalMs: number };
  readonly createdAt: string;
}

export function extractiveProvenance(templateId: TemplateId, totalMs: number, now: Date = new Date()): ExtractiveProvenance {
  return { engine: 'extractive', engineVersion: EXTRACTIVE_ENGINE_VERSION, template: { id: templateId, version: SUMMARY_TEMPLATES[templateId].version }, timings: { totalMs }, createdAt: now.toISOString() };
}
