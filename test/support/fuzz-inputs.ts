import fc from 'fast-check';

/**
 * Inputs for fuzzing the HTTP API (issue 13 "Prove"): hostile values, mutations of a valid body, bodies that are not
 * forms at all, and query strings no browser writes. Each is a fast-check arbitrary, so a failure shrinks to a
 * small counterexample.
 */

/** Percent-encoded UTF-8 (lone surrogates become U+FFFD, as a browser sends them). */
export const pct = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');

/** Strings a form never sends: NUL, lone surrogates, direction overrides, BOMs, line breaks, anything else. */
export const hostileText = fc.string({
  unit: fc.oneof(
    { arbitrary: fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', '\n', '%', '\\', "'", '"', '<', '工'), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  ),
  maxLength: 24,
});
/** Objects and arrays inside each other, `depth` deep. */
const nested = (depth: number): unknown => {
  let value: unknown = '深';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};
/** Times that are well formed, nearly so, or out of every calendar the desk knows. */
export const timeText = fc.oneof(
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-02-30T09:00:00+08:00', '2026-11-25T24:00:00+08:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59+14:00', '2026-11-25T10:00:00', '2026-11-25', '2026-11-25T10:00:00+99:99', '+275760-09-13T00:00:00Z'),
);
/** Ids that look like uuids to a lax pattern (`[0-9a-f-]{36}`) but are not, and real-looking ones that exist nowhere. */
export const idText = fc.oneof(fc.uuid(), fc.stringMatching(/^[0-9a-f-]{36}$/), fc.constantFrom('-'.repeat(36), '0'.repeat(36), '00000000-0000-0000-0000-000000000000'));
/** Anything a JSON field may be given instead of what the form sends: wrong types, huge and deep values, hostile text. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53 + 2, 1e308, '', ' ', '\u0000', [], {}, [null], { a: 1 }),
  hostileText,
  fc.integer(),
  fc.double(), // NaN and ±Infinity travel as null
  fc.nat(60_000).map((n) => '长'.repeat(n)),
  fc.nat(3_000).map(nested),
  timeText,
  idText,
  fc.anything({ maxDepth: 3, maxKeys: 5 }),
);

/** Keys a client may add: the domain's own fields, fields the server owns (mass assignment), prototype names, anything. */
const OWNED_KEYS = ['id', 'status', 'version', 'streetCode', 'street_code', 'createdBy', 'localNo', 'overdue', 'leadUnitId', 'assessment', '__proto__', 'constructor', 'toString', ''];

export type Payload = { kind: 'json'; json: unknown } | { kind: 'text'; text: string };
export interface Mutation {
  drop: string[];
  set: [string, unknown][];
}
/** A valid body with a field or two dropped and some set to `values` (a field may be set twice: the last wins). */
export const mutationOf = (fields: readonly string[], values: fc.Arbitrary<unknown> = junk): fc.Arbitrary<Mutation> =>
  fc.record({
    drop: fc.subarray([...fields], { maxLength: 2 }),
    set: fc.array(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...fields), weight: 6 }, fc.constantFrom(...OWNED_KEYS), hostileText), values), { maxLength: 4 }),
  });
export function mutate(body: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  for (const key of m.drop) delete out[key];
  for (const [key, value] of m.set) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
/** Not a mutated form at all: any JSON, or text that is not JSON. */
export const foreignBody: fc.Arbitrary<Payload> = fc.oneof(
  fc.anything({ maxDepth: 4 }).map((json): Payload => ({ kind: 'json', json })),
  fc.oneof(hostileText, fc.constantFrom('{', '{"a":', '[1,]', '{"a":1}}', 'null', '"x"', '\u0000')).map((text): Payload => ({ kind: 'text', text })),
);

/** What no encoder writes: broken escapes, bytes that are not UTF-8, separators inside values. */
const rawQueryJunk = fc.constantFrom('%', '%zz', '%E5%9F', '%ED%A0%80', '%FF', '%00', '%C0%AF', '&&', '==', '[]', '[0]', '+', ';', '%2526');
/** `k=v&…` with the endpoint's keys (mostly) and its values (mostly), percent-encoded or not encoded right. */
export const queryString = (keys: readonly string[], values: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.tuple(
        fc.oneof({ arbitrary: fc.constantFrom(...keys), weight: 6 }, fc.constantFrom('__proto__', 'constructor', 'status[]', 'q[a]', ''), hostileText),
        fc.oneof({ arbitrary: values.map(pct), weight: 4 }, hostileText.map(pct), rawQueryJunk),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${pct(k)}=${v}`).join('&'));

export const commaList = (values: readonly string[]) => fc.array(fc.constantFrom(...values, '', 'x'), { maxLength: 3 }).map((v) => v.join(','));
export const numberText = fc.oneof(fc.integer().map(String), fc.constantFrom('0', '-1', '1e3', '1e20', '9007199254740993', 'Infinity', 'NaN', '0x10', ' 1', '1.5', '', '200', '201'));
export const dayText = fc.oneof(fc.constantFrom('2026-11-25', '2026-02-29', '2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '2026-11'), timeText);
