/** Every key this app writes starts with this: its own (below), and the audience measurement's choice. */
export const appKeys = 'depannage';

/** Every key « Effacer mes réponses » removes starts with this. */
export const appPrefix = `${appKeys}:`;

/** A saved session's key: this, then the flow's id (see savedSessions.ts). */
export const sessionPrefix = `${appPrefix}session:`;
