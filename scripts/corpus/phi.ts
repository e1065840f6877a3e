/**
 * PHI categories and the annotated-report shape written to data/corpus/reports.jsonl.
 *
 * The category list mirrors `PhiCategory` in sdk/deid/categories.ts; it is
 * repeated here so the generator has no dependency on the engine it is used to measure.
 *
 * @example
 * const ok = PHI_CATEGORIES.includes('NAME'); // true
 */
export const PHI_CATEGORIES = [
  'NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN',
  'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID',
] as const;

/** One Safe Harbor category. @example const c: PhiCategory = 'DATE'; */
export type PhiCategory = (typeof PHI_CATEGORIES)[number];

/** The report kinds the generator writes. @example REPORT_TYPES[0] === 'discharge_summary' */
export const REPORT_TYPES = [
  'discharge_summary', 'radiology', 'pathology', 'lab', 'ed_note', 'letter', 'dialogue',
  'progress_note', 'operative_note',
] as const;

/** One report kind. @example const t: ReportType = 'radiology'; */
export type ReportType = (typeof REPORT_TYPES)[number];

/** A PHI span: UTF-16 offsets into the report text, end exclusive. @example { start: 0, end: 4, category: 'NAME' } */
export interface PhiSpan {
  start: number;
  end: number;
  category: PhiCategory;
}

/** One line of reports.jsonl. @example { id: 'rpt-0001', patientId: 'pt-0001', reportType: 'lab', text: '...', phi: [] } */
export interface AnnotatedReport {
  id: string;
  patientId: string;
  reportType: ReportType;
  text: string;
  phi: PhiSpan[];
  /** Set on exact and near duplicates: the id of the report they copy. */
  duplicateOf?: string;
}

/**
 * A report as held in memory by the generator: the JSONL record plus, for each span, the value the
 * generator meant to write there (tests compare it with `text.slice(start, end)`).
 *
 * @example
 * const r: GeneratedReport = { ...annotated, intended: ['Hope Young'] };
 */
export interface GeneratedReport extends AnnotatedReport {
  intended: string[];
}
