import { writeSync } from 'node:fs';

/** Where a command writes: the process streams in real use, buffers in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: Io = {
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
};

/**
 * Writes straight to the file descriptor: creating process.stdout costs a one-shot command more than all
 * it prints, and a synchronous write cannot be lost when the command exits right after.
 */
function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  for (let written = 0; written < data.length; ) {
    try {
      written += writeSync(fd, data, written, data.length - written);
    } catch (error) {
      // A non-blocking pipe that is full: try again.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
