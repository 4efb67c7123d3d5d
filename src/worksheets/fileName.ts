/** A name typed by a person (a trainee's name), made safe as part of a file name on every file system. */
export function safeFileNamePart(text: string): string {
  return text
    .trim()
    .replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}
