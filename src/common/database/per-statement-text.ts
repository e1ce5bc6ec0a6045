/**
 * A function of a statement's text, computed once per text: the hot paths send a few dozen constant
 * texts, so their derived values (prepared-statement name, placeholder count) are looked up instead of
 * recomputed per use. Bounded, in case a caller ever builds texts per request.
 */
export function perStatementText<T>(compute: (sql: string) => T, kept = 1000): (sql: string) => T {
  const values = new Map<string, T>();
  return (sql) => {
    if (values.has(sql)) return values.get(sql) as T;
    const value = compute(sql);
    if (values.size >= kept) values.clear();
    values.set(sql, value);
    return value;
  };
}
