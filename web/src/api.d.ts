/** A built-in council, as listed by `councils()`. */
export interface CouncilInfo {
  /** Stable id used everywhere else, e.g. "west-lindsey". */
  id: string;
  name: string;
  /** The protocol's title and place in the constitution. */
  document: string;
  citation_note?: string;
  text_format: "plain" | "redline";
}

export type Action =
  | "include" | "exclude" | "alter" | "clarify" | "correct" | "fix_typo" | "check_estimate";
export type Target =
  | "option" | "recommendation" | "professional_opinion" | "statutory_statement"
  | "consultation_response" | "factual_statement" | "cost_estimate" | "other_information";
export type Requester =
  | "executive_member" | "committee_chair" | "leader" | "other_member" | "political_group";
export type ReportKind =
  | "decision_report" | "political_group_briefing" | "statutory_function_report";
export type Answer = "yes" | "no" | "unknown";
export type Question =
  | "compromises_integrity_or_illegality" | "changes_substance" | "contrary_to_professional_view"
  | "option_relevant" | "political_judgement_required" | "removes_author_contact_details";
export type Verdict = "permitted" | "not_permitted" | "officer_judgement" | "unclear";

/** One change a Member asks for, in structured form. */
export interface ChangeRequest {
  action: Action;
  target: Target;
  requester?: Requester;
  report_kind?: ReportKind;
  /** The report's paragraph as printed, e.g. "4.2". */
  paragraph?: string;
  /** The Member's own words. */
  text?: string;
  /** The officer's answers to the questions rules turn on. */
  answers?: Partial<Record<Question, Answer>>;
}

/** A protocol passage that decided a verdict, quoted. */
export interface CitedRule {
  id: string;
  council: string;
  paragraph: string;
  quote: string;
}

/** The verdict on one request, with the rules that decided it. */
export interface Finding {
  /** The request judged; null when the verdict is "unclear" because none could be read. */
  request: ChangeRequest | null;
  verdict: Verdict;
  rules: CitedRule[];
  reason: string;
  conditions: { text: string; rule_id: string; paragraph: string }[];
  questions: { id: Question; text: string }[];
  escalation: { route: string; rules: CitedRule[] };
  /** True when no rule of the council speaks to the request. */
  protocol_silent: boolean;
  /** What was read from the Member's words or the revised text; absent for structured requests. */
  interpretation?: Interpretation;
}

/** Something understood, and where from (the Member's words, a paragraph, a comparison). */
export interface Reading<T> { value: T; from: string; }

export interface Interpretation {
  words: string;
  /** Line of the requests text, from 1. */
  line?: number;
  actions: Reading<Action>[];
  targets: Reading<Target>[];
  paragraphs?: string[];
  /** Non-empty means the verdict is "unclear". */
  missing?: { part: "action" | "target"; explanation: string }[];
  notes?: string[];
  considered?: { action: Action; target: Target; verdict: Verdict }[];
  change?: Change;
}

export type SectionKind =
  | "recommendations" | "options" | "consultation" | "officer_assessment"
  | "financial_implications" | "legal_implications" | "key_decision" | "policy_framework"
  | "other_implications" | "background" | "summary" | "background_papers" | "unknown";

export interface Place { paragraph: string; section: string; section_kind: SectionKind; line: number; }

/** One difference between draft and revised, with its word diff. */
export interface Change {
  kind: "deleted" | "inserted" | "edited" | "moved" | "moved_and_edited";
  draft?: Place;
  revised?: Place;
  diff: { op: "same" | "deleted" | "inserted"; text: string }[];
  reason: string;
}

/** A report read as sections of paragraphs. */
export interface Outline { sections: Section[]; }

export interface Section {
  number?: string;
  heading: string;
  kind: SectionKind;
  /** Why it has that kind. */
  kind_from: string;
  line: number;
  paragraphs: {
    number?: string;
    within?: string;
    option?: string;
    text: string;
    targets: Reading<Target>[];
    line: number;
  }[];
}

/** The officer's correction of a section's kind; `section` is its index in the outline. */
export interface SectionOverride { section: number; kind: SectionKind; }

/**
 * The officer's answers to the questions a finding asks (`finding.questions`), for the request
 * read from `words`: exactly a finding's `interpretation.words`. Keyed by words, not position,
 * so editing the requests can only drop an answer, never move it to another request. Every
 * reading of those words is judged with the answers and the strictest verdict still stands.
 */
export interface AnswersFor {
  words: string;
  answers: Partial<Record<Question, Answer>>;
}

export interface CheckRequestsInput {
  /** A council id from `councils()`. */
  council: string;
  /** The draft report's text, to resolve the paragraphs and sections requests name. */
  report?: string;
  /** Each entry the Member's words (one or more requests) or a structured request. */
  requests: (string | ChangeRequest)[];
  /** Who is asking, for requests in words (default "executive_member"). */
  requester?: Requester;
  /** The kind of report, for requests in words (default "decision_report"). */
  reportKind?: ReportKind;
  /** Corrections of the report outline's section kinds. */
  overrides?: SectionOverride[];
  /**
   * The officer's answers for requests in words, at most one entry per `words`; answers for
   * words no request has are ignored. (A structured request carries its own `answers`.)
   */
  answers?: AnswersFor[];
}

export interface CheckRevisionInput {
  council: string;
  /** The draft report. */
  draft: string;
  /** The Member's revised copy. */
  revised: string;
  requester?: Requester;
  reportKind?: ReportKind;
  overrides?: SectionOverride[];
  /** The officer's answers, keyed by each change's `interpretation.words`. */
  answers?: AnswersFor[];
}

export type RoleKind =
  | "executive_member" | "committee_member" | "committee_chair" | "scrutiny_member"
  | "group_leader" | "ward_member" | "backbench";
export type DocumentKind =
  | "agenda_or_report" | "background_paper" | "exempt_report" | "other_council_document"
  | "draft_report_or_emerging_policy" | "personal_records" | "party_group_document"
  | "monitoring_officer_correspondence" | "counsel_advice";
export type PurposeKind =
  | "ward_casework" | "portfolio_duty" | "committee_business" | "scrutiny_review" | "curiosity"
  | "private_interest" | "party_political" | "not_given";
export type AccessQuestion =
  | "within_terms_of_reference" | "relevant_to_scrutiny_review" | "decision_taken"
  | "contract_negotiation_terms" | "released_by_monitoring_officer" | "significant_resources";

/** A request to inspect a document, as `protocol-check access` reads it. */
export interface CheckAccessInput {
  council: string;
  member: {
    name?: string;
    roles?: { role: RoleKind; committee?: string; portfolio?: string; terms_of_reference?: string; wards?: string[] }[];
    party_group?: string;
    group_in_administration?: Answer;
    interest?: "none" | "personal" | "financial";
    private_capacity?: boolean;
  };
  document: {
    kind: DocumentKind;
    title?: string;
    meeting?: "council" | "committee" | "executive";
    committee?: string;
    /** Schedule 12A paragraph, 1 to 7, for an exempt report. */
    exempt_paragraph?: number;
    third_party_personal_data?: boolean;
    commercially_sensitive?: boolean;
    wards?: string[];
    portfolio?: string;
    group?: string;
  };
  purpose?: { kind?: PurposeKind; reason?: string };
  answers?: Partial<Record<AccessQuestion, Answer>>;
}

export type CitedFor =
  | "outcome" | "decided_by" | "dispute_route" | "condition" | "alternative" | "written_reasons" | "document";

/** An authority relied on: a council's quoted rule, or a provision of statute (summarised). */
export type Citation = (
  | (CitedRule & { source: "protocol" })
  | { source: "statute"; id: string; instrument: string; provision: string; summary: string }
) & { cited_for: CitedFor };

/** The answer to a request to inspect a document. */
export interface AccessFinding {
  council: string;
  outcome: "statutory_right" | "need_to_know" | "must_show_need" | "no_right";
  /** Protocol rules (quoted) first, then statute (summarised), each with what it supports. */
  rules: Citation[];
  reason: string;
  decided_by: string;
  dispute_route: string;
  conditions: string[];
  alternatives: string[];
  written_reasons: string;
}

export interface CheckResult {
  council: string;
  /** One per request, in input order. */
  findings: Finding[];
}

/** A council's protocol as data, as `protocol-check rules --format json`. */
export interface Protocol {
  council: CouncilInfo;
  /** What a Member may ask of a report author. */
  report_rules: Rule[];
  /** Members' access to documents. */
  access_rules: Rule[];
}

export interface Rule {
  id: string;
  /** The paragraph as printed. */
  paragraph: string;
  /** The protocol's own words; elisions are marked " … ". */
  quote: string;
  /** What the passage means, as data: when each clause applies and its effect. */
  clauses: RuleClause[];
}

/** A clause of a rule: the requests it applies to (each dimension "any" or a list of names),
 * its effect (`kind` plus the effect's own fields) and a one-sentence reason. */
export interface RuleClause {
  applies_to: Record<string, "any" | string[]>;
  effect: { kind: string } & Record<string, unknown>;
  reason: string;
}

/**
 * Mounts the app (or one panel) into `element`, which is emptied first: a page saved from the
 * browser with the app already rendered in it then shows the app once, not twice.
 */
export function mount(element: Element, options?: MountOptions): Mounted;

/** Options of `mount`. */
export interface MountOptions {
  /** Show only one screen; by default all, with navigation between them. */
  panel?: "check" | "reply" | "access" | "protocol" | "export";
  /** Council to start with when the officer has not chosen one yet. */
  council?: string;
  /** Local-storage key for the autosaved work (default "protocol-check/v1"). */
  storageKey?: string;
}
