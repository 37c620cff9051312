// The parser lives in shared/ so the renderer can show a summary while it streams; re-exported here
// for the services that import it from the summarizer.
export { parseStructuredOutput, renderSummaryText, type ParsedSummary } from '../../shared/parse-structured';
