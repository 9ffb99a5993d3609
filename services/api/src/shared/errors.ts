import { EnginePoolClosedError } from '@carecircle/walk-engine';
import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { actorStore } from './actor.js';
import { t, type Lang, type MessageKey } from './i18n.js';

/** One problem with one input field, in the user's language. */
export interface FieldError {
  /** Dotted path of the input field, e.g. `capacity.beds`. */
  field: string;
  message: string;
}

/** Bad input: a message a clerk can act on, and one entry per bad field. */
export class UserInputError extends GraphQLError {
  constructor(
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, fields: FieldError[] = []) {
    super(message, { extensions: { code: 'CONFLICT', fields } });
  }
}

/** Not signed in (or the session ended). */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** Too many attempts in a short time. */
export class TooManyRequestsError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/**
 * Collects field errors during validation and throws them together,
 * so the user sees every problem at once.
 */
export class FieldErrors {
  readonly list: FieldError[] = [];
  constructor(readonly lang: Lang) {}

  add(field: string, key: MessageKey, params?: Record<string, string | number>): this {
    this.list.push({ field, message: t(this.lang, key, params) });
    return this;
  }

  /** Whether a field already has an error (so database checks of its value are skipped). */
  has(field: string): boolean {
    return this.list.some((e) => e.field === field);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw new UserInputError(t(this.lang, 'invalidInput'), this.list);
  }
}

/**
 * Why a request's work stopped when its client went away before the answer (a closed tab, a
 * benchmark's connections at the end of its run): expected, so not logged as an unexpected error.
 */
export class ClientDisconnectedError extends Error {
  constructor() {
    super('the client disconnected before the answer was sent');
    this.name = 'ClientDisconnectedError';
  }
}

const isClientGone = (error: unknown): boolean =>
  error instanceof ClientDisconnectedError || (error as { cause?: unknown })?.cause instanceof ClientDisconnectedError;

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * graphql-js appends its suggestions to the end of a message: " Did you mean "x"?" (fields,
 * arguments, types, input fields) and " Did you mean the enum value "A" or "B"?" (enum values, from
 * the coercion of literals and variables, which the armor's field-suggestion rule never sees).
 */
const SUGGESTION = /\s*Did you mean [^]*$/;

/**
 * Removes graphql-js's "Did you mean …?" suggestions from an error message, so the schema cannot be
 * guessed one typo at a time when introspection is off.
 * @example
 * withoutSuggestions('Value "X" does not exist in "FacilityKind" enum. Did you mean the enum value "A"?')
 * // 'Value "X" does not exist in "FacilityKind" enum.'
 */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** How `formatError` answers. */
export interface FormatErrorOptions {
  /** Strip every "Did you mean …?" suggestion (in production, where introspection is off). */
  hideSuggestions?: boolean;
  /** The language of masked messages (default: the request's). */
  lang?: Lang;
}

/**
 * The one place that masks unexpected errors: SQL, stack traces and internals never reach a client.
 * Known errors keep their message and code; everything else becomes INTERNAL_SERVER_ERROR. With
 * `hideSuggestions` (production), no message keeps a "Did you mean …?" suggestion.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, options: FormatErrorOptions = {}): GraphQLFormattedError {
  const answer = formatKnown(formatted, error, options.lang ?? actorStore.getStore()?.lang ?? 'zh');
  return options.hideSuggestions ? { ...answer, message: withoutSuggestions(answer.message) } : answer;
}

function formatKnown(formatted: GraphQLFormattedError, error: unknown, lang: Lang): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && KNOWN_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Argument coercion errors from graphql-js carry no code but are user errors.
  const original = (error as { originalError?: unknown })?.originalError;
  if (!original && formatted.message && !code) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // Two edits of one version at once: both read it, the later write finds it moved on.
  if (original instanceof OptimisticLockError) {
    const message = t(lang, 'versionConflictConcurrent');
    return {
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'CONFLICT', fields: [{ field: 'version', message }] },
    };
  }
  // Nobody reads this answer: the client left and its work was cancelled.
  if (isClientGone(original) || isClientGone(error)) {
    return { message: t(lang, 'analysis.cancelled'), path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
  }
  // The server is stopping (its engine workers closed under a request still running): expected.
  if (original instanceof EnginePoolClosedError) {
    return { message: t(lang, 'server.stopping'), path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  console.error('[api] unexpected error', original ?? error);
  return { message: t(lang, 'internal'), path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** HTTP status of each error code the REST routes answer with (GraphQL answers 200 with the code). */
const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  BAD_FILE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REFUSED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** The HTTP status of an error code (500 for codes that are not a client's fault). */
export const httpStatusOf = (code: string): number => HTTP_STATUS[code] ?? 500;

/** One error answer of a REST route, in the shape of the GraphQL API's errors. */
export interface ErrorAnswer {
  errors: { message: string; extensions: { code: string } & Record<string, unknown> }[];
}

/**
 * The error answer of every REST route (`/imports/facilities`, `/audit.csv`, `/tiles`), shaped as
 * the GraphQL API's: `{ "errors": [{ "message": "…", "extensions": { "code": "FORBIDDEN" } }] }`,
 * the message in the request's language.
 */
export function errorAnswer(code: string, message: string, extensions: Record<string, unknown> = {}): ErrorAnswer {
  return { errors: [{ message, extensions: { ...extensions, code } }] };
}

/**
 * The error answer for something a REST route threw: API errors keep their code, message and
 * fields; anything else is masked (INTERNAL_SERVER_ERROR, logged), as `formatError` masks it.
 */
export function errorAnswerOf(error: unknown, lang: Lang): { status: number; answer: ErrorAnswer } {
  if (error instanceof GraphQLError) {
    const code = error.extensions?.code;
    if (typeof code === 'string' && (KNOWN_CODES.has(code) || code in HTTP_STATUS) && code !== 'INTERNAL_SERVER_ERROR') {
      const { code: _code, stacktrace: _stack, ...extensions } = error.extensions;
      return { status: httpStatusOf(code), answer: errorAnswer(code, error.message, extensions) };
    }
  }
  console.error('[api] unexpected error', error);
  return { status: 500, answer: errorAnswer('INTERNAL_SERVER_ERROR', t(lang, 'internal')) };
}

/** Rejects a stale update: the caller's version must be the stored one. */
export function assertVersion(lang: Lang, current: number, given: number): void {
  if (current !== given) {
    const message = t(lang, 'versionConflict', { current, given });
    throw new ConflictError(message, [{ field: 'version', message }]);
  }
}

/** What a NOT_FOUND error names. */
export type EntityName =
  'division' | 'facility' | 'facilityChange' | 'medical' | 'agreement' | 'residentialArea' | 'scenario' | 'user' | 'analysisJob';

/** "Facility 12 does not exist", in the user's language. */
export function notFound(lang: Lang, entity: EntityName, id: number | string): NotFoundError {
  return new NotFoundError(t(lang, 'notFound', { entity: t(lang, `entity.${entity}`), id }));
}

/** What a NOT_FOUND error names, by ORM entity class. */
const ENTITY_NAMES: Record<string, EntityName> = {
  Division: 'division',
  Facility: 'facility',
  FacilityChange: 'facilityChange',
  MedicalInstitution: 'medical',
  CareAgreement: 'agreement',
  ResidentialArea: 'residentialArea',
  Scenario: 'scenario',
  User: 'user',
};

/**
 * The one not-found mapping of look-ups by id (the ORM's `findOneOrFailHandler`): the existing
 * NOT_FOUND error, "Facility 12 does not exist", in the request's language.
 */
export function notFoundHandler(entityName: string, where: unknown): NotFoundError {
  const lang = actorStore.getStore()?.lang ?? 'zh';
  const id = where != null && typeof where === 'object' ? (where as { id?: unknown }).id : where;
  const shown = typeof id === 'number' || typeof id === 'string' ? id : '';
  const entity = ENTITY_NAMES[entityName];
  return entity ? notFound(lang, entity, shown) : new NotFoundError(t(lang, 'notFound', { entity: entityName, id: shown }));
}
