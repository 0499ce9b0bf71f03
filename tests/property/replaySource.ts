/**
 * Sessions' events written back as TypeScript source, so that a failing walk prints code to
 * paste into a test: `[...].reduce(reduceSession, startSession(flowById('…')))` replays it exactly.
 */
import type { FieldValues, SessionEvent } from '../../src/engine';

/** A long string as `'x'.repeat(n).slice(0, m)` when it is one short unit repeated. */
function stringSource(value: string): string {
  if (value.length <= 80) return JSON.stringify(value);
  for (let size = 1; size <= 8; size++) {
    const unit = value.slice(0, size);
    const count = Math.ceil(value.length / size);
    if (unit.repeat(count).slice(0, value.length) === value) {
      const repeated = `${JSON.stringify(unit)}.repeat(${count})`;
      return count * size === value.length ? repeated : `${repeated}.slice(0, ${value.length})`;
    }
  }
  return JSON.stringify(value);
}

function numberSource(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (Object.is(value, -0)) return '-0';
  return Number.isFinite(value) ? String(value) : value > 0 ? 'Infinity' : '-Infinity';
}

export function valuesSource(fields: FieldValues): string {
  const entries = Object.entries(fields).map(
    ([key, value]) => `${JSON.stringify(key)}: ${stringSource(value)}`,
  );
  return `{ ${entries.join(', ')} }`;
}

function eventSource(event: SessionEvent): string {
  switch (event.type) {
    case 'ANSWER':
      return `{ type: 'ANSWER', event: ${stringSource(event.event)} }`;
    case 'SUBMIT':
      return `{ type: 'SUBMIT', values: ${valuesSource(event.values)}, today: '${event.today}' }`;
    case 'DRAFT':
      return `{ type: 'DRAFT', values: ${valuesSource(event.values)} }`;
    case 'CHANGE':
      return `{ type: 'CHANGE', index: ${numberSource(event.index)} }`;
    case 'BACK':
    case 'FORWARD':
    case 'RESTART':
      return `{ type: '${event.type}' }`;
  }
}

export function replaySource(flowId: string, events: readonly SessionEvent[]): string {
  const list = events.map((event, index) => `  /* ${index} */ ${eventSource(event)},`).join('\n');
  return `const events: SessionEvent[] = [\n${list}\n];\nevents.reduce(reduceSession, startSession(flowById('${flowId}')));`;
}
