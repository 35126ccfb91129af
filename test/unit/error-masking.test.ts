import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, forbidden, notFound, PublicError } from '../../kit/errors.js';
import { isClientError, maskError } from '../../kit/server.js';
import { bookingConflict, idempotencyKeyReused } from '../../subgraphs/facilities/errors.js';

/** What Apollo hands formatError for an error thrown in a resolver: graphql-js wraps it with the path. */
function fromResolver(thrown: Error) {
  const located = new GraphQLError(thrown.message, { path: ['a', 'b'], originalError: thrown });
  const code = thrown instanceof GraphQLError ? (thrown.extensions.code ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
  const formatted = {
    message: located.message,
    path: ['a', 'b'],
    extensions: { ...located.extensions, code, stacktrace: ['at x (/srv/app.ts:1)'] },
  };
  return { formatted, error: located };
}

describe('maskError trusts the PublicError class, not a list of codes', () => {
  it('passes a PublicError with a code nobody listed anywhere, without its stack trace', () => {
    const { formatted, error } = fromResolver(new PublicError('BRAND_NEW_CODE', 'Made for the client.', { detail: 1 }));
    expect(maskError(formatted, error)).toEqual({
      message: 'Made for the client.',
      path: ['a', 'b'],
      extensions: { code: 'BRAND_NEW_CODE', detail: 1 },
    });
  });

  it('passes every factory of the kit and of facilities', () => {
    for (const e of [
      badInput('first', 'a number', 'x'),
      notFound('Space', 's1'),
      forbidden('no'),
      bookingConflict(new Date(0), new Date(1)),
      idempotencyKeyReused('k', 'b'),
    ]) {
      const { formatted, error } = fromResolver(e);
      expect(maskError(formatted, error).extensions?.code).toBe(e.extensions.code);
      expect(maskError(formatted, error).message).toBe(e.message);
    }
  });

  it('masks a plain GraphQLError that merely carries a public-looking code, and any other error', () => {
    for (const thrown of [
      new GraphQLError('SQLITE_ERROR: no such table: bookings', { extensions: { code: 'BOOKING_CONFLICT' } }),
      new Error('connect ECONNREFUSED 10.0.0.5:5432'),
      Object.assign(new Error('duplicate key'), { code: '23505' }),
    ]) {
      const { formatted, error } = fromResolver(thrown);
      expect(maskError(formatted, error)).toEqual({
        message: 'Internal server error',
        path: ['a', 'b'],
        locations: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });

  it("passes Apollo's own refusals of a request (nothing ran: no path), but not the same codes from a resolver", () => {
    const validation = { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(maskError(validation, new GraphQLError(validation.message))).toEqual(validation);
    const { formatted, error } = fromResolver(
      new GraphQLError('Variable "$x" got invalid value', { extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(maskError(formatted, error).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it("passes a subgraph's coded error at the gateway (masked there already), but not its internal or uncoded ones", () => {
    const downstream = (code: string) => ({ message: 'm', path: ['x'], extensions: { code, serviceName: 'facilities' } });
    expect(isClientError(downstream('BOOKING_CONFLICT'))).toBe(true);
    expect(isClientError(downstream('INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isClientError(downstream('DOWNSTREAM_SERVICE_ERROR'))).toBe(false);
    expect(isClientError({ message: 'm', path: ['x'], extensions: { code: 'BOOKING_CONFLICT' } } as never)).toBe(false);
  });

  it('never echoes more than 100 characters of a received value', () => {
    const e = badInput('purpose', '1 to 500 characters', 'x'.repeat(900_000));
    expect(e.message.length).toBeLessThan(250);
    expect(e.message).toContain('(900002 characters)');
  });
});
