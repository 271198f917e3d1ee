/** Today as the user's clock reads it (local, `yyyy-mm-dd`), for the adapters (editor, CLI) to hand to the core: the day a writer means by "yesterday". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
