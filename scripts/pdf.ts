/**
 * What the handouts command reads back from the PDFs Chromium writes: how many pages, and on which
 * page each named destination (an element id a link points at) landed. Chromium writes the page
 * tree and the destinations as plain objects, so no PDF library is needed. Pure.
 */

/** Pages of a PDF as Chromium writes them (one `/Type /Page` object per page). */
export const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** A destination name: `#xx` escapes of the PDF name, then the URL escapes of the fragment it came from. */
function decodeName(name: string): string {
  const raw = name.replace(/#([0-9a-fA-F]{2})/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The dictionary text of each object, by object number (stream data cut off). */
function objects(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b([^]*?)(?:\bstream[\r\n]|\bendobj)/g)) {
    found.set(match[1]!, match[2]!);
  }
  return found;
}

const references = (list: string) => [...list.matchAll(/(\d+)\s+0\s+R/g)].map((match) => match[1]!);

/** The 1-based page each named destination points at, by destination name (ids as the page wrote them). */
export function namedDestinationPages(pdf: Buffer): Map<string, number> {
  const all = objects(pdf.toString('latin1'));
  const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body)) ?? '';
  // The page tree may nest (Chromium groups pages by eight): walk it in order.
  const order: string[] = [];
  const walk = (ref: string) => {
    const body = all.get(ref) ?? '';
    if (/\/Type\s*\/Pages\b/.test(body)) references(/\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '').forEach(walk);
    else order.push(ref);
  };
  const root = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  if (root) walk(root);
  const pageOf = new Map(order.map((ref, index) => [ref, index + 1]));

  const pages = new Map<string, number>();
  const destsRef = /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  const dests = destsRef ? (all.get(destsRef) ?? '') : '';
  for (const match of dests.matchAll(/\/([^\s[/<>]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageOf.get(match[2]!);
    if (page !== undefined) pages.set(decodeName(match[1]!), page);
  }
  return pages;
}
