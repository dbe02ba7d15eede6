import type { ObjectLiteral } from 'typeorm';

/**
 * A condition a caller adds to a telecom statement: SQL over the statement's record alias
 * (each option that takes one names it), written by the caller, with its named parameters.
 * This package knows no leads or listings, so a ranking's filter (`@hcdm/analyses`) comes in
 * this way; the caller writes the SQL from constants, never from input.
 */
export interface RecordCondition {
  readonly condition: string;
  readonly parameters: ObjectLiteral;
}
