/** A prompt containing this is held in planning by bench-server.ts until the server shuts down. */
export const HOLD_MARK = '[bench:hold]';
