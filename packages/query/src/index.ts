// The command language: text to a typed query and back.
export { parseCommand } from './command.parser.js';
export { formatCommand } from './command.format.js';
export { commandWords } from './command-words.js';
export type { Query, QueryKind } from './query.types.js';

// Running a query over any hcdm database.
export { answerWithoutData, runCommand, runQuery, type RunQueryOptions } from './query.runner.js';

// What a query answers, and its JSON form.
export type {
  BarsAxes,
  BarsResult,
  HeatmapResult,
  ListResult,
  QueryColumn,
  QueryResult,
  QueryRow,
  QuerySection,
  QueryShape,
  QueryValue,
  SectionsResult,
  SummaryResult,
} from './query-result.types.js';
export { resultToJson, type QueryJson } from './query-result.json.js';

// Errors.
export { InvalidCommandError, UnknownCommandError } from './query.errors.js';
