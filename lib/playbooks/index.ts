export { choosePlaybook } from './choose';
export { DEFAULT_PLAYBOOKS, defaultPlaybookFor } from './defaults';
export { checkDraft, jaccard, unfilledIn, type DraftCheckOptions, type DraftWarning, type Warning, type WarningSeverity } from './draft-check';
export { parsePlaybookImport, serializePlaybooks, type PlaybookImportResult } from './io';
export { buildContext, contactFor, firstNameOf, quoteOf, renderTemplate, UNFILLED_MARKERS, type RenderContext, type RenderResult } from './render';
export {
  PLAYBOOK_KINDS,
  PlaybookExportSchema,
  PlaybookKindSchema,
  PlaybookSchema,
  TEMPLATE_VARIABLES,
  TemplateSchema,
  type LengthClass,
  type Playbook,
  type PlaybookKind,
  type Template,
  type TemplateVariable,
} from './schema';
export { SITE_LIMITS, siteLength, siteLimitFor, type SiteLimit } from './site-limits';
export {
  deletePlaybook,
  duplicatePlaybook,
  exportPlaybooks,
  importAll,
  listPlaybooks,
  movePlaybook,
  readPlaybooks,
  reorderPlaybooks,
  resetToDefaults,
  savePlaybook,
  type ImportMode,
  type StoredPlaybooks,
} from './store';
export { suggestReplies, type SuggestHistory, type SuggestInput, type SuggestResult, type Suggestion } from './suggest';
