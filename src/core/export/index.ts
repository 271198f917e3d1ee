/** Claim exports (Markdown report, CSV, JSON, ClaimReview, Web Annotation): the entry file of the area. */
export { exportClaims, formats, FORMAT_INFO, EXPORT_FORMATS, isExportFormat, type ExportFormat, type ExportOptions, type Exporter } from './formats';
export { claimsToCsv, claimsToMarkdown, exportCsv, exportMarkdown, CSV_HEADER, type ClaimsDocument } from './claimsTable';
export { claimReviews, claimReviewJson, ratingOf, readableText, textFragmentUrl, type ClaimReview, type ClaimReviewOptions, type Reviewer } from './claimReview';
export {
  claimsJsonData, claimsToJson, documentsFromStore, importClaimsJson, importClaimsJsonWithSummary, reviewDocument, ImportError, CLAIMS_JSON_VERSION,
  type ClaimsJson, type ClaimsJsonClaim, type ExportClaim, type ExportDocument, type ImportOptions, type ImportSummary, type ReviewedClaim, type ReviewedDocument,
} from './json';
export { countVerdicts, renderReport, type ReportOptions, type VerdictCounts } from './report';
export { webAnnotations, webAnnotationCollection, webAnnotationJson, claimAnnotationId, noteAnnotationId, type AnnotationCollection, type WebAnnotation, type WebAnnotationOptions } from './webAnnotation';
export { publicDocumentUrl } from './publicUrl';
export { overviewLines } from './overviewSection';
