/**
 * The engine's public API: framework-free (no React, no DOM). Flows import `setup` and
 * `flowSetup` from here; the UI imports the rest.
 */
export { setup, flowSetup, type FlowContext, type FlowEvent, type StateMeta } from './flowSetup';
export { readFlow, type FlowModel, type FlowStep, type Answer } from './flowModel';
export { FlowContractError, formatProblem, type FlowProblem } from './FlowContractError';
export type { Field, FieldValues, ChoiceOption } from './fieldSchema';
export type { FlowMeta } from './flowMetaSchema';
export type * from './stepSchema';
export { catalogEntry, catalogSchema, type CatalogEntry } from './catalogEntry';
export { searchFlows } from './searchFlows';
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
} from './session';
export { stepView, type StepView, type StepKind, type FieldView } from './stepView';
export { describeTrail, type TrailItem } from './describeTrail';
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
} from './ticket';
export {
  diagnosticFragment,
  decodeDiagnostic,
  diagnosticPrefix,
  maxDiagnosticLength,
  type DiagnosticRecord,
  type DiagnosticProblem,
} from './diagnosticLink';
export {
  replayRecord,
  recordedAnswers,
  type ReplayedRecord,
  type AgentValue,
  type WalkedStep,
  type LeftOverAnswer,
  type ReachedEnding,
} from './replayRecord';
export { validateFields, formatDate, type FieldErrors } from './validateFields';
export { addToDate, formatLongDate, type DateOffset } from './calendarDate';
export type { ScheduleView } from './buildSchedule';
export { sessionLogic, reduceSession, type SessionEvent } from './sessionLogic';
export { analyseFlow } from './analyseFlow';
export {
  flowDiagram,
  flowDiagramDocument,
  pathDiagram,
  type DiagramPathStep,
  type PathDiagram,
} from './flowDiagram';
export { sampleFields, sampleValue } from './sampleFields';
export { pathsToEndings, type PathStep } from './pathsToEndings';
export { answerText } from './flowModel';
export { saveSession, restoreSession, type RestoreNotice } from './savedSession';
export { isExpired } from './isExpired';
export {
  parseSaved,
  savedSessionSchema,
  maxSavedLength,
  type SavedSession,
} from './savedSessionSchema';
