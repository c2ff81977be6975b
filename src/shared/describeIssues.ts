// Why a message failed its schema, short enough for a log line. Both webviews and the extension use it.
import type { z } from 'zod';

/** Short, log-friendly reason a message failed its schema. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`)
    .join('; ');
}
