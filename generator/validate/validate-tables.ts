// Validates tables/ as read: reading problems, schema checks and the comparison with the documents, all at once.

import { sortProblems } from '../read-tables/sort-problems.js';
import type { Problem, RawTables } from '../read-tables/table-file.js';
import { checkFidelity } from './check-fidelity.js';
import { checkTables } from './check-tables.js';

/** The same problem found twice (a table shared by two code sets) is reported once. */
function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.line}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every problem of the tables, sorted by file then line; empty when the generator may run. */
export function validateTables(raw: RawTables): Problem[] {
  return sortProblems(
    withoutRepeats([...raw.problems, ...checkTables(raw), ...checkFidelity(raw)]),
  );
}
