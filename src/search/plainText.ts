/** MDX source to the plain text a reader sees, for search records. */

/** Removes `<TrainerNotes>…</TrainerNotes>` blocks: trainer material never enters a trainee index. */
export function withoutTrainerNotes(mdx: string): string {
  return mdx.replace(/<TrainerNotes\b[^>]*>[\s\S]*?<\/TrainerNotes>/g, '').replace(/<TrainerNotes\b[^>]*\/>/g, '');
}

/** Drops markup (components, emphasis, tables, list markers) and squeezes whitespace. */
export function plainText(mdx: string): string {
  return (
    mdx
      .replace(/^import .*$/gm, '')
      // Inline tags and emphasis vanish without a space: Chinese has none between words.
      .replace(/<[^>]+>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, ' ')
      .replace(/[*_`]/g, '')
      .replace(/[#>|]/g, ' ')
      .replace(/^\s*(?:\d+\.|[-+])\s+/gm, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export interface Section {
  /** The heading as written in the source, without markup; empty for the text before the first heading. */
  heading: string;
  depth: number;
  text: string;
}

/** Splits an MDX body at its level-2 and level-3 headings. */
export function sections(mdx: string): Section[] {
  const result: Section[] = [{ heading: '', depth: 1, text: '' }];
  const lines: string[][] = [[]];
  for (const line of mdx.split('\n')) {
    const match = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) {
      result.push({ heading: plainText(match[2]!), depth: match[1]!.length, text: '' });
      lines.push([]);
    } else lines[lines.length - 1]!.push(line);
  }
  return result.map((section, index) => ({ ...section, text: plainText(lines[index]!.join('\n')) }));
}
