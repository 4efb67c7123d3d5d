/**
 * Who is there on a date, from the snapshots alone. Apart from ./timeline.ts so that pages
 * which only need this rule (an own account's worksheets and 「我的客户」) do not load the rest
 * of the history. Pure.
 */

/**
 * Who is not there on `date`: everyone who left on or before it, and everyone who joins after
 * it. The one rule for presence, over the snapshots alone, so an own account's record (not yet
 * a parsed case file) follows it too.
 */
export function absentOn(
  snapshots: readonly { date: string; changes: readonly { type: string; person?: string }[] }[],
  date: string,
): Set<string> {
  const absent = new Set<string>();
  for (const snapshot of snapshots) {
    for (const change of snapshot.changes) {
      if (change.person === undefined) continue;
      if (snapshot.date <= date ? change.type === 'leaves' : change.type === 'joins') absent.add(change.person);
    }
  }
  return absent;
}
