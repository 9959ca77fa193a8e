// Shell statements that only assign variables (`export NAME=value`, `NAME=value`, several at
// once): a value is a quoted string, a command substitution $(...) or a word.
const VALUE = String.raw`(?:"[^"]*"|'[^']*'|\$\([^()]*\)|[^\s"'])*`;
const ONLY_ASSIGNMENTS = new RegExp(String.raw`^\s*(?:export\s+)?[A-Za-z_]\w*=${VALUE}(?:\s+[A-Za-z_]\w*=${VALUE})*\s*$`);
const PAIR = new RegExp(String.raw`([A-Za-z_]\w*)=(${VALUE})`, 'g');

/** The `NAME=value` pairs of a statement that does nothing but assign; null for any other statement. */
export function assignmentsOnly(statement: string): { name: string; text: string }[] | null {
  if (!ONLY_ASSIGNMENTS.test(statement)) return null;
  return [...statement.replace(/^\s*export\s+/, '').matchAll(PAIR)].map((m) => ({ name: m[1]!, text: m[0] }));
}
