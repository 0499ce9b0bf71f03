/**
 * What the random walks draw: intents, resolved against the current session into real events
 * (tests/property/resolveIntent.ts), so that most of them mean something whatever the step (a
 * "choice index" picks among what is there). Long strings stay abstract ({ unit, length }) so
 * counter-examples print short and shrink well.
 */
import fc from 'fast-check';

/** Events per walk, at most. */
const maxEvents = 16;

interface LongText {
  unit: string;
  length: number;
}
export type Text = string | LongText;

export interface FormInput {
  /** Which valid sample submission of the form to start from. */
  sample: number;
  /**
   * One entry per field of the form, in order (cycled): a value to type instead of the sample's,
   * `null` to leave the field out, `undefined` to keep the sample's value.
   */
  values: readonly (Text | null | undefined)[];
  /** Keys no field has. */
  extra: readonly (readonly [string, Text])[];
}

export type Intent =
  /** The meaningful move here: an answer the step offers, or a valid sample submission. */
  | { kind: 'progress'; pick: number; today: string }
  /** Any answer event of the flow, whichever step it belongs to. */
  | { kind: 'answerOfFlow'; pick: number }
  /** An event name no step may know. */
  | { kind: 'answerUnknown'; event: string }
  | { kind: 'submitSample'; pick: number; today: string }
  | { kind: 'submitHostile'; input: FormInput; today: string }
  | { kind: 'draft'; input: FormInput }
  | { kind: 'back' }
  /** The browser's Forward: redoes what the last BACK undid. */
  | { kind: 'forward' }
  /** An index into the trail as it is, when there is one. */
  | { kind: 'change'; pick: number }
  /** Any index: negative, past the end, not an integer. */
  | { kind: 'changeAnyIndex'; index: number }
  | { kind: 'restart' };

/** A few days around the sample dates: before them, future dates and past ones become invalid. */
const todayArb = fc.constantFrom(
  '2026-11-25',
  '2026-11-02',
  '2027-03-01',
  '2030-01-01',
  '2025-06-15',
);

const pickArb = fc.nat({ max: 1_000 });

const longTextArb: fc.Arbitrary<LongText> = fc.record({
  unit: fc.constantFrom('a', 'é', ' ', '\n', '😀', 'ب', '<b>', '0'),
  // Around the limits of the flows' fields, and sometimes far past them (rarely: big strings are slow).
  length: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(29, 30, 31, 63, 64, 65, 199, 200, 201, 1_999, 2_000, 2_001),
    },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) },
    { weight: 1, arbitrary: fc.integer({ min: 2_002, max: 100_000 }) },
    { weight: 1, arbitrary: fc.constant(100_000) },
  ),
});

const hostileTextArb: fc.Arbitrary<Text> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '   \t\n  ',
    '\u00a0\u2003',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\u202eevil\u202c',
    'مرحبا بالعالم',
    'שלום עולם',
    '👩‍💻🔥🇫🇷',
    '\u200b',
    '\u0000',
    '\ud800',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-11-26',
    '2099-12-31',
    '25/11/2026',
    '2026-11-25T10:00',
    'B12-034',
    'UM-PC-4242',
    '${x}{{x}}',
    "'; DROP TABLE tickets; --",
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  longTextArb,
);

const formInputArb: fc.Arbitrary<FormInput> = fc.record({
  sample: pickArb,
  values: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 4, arbitrary: hostileTextArb },
    ),
    { minLength: 1, maxLength: 8 },
  ),
  extra: fc.array(
    fc.tuple(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'toString'),
      ),
      hostileTextArb,
    ),
    { maxLength: 2 },
  ),
});

const screamingCaseArb = fc.stringMatching(/^[A-Z][A-Z0-9]{0,12}(_[A-Z0-9]{1,8}){0,3}$/);

const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({ kind: fc.constant('progress'), pick: pickArb, today: todayArb }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('answerOfFlow'), pick: pickArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('answerUnknown'),
      event: fc.oneof(fc.string({ maxLength: 20 }), screamingCaseArb),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('submitSample'), pick: pickArb, today: todayArb }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('submitHostile'),
      input: formInputArb,
      today: todayArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('draft'), input: formInputArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('back') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('forward') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('change'), pick: pickArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('changeAnyIndex'),
      index: fc.oneof(
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.constantFrom(-1, -0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart') }) },
);

/** A walk: one to `maxEvents` intents. */
export const intentsArb = fc.array(intentArb, { minLength: 1, maxLength: maxEvents, size: 'max' });
