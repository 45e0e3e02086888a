// The enum member name import proposes for a new string code: the code without its dots, PascalCase.

/**
 * `FailedOperation.NetworkError` gives `FailedOperationNetworkError`, the tables' convention: the
 * code without its dots, each segment starting upper case. A segment in SCREAMING_SNAKE_CASE
 * (`SYS_ERR`, `NOT_SUPPORT_THIS_ACTION`) reads as words (`SysErr`); any other keeps its letters
 * (`DBError`, `MFAFailure`, `SSL`), an underscore inside it dropped (`InvalidParameter_ColumnType`).
 * Undefined when no name can be made (no letter to start with).
 */
export function nameFromCode(code: string): string | undefined {
  const name = code
    .split('.')
    .flatMap((segment) => {
      const words = segment.split('_').filter((word) => word !== '');
      const screaming = words.length > 1 && /^[A-Z0-9_]+$/.test(segment);
      return words.map((word) =>
        screaming ? word.charAt(0) + word.slice(1).toLowerCase() : word,
      );
    })
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
    .replace(/[^A-Za-z0-9]/g, '');
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? name : undefined;
}

/**
 * The names of new codes, none equal to a name already taken in the code set: a second code that
 * gives the same name (`InvalidParameter.Conflict` and `InvalidParameterConflict`) gets the first
 * free numbered one (`InvalidParameterConflict2`), which import lists for a person to review.
 */
export function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}${suffix}`;
  taken.add(name);
  return name;
}
