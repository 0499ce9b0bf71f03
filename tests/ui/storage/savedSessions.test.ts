import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, saveSession, startSession, type SavedSession } from '../../../src/engine';
import { settings } from '../../../src/settings/settings';
import {
  readSaved,
  sweepSaved,
  unfinishedSessions,
} from '../../../src/ui/storage/readSavedSessions';
import { clearSaved, saveAfterPaint, writePending } from '../../../src/ui/storage/savedSessions';
import { networkFlow } from '../../support/walks/networkWalk';

const hour = 3_600_000;
const key = 'depannage:session:network-connection';
const retention = settings.sessionRetentionHours * hour;

/** network-connection saved at `age` ago: unfinished at step 2, or finished on its resolution. */
function savedSession(kind: 'unfinished' | 'finished', age = 0): SavedSession {
  const atWifi = answer(startSession(networkFlow), 'WIFI');
  return saveSession(kind === 'finished' ? answer(atWifi, 'FIXED') : atWifi, Date.now() - age);
}

/** As stored; some tests store what the app would not write (an older format, say). */
const text = (saved: object) => JSON.stringify(saved);

function appKeys(storage: Storage): string[] {
  return Object.keys(storage).filter((name) => name.startsWith('depannage:'));
}

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  writePending();
  sessionStorage.clear();
});

describe('where a session is kept', () => {
  it('keeps an unfinished session in localStorage, for any later visit', () => {
    saveAfterPaint(networkFlow.id, () => savedSession('unfinished'));
    writePending();
    expect(localStorage.getItem(key)).not.toBeNull();
    expect(sessionStorage.getItem(key)).toBeNull();
    expect(unfinishedSessions([networkFlow.id]).map((saved) => saved.stepNumber)).toEqual([2]);
  });

  it('moves a finished session to this tab’s sessionStorage, out of localStorage', () => {
    saveAfterPaint(networkFlow.id, () => savedSession('unfinished'));
    writePending();
    saveAfterPaint(networkFlow.id, () => savedSession('finished'));
    writePending();
    expect(localStorage.getItem(key)).toBeNull();
    expect(JSON.parse(sessionStorage.getItem(key) ?? '{}')).toMatchObject({ finished: true });
    expect(unfinishedSessions([networkFlow.id])).toEqual([]);
  });

  it('reopens a finished session for a URL with a step number', () => {
    sessionStorage.setItem(key, text(savedSession('finished')));
    expect(readSaved(networkFlow.id, { finishedToo: true })).toBe(sessionStorage.getItem(key));
  });

  it('drops it at once when the procedure is opened anew (a URL without a step number)', () => {
    sessionStorage.setItem(key, text(savedSession('finished')));
    expect(readSaved(networkFlow.id, { finishedToo: false })).toBeNull();
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('lets a session started afresh in this tab replace the finished one', () => {
    sessionStorage.setItem(key, text(savedSession('finished')));
    saveAfterPaint(networkFlow.id, () => saveSession(startSession(networkFlow), Date.now()));
    writePending();
    expect(sessionStorage.getItem(key)).toBeNull();
    expect(readSaved(networkFlow.id, { finishedToo: true })).toBe(localStorage.getItem(key));
  });

  it('writes a pending save before any read, so a read never finds the session one answer behind', () => {
    saveAfterPaint(networkFlow.id, () => savedSession('unfinished'));
    expect(readSaved(networkFlow.id, { finishedToo: false })).not.toBeNull();
  });

  it('never takes a session found in the wrong place', () => {
    localStorage.setItem(key, text(savedSession('finished')));
    sessionStorage.setItem(key, text(savedSession('unfinished')));
    expect(readSaved(networkFlow.id, { finishedToo: true })).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
    expect(sessionStorage.getItem(key)).toBeNull();
  });
});

describe('expiry', () => {
  it('keeps a session until the deployment’s hours have passed, then removes it on reading', () => {
    localStorage.setItem(key, text(savedSession('unfinished', retention - 60_000)));
    expect(unfinishedSessions([networkFlow.id])).toHaveLength(1);
    localStorage.setItem(key, text(savedSession('unfinished', retention)));
    expect(unfinishedSessions([networkFlow.id])).toEqual([]);
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('expires a finished session of this tab as well', () => {
    sessionStorage.setItem(key, text(savedSession('finished', retention)));
    expect(readSaved(networkFlow.id, { finishedToo: true })).toBeNull();
    expect(sessionStorage.getItem(key)).toBeNull();
  });

  it('sweeps, at start, whatever is expired, unreadable or misplaced, for any flow', () => {
    const fresh = text(savedSession('unfinished'));
    const freshFinished = text(savedSession('finished'));
    localStorage.setItem(key, fresh);
    sessionStorage.setItem(key, freshFinished);
    const expired = { ...savedSession('unfinished', retention + hour), flowId: 'old-flow' };
    localStorage.setItem('depannage:session:old-flow', text(expired));
    localStorage.setItem('depannage:session:guest-accounts', '{oops');
    localStorage.setItem('depannage:session:distribution-lists', text({ ...expired, format: 1 }));
    sessionStorage.setItem(
      'depannage:session:old-flow',
      text({ ...savedSession('finished', retention), flowId: 'old-flow' }),
    );
    localStorage.setItem('someone-else', 'kept');

    sweepSaved();
    expect(Object.keys(localStorage).sort()).toEqual([key, 'someone-else']);
    expect(localStorage.getItem(key)).toBe(fresh);
    expect(Object.keys(sessionStorage)).toEqual([key]);
  });
});

describe('clearing', () => {
  it('removes every key of the app from both storages, and nothing else', () => {
    localStorage.setItem(key, text(savedSession('unfinished')));
    sessionStorage.setItem('depannage:session:guest-accounts', text(savedSession('finished')));
    localStorage.setItem('depannage:anything-later', 'x');
    localStorage.setItem('someone-else', 'kept');
    clearSaved();
    expect(appKeys(localStorage)).toEqual([]);
    expect(appKeys(sessionStorage)).toEqual([]);
    expect(localStorage.getItem('someone-else')).toBe('kept');
  });

  it('drops the saves still waiting for a paint, which would write the session back', () => {
    saveAfterPaint(networkFlow.id, () => savedSession('unfinished'));
    clearSaved();
    writePending();
    expect(localStorage.getItem(key)).toBeNull();
  });
});

describe('a browser that refuses storage', () => {
  it('saves nothing, reads nothing and clears without throwing when storage cannot even be reached', () => {
    const refused = () => {
      throw new DOMException('Storage is disabled', 'SecurityError');
    };
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(refused);
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(refused);
    saveAfterPaint(networkFlow.id, () => savedSession('finished'));
    expect(() => {
      writePending();
      sweepSaved();
      clearSaved();
    }).not.toThrow();
    expect(readSaved(networkFlow.id, { finishedToo: true })).toBeNull();
    expect(unfinishedSessions([networkFlow.id])).toEqual([]);
  });

  it('goes on unsaved when the storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    saveAfterPaint(networkFlow.id, () => savedSession('unfinished'));
    expect(() => {
      writePending();
    }).not.toThrow();
    expect(localStorage.getItem(key)).toBeNull();
  });
});
