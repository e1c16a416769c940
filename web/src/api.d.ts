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
  request: ChangeRequest;
  verdict: Verdict;
  rules: CitedRule[];
  reason: string;
  conditions: string[];
  questions: { id: Question; text: string }[];
  escalation: { route: string; rules: CitedRule[] };
  /** True when no rule of the council speaks to the request. */
  protocol_silent: boolean;
}

export interface CheckRequestsInput {
  /** A council id from `councils()`. */
  council: string;
  /** The draft report's text. */
  report?: string;
  /** One entry per request, each the Member's words or a structured request. */
  requests: (string | ChangeRequest)[];
}

export interface CheckResult {
  council: string;
  /** One per request, in input order. */
  findings: Finding[];
}

/** A council's protocol as data, as `protocol-check rules --format json`. */
export interface Protocol {
  council: CouncilInfo;
  report_rules: Rule[];
}

export interface Rule {
  id: string;
  /** The paragraph as printed. */
  paragraph: string;
  /** The protocol's own words; elisions are marked " … ". */
  quote: string;
  clauses: unknown[];
}

/** Options of `mount`. */
export interface MountOptions {
  /** Show only one screen; by default all, with navigation between them. */
  panel?: "check" | "reply" | "protocol" | "export";
  /** Council to start with when the officer has not chosen one yet. */
  council?: string;
  /** Local-storage key for the autosaved work (default "protocol-check/v1"). */
  storageKey?: string;
}
