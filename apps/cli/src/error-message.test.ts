import { describe, expect, it } from 'vitest';
import { HcdmError, InvalidValueError, NotFoundError } from '@hcdm/core';
import { describeError, reportError } from './error-message.js';

describe('describeError', () => {
  it('keeps a bad-input message and answers status 1', () => {
    expect(describeError(new NotFoundError('no customer with phone +919876500000'))).toEqual({
      message: 'no customer with phone +919876500000',
      exitCode: 1,
    });
    expect(describeError(new InvalidValueError('--tz', 'is not an IANA time zone', 'Mars/Olympus'))).toEqual({
      message: '--tz: is not an IANA time zone (Mars/Olympus)',
      exitCode: 1,
    });
  });

  it('answers status 2 with a hint for a database problem', () => {
    expect(describeError(new HcdmError('NOT_A_DATABASE', 'notes.txt: is not an SQLite database'))).toEqual({
      message: 'notes.txt: is not an SQLite database (give another file with --db)',
      exitCode: 2,
    });
  });

  it('knows an error by its code when it is not an HcdmError (the sample package has its own)', () => {
    const error = Object.assign(new Error('customers: is not a whole number >= 0 (-1)'), { code: 'INVALID_INPUT' });
    expect(describeError(error)).toEqual({ message: 'customers: is not a whole number >= 0 (-1)', exitCode: 1 });
  });

  it('puts a message of several lines on one', () => {
    expect(describeError(new HcdmError('INVALID_COMMAND', 'bad period\n  use from DATE to DATE'))).toEqual({
      message: 'bad period use from DATE to DATE',
      exitCode: 1,
    });
  });

  it('names the path of a file-system error', () => {
    const error = Object.assign(new Error('EACCES: permission denied, mkdir'), { code: 'EACCES', path: '/root/out' });
    expect(describeError(error)).toEqual({ message: '/root/out: permission denied', exitCode: 2 });
    const file = Object.assign(new Error('EEXIST: file already exists, mkdir'), { code: 'EEXIST', path: 'notes.txt' });
    expect(describeError(file)).toEqual({ message: 'notes.txt: already exists, and is not a folder', exitCode: 1 });
  });

  it('calls anything else unexpected, status 2', () => {
    expect(describeError(new TypeError('x is undefined'))).toEqual({
      message: 'unexpected error: x is undefined (HCDM_DEBUG=1 shows details)',
      exitCode: 2,
    });
  });
});

describe('reportError', () => {
  it('writes one line, and the stack only with HCDM_DEBUG=1', () => {
    const written: string[] = [];
    const stderr = { write: (text: string) => written.push(text) };
    const error = new NotFoundError('no customer with id C999');
    expect(reportError(error, stderr, {})).toEqual(1);
    expect(written).toEqual(['error: no customer with id C999\n']);
    reportError(error, stderr, { HCDM_DEBUG: '1' });
    expect(written[2]).toContain('at ');
  });

  it('never prints the password of a connection URL, in the line or in the stack', () => {
    const written: string[] = [];
    const stderr = { write: (text: string) => written.push(text) };
    const error = new Error('could not use postgres://ana:s3cret@db:5432/crm');
    expect(reportError(error, stderr, { HCDM_DEBUG: '1' })).toEqual(2);
    expect(written[0]).toEqual('error: unexpected error: could not use postgres://ana:***@db:5432/crm (HCDM_DEBUG=1 shows details)\n');
    expect(written.join('')).not.toContain('s3cret');
  });
});
