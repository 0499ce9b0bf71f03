/**
 * The engine's public API: framework-free (no React, no DOM). Flows import `setup` and
 * `flowSetup` from here; the UI imports the rest.
 */
export {
  setup,
  flowSetup,
  type FlowContext,
  type FlowEvent,
  type StateMeta,
} from './contract/flowSetup';
export { readFlow, type FlowModel, type FlowStep, type Answer } from './flowModel';
export { FlowContractError, formatProblem, type FlowProblem } from './contract/FlowContractError';
export type { Field, FieldValues, ChoiceOption } from './contract/schemas/fieldSchema';
export type { FlowMeta } from './contract/schemas/flowMetaSchema';
export {
  flowTranslationSchema,
  type FlowTranslation,
  type TranslatedTexts,
} from './i18n/flowTranslationSchema';
export { translateStep } from './i18n/translateStep';
export { checkTranslation, translationFile } from './i18n/checkTranslation';
export { readCategoryNames, categoryNamesFile } from './i18n/categoryNames';
export { englishEntry } from './i18n/englishEntry';
export {
  englishCatalogSchema,
  type EnglishCatalog,
  type EnglishEntry,
} from './catalog/englishCatalogSchema';
export { inEnglish } from './catalog/englishCatalog';
export { stepTexts } from './i18n/stepTexts';
export { shownStep, type ShownStep, type Language } from './i18n/shownStep';
export type { TicketReview } from './i18n/reviewTicket';
export { typesetEnglish } from './text/typesetEnglish';
export type * from './contract/schemas/stepSchema';
export { catalogEntry, catalogSchema, type CatalogEntry } from './catalog/catalogEntry';
export { searchFlows } from './catalog/searchFlows';
export {
  categoriesFile,
  readCategories,
  unlistedCategories,
  categoryProblems,
  orderCatalog,
  type ReadCategories,
} from './catalog/categories';
export { groupByCategory, type CategoryGroup } from './catalog/groupByCategory';
export {
  startSession,
  startSessionAt,
  answer,
  submit,
  saveDraft,
  back,
  forward,
  change,
  restart,
  type Session,
  type TrailEntry,
  type Origin,
} from './session/session';
export {
  stepView,
  type StepView,
  type StepKind,
  type FieldView,
  type ViewLanguage,
} from './session/stepView';
export { describeTrail, type TrailItem } from './session/describeTrail';
export { leavingOrigin, problemCameBack } from './session/leavingOrigin';
export {
  ticketText,
  ticketBody,
  ticketJson,
  mailSubject,
  mailtoHref,
  describeTarget,
  describeDestination,
  agentLabel,
  notProvided,
  type Ticket,
  type TicketTextContext,
} from './handOff/ticket';
export {
  diagnosticFragment,
  decodeDiagnostic,
  diagnosticPrefix,
  maxDiagnosticLength,
  type DiagnosticRecord,
  type DiagnosticProblem,
} from './handOff/diagnosticLink';
export {
  hasTypedValues,
  resumeRecord,
  resumeFragment,
  resumeSession,
  resumeSegment,
  type ResumeRecord,
  type ResumeProblem,
} from './handOff/resumeLink';
export {
  replayRecord,
  recordedAnswers,
  type ReplayedRecord,
  type AgentValue,
  type WalkedStep,
  type LeftOverAnswer,
  type ReachedEnding,
} from './handOff/replayRecord';
export { validateFields, type FieldErrors } from './fields/validateFields';
export type { FieldMessages, FieldProblem } from './fields/fieldProblem';
export { frenchFieldMessages } from './fields/frenchFieldMessages';
export { joinDateParts, splitDateParts, datePartsInError, type DatePart } from './fields/dateInput';
export { approximateAnswers, approximateChoice } from './fields/approximateDate';
export { followRules } from './fields/formRules';
export { addToDate, formatDate, formatLongDate, type DateOffset } from './fields/calendarDate';
export { scheduleLines, type ScheduleView, type ScheduleRow } from './fields/buildSchedule';
export { sessionLogic, reduceSession, type SessionEvent } from './session/sessionLogic';
export { analyseFlow } from './contract/checks/analyseFlow';
export {
  flowDiagram,
  flowDiagramDocument,
  pathDiagram,
  type DiagramPathStep,
  type PathDiagram,
} from './graph/flowDiagram';
export { sampleFields, sampleValue } from './fields/sampleFields';
export { pathsToEndings, type PathStep } from './graph/pathsToEndings';
export { answerText } from './flowModel';
export { typeset } from './text/typeset';
export { saveSession, restoreSession, type RestoreNotice } from './session/savedSession';
export { isExpired } from './session/isExpired';
export {
  parseSaved,
  savedSessionSchema,
  maxSavedLength,
  type SavedSession,
} from './session/savedSessionSchema';
