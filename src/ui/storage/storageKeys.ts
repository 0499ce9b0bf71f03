/** Every key this app writes in the browser's storage starts with this. */
export const appPrefix = 'depannage:';

/** A saved session's key: this, then the flow's id (see savedSessions.ts). */
export const sessionPrefix = `${appPrefix}session:`;
