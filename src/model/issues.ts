/** Formatting of data problems, shared by the validators and the page (no zod here). */
import type { DataIssue } from './types';

/** One line per issue: `file: path: message`. */
export function formatIssues(issues: readonly DataIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n');
}
