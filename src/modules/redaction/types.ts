// Public types of the redaction module.
export type TCaseType = 'citizen' | 'building' | 'publication';

/** Case context handed to the detector (same shape as the `--context` file of `rodtrad redact`). */
export interface TRedactContext {
  case_type?: TCaseType;
  parties?: string[];
  staff?: string[];
  keep?: string[];
}

export interface TDetectSpanLike {
  start: number;
  end: number;
  label: string;
  confidence: number;
  legalBasis: string;
  text: string;
  explanation?: string;
}

/** The detection engine as the redaction pipeline sees it (injected; defaults to the detection module). */
export type TDetector = (input: { text: string } & TRedactContext) => { spans: TDetectSpanLike[] };

/** A rectangle in MuPDF page space: points, origin top-left, y downwards. */
export type TRect = [number, number, number, number];

export interface TSuggestion {
  id: string;
  /** 1-based page number in the produced PDF. */
  page: number;
  boxes: TRect[];
  label: string;
  legalBasis: string;
  text: string;
  confidence: number;
  source: 'text' | 'ocr';
}

/** An extra rectangle chosen by a person in the review UI. Page is 1-based; coordinates as TRect. */
export interface TManualBox {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  legalBasis: string;
}

/** A suggestion to keep: its id, or every suggestion with this exact text. */
export type TRejection = string | { text: string };

export type TInputFormat = 'pdf' | 'docx' | 'eml' | 'msg' | 'png' | 'jpeg' | 'tiff' | 'text' | 'html';

export interface TPageInfo {
  page: number;
  width: number;
  height: number;
  ocr: boolean;
}

export interface TAnalysis {
  format: TInputFormat;
  pages: TPageInfo[];
  suggestions: TSuggestion[];
  ocrUsed: boolean;
  /** Parts that were not turned into pages (unsupported attachments, limits), with the reason. */
  skipped: { name: string; reason: string }[];
}

export interface TRedactReport {
  format: TInputFormat;
  pages: number;
  items: Record<string, number>;
  itemsTotal: number;
  manualBoxes: number;
  rejected: number;
  ocr: boolean;
  ocrPages: number;
  verified: boolean;
  skipped: { name: string; reason: string }[];
  seconds: number;
}

export interface TRedactOptions {
  context?: TRedactContext;
  detector?: TDetector;
  /** If given, only these suggestion ids are applied (the reviewer's accepted list). */
  accept?: string[];
  reject?: TRejection[];
  manual?: TManualBox[];
  password?: string;
  /** Name used in error messages (the input file name). */
  name?: string;
  /**
   * Run the detector (default true). False when every redaction arrives as a manual box (a reviewed
   * document): the pages are still read (and OCR'd) for verification, but nothing is detected.
   */
  detect?: boolean;
  /** Add an invisible text layer with the kept words of OCR'd pages (default true). */
  textLayer?: boolean;
}
