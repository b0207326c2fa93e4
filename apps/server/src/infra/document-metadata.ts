import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Document metadata scrubbing for blind review (盲评): the author, company and tool a PDF or an Office file carries
 * would name the bidder to an expert who downloads it. Pure byte-to-byte functions; the download use case decides
 * when they apply.
 */

/** Keys of a PDF's document information dictionary (ISO 32000-1 §14.3.3) that may name a person or a unit. */
const PDF_INFO_KEYS = new Set(['Author', 'Creator', 'Producer', 'Title', 'Subject', 'Keywords', 'Company', 'Manager']);

/** XMP properties that repeat them (Dublin Core, Adobe PDF, XMP basic, Photoshop, rights). */
const XMP_PROPERTIES = [
  'dc:creator',
  'dc:title',
  'dc:description',
  'dc:subject',
  'dc:rights',
  'dc:publisher',
  'dc:contributor',
  'pdf:Producer',
  'pdf:Author',
  'pdf:Keywords',
  'pdf:Title',
  'xmp:CreatorTool',
  'xmp:Author',
  'xmpRights:Owner',
  'photoshop:AuthorsPosition',
  'photoshop:CaptionWriter',
];

const SPACE = 0x20;
const isWhite = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
const isDelimiter = (c: string | undefined) => c === undefined || isWhite(c) || '()<>[]{}/%'.includes(c);

/** The index of the `)` closing the literal string opened at `open` (nested parentheses and escapes honoured). */
function literalEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return text.length - 1;
}

const blank = (out: Uint8Array, from: number, to: number) => out.fill(SPACE, Math.max(from, 0), Math.max(to, from));

/**
 * Blanks the string value that starts at `at` (a literal `(…)` or hex `<…>` string), or, for an indirect
 * reference `N G R`, answers the object it points to so its string is blanked too.
 */
function blankValue(text: string, out: Uint8Array, at: number): string | null {
  let i = at;
  while (isWhite(text[i])) i++;
  if (text[i] === '(') {
    blank(out, i + 1, literalEnd(text, i));
  } else if (text[i] === '<' && text[i + 1] !== '<') {
    blank(out, i + 1, text.indexOf('>', i));
  } else {
    const reference = /^(\d+)\s+(\d+)\s+R/.exec(text.slice(i, i + 32));
    if (reference) return `${reference[1]} ${reference[2]}`;
  }
  return null;
}

/** Walks the dictionary opened by `<<` at `open`, blanking the values of the identity keys at its top level. */
function scrubDictionary(text: string, out: Uint8Array, open: number, references: Set<string>): void {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') i = literalEnd(text, i);
    else if (c === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && text[i + 1] === '>') {
      if (--depth === 0) return;
      i++;
    } else if (c === '<') i = text.indexOf('>', i);
    else if (c === '/' && depth === 1) {
      let end = i + 1;
      while (!isDelimiter(text[end])) end++;
      if (PDF_INFO_KEYS.has(text.slice(i + 1, end))) {
        const reference = blankValue(text, out, end);
        if (reference) references.add(reference);
      }
      i = end - 1;
    }
    if (i < 0) return;
  }
}

/** Every `N G obj` of that number, followed by what it holds. */
function objectBodies(text: string, reference: string): number[] {
  const [number, generation] = reference.split(' ');
  const pattern = new RegExp(`(?<![0-9])${number}\\s+${generation}\\s+obj\\b`, 'g');
  return [...text.matchAll(pattern)].map((match) => {
    let i = match.index + match[0].length;
    while (isWhite(text[i])) i++;
    return i;
  });
}

/** Blanks the text of an XMP property's elements and attributes, leaving the XML well-formed. */
function scrubXmp(text: string, out: Uint8Array): void {
  for (const packet of text.matchAll(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/g)) {
    const base = packet.index;
    const xml = packet[0];
    for (const property of XMP_PROPERTIES) {
      const escaped = property.replace(':', '\\:');
      for (const element of xml.matchAll(new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}>`, 'g'))) {
        const innerStart = base + element.index + element[0].indexOf('>') + 1;
        // Only character data goes: nested rdf:Seq / rdf:li tags stay, so the packet still parses.
        let inTag = false;
        for (let i = 0; i < element[1]!.length; i++) {
          const c = element[1]![i];
          if (c === '<') inTag = true;
          else if (c === '>') inTag = false;
          else if (!inTag) out[innerStart + i] = SPACE;
        }
      }
      for (const attribute of xml.matchAll(new RegExp(`\\b${escaped}\\s*=\\s*("[^"]*"|'[^']*')`, 'g'))) {
        const valueStart = base + attribute.index + attribute[0].length - attribute[1]!.length;
        blank(out, valueStart + 1, valueStart + attribute[1]!.length - 1);
      }
    }
  }
}

/**
 * A PDF with the values of /Author /Creator /Producer /Title /Subject /Keywords (and /Company /Manager) in every
 * document information dictionary, and the matching XMP properties, overwritten by spaces of the same length: no
 * byte moves, so the cross-reference offsets stay valid and the file opens as before. An information dictionary
 * inside a compressed object stream is out of reach of this byte-for-byte rewrite (rare: writers keep it plain).
 */
export function scrubPdfMetadata(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const out = Uint8Array.from(bytes);
  const infos = new Set([...text.matchAll(/\/Info\s+(\d+)\s+(\d+)\s+R/g)].map((match) => `${match[1]} ${match[2]}`));
  const strings = new Set<string>();
  for (const info of infos) {
    for (const body of objectBodies(text, info)) if (text.startsWith('<<', body)) scrubDictionary(text, out, body, strings);
  }
  for (const reference of strings) for (const body of objectBodies(text, reference)) blankValue(text, out, body);
  scrubXmp(text, out);
  return out;
}

const OFFICE_CORE_ELEMENTS = ['dc:creator', 'cp:lastModifiedBy', 'dc:title', 'dc:subject', 'dc:description', 'cp:keywords', 'cp:category', 'cp:contentStatus'];
const OFFICE_APP_ELEMENTS = ['Company', 'Manager', 'HyperlinkBase'];

const withoutElements = (xml: string, names: readonly string[]) =>
  names.reduce((result, name) => result.replace(new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${name}>)`, 'g'), ''), xml);

/**
 * An Office Open XML file (docx, xlsx, pptx) rewritten without who made it: docProps/core.xml loses creator,
 * lastModifiedBy, title, subject, description, keywords and category; docProps/app.xml company and manager;
 * docProps/custom.xml every property; and the authors of Word revisions and comments, Excel comments and
 * PowerPoint comment authors are emptied. Null when the file is not a readable zip.
 */
export function scrubOfficeMetadata(bytes: Uint8Array): Uint8Array | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return null;
  }
  const rewrite = (path: string, change: (xml: string) => string) => {
    const file = files[path];
    if (file) files[path] = strToU8(change(strFromU8(file)));
  };
  rewrite('docProps/core.xml', (xml) => withoutElements(xml, OFFICE_CORE_ELEMENTS));
  rewrite('docProps/app.xml', (xml) => withoutElements(xml, OFFICE_APP_ELEMENTS));
  rewrite('docProps/custom.xml', (xml) => xml.replace(/(<Properties\b[^>]*>)[\s\S]*(<\/Properties>)/, '$1$2'));
  for (const path of Object.keys(files)) {
    if (/^word\/.*\.xml$/.test(path)) rewrite(path, (xml) => xml.replace(/\b(w\d*:(?:author|initials|userId|providerId))="[^"]*"/g, '$1=""'));
    if (/^xl\/(comments\d*|persons\/person\d*|threadedComments\/threadedComment\d*)\.xml$/.test(path)) {
      rewrite(path, (xml) => xml.replace(/<author>[\s\S]*?<\/author>/g, '<author></author>').replace(/\b(displayName|userId)="[^"]*"/g, '$1=""'));
    }
    if (/^ppt\/(commentAuthors|authors)\.xml$/.test(path)) rewrite(path, (xml) => xml.replace(/\b(name|initials|userId)="[^"]*"/g, '$1=""'));
  }
  return zipSync(files);
}

/** JPEG without its APP1 (EXIF, XMP: artist, owner, camera serial), APP13 (Photoshop IPTC) and comment segments. */
export function scrubJpegMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    // Start of scan: the entropy-coded image follows, with no more metadata segments of interest.
    if (marker === 0xda) break;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker !== 0xe1 && marker !== 0xed && marker !== 0xfe) kept.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  kept.push(bytes.subarray(i));
  return Buffer.concat(kept);
}

/** PNG without its text chunks (tEXt, zTXt, iTXt: Author, Software…) and EXIF. */
export function scrubPngMetadata(bytes: Uint8Array): Uint8Array | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => bytes[index] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  for (let i = 8; i + 12 <= bytes.length; ) {
    const size = 12 + view.getUint32(i);
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    if (!['tEXt', 'zTXt', 'iTXt', 'eXIf'].includes(type)) kept.push(bytes.subarray(i, i + size));
    i += size;
  }
  return Buffer.concat(kept);
}

const SCRUBBERS: Readonly<Record<string, (bytes: Uint8Array) => Uint8Array | null>> = {
  pdf: scrubPdfMetadata,
  docx: scrubOfficeMetadata,
  xlsx: scrubOfficeMetadata,
  pptx: scrubOfficeMetadata,
  jpg: scrubJpegMetadata,
  jpeg: scrubJpegMetadata,
  png: scrubPngMetadata,
};

/**
 * The copy of a file a blind reviewer downloads: PDFs, Office Open XML files and JPEG/PNG images scrubbed, other
 * types as they are (the domain's BLIND_REVIEW_REFUSED_TYPES keeps those that cannot be cleaned out of a blind
 * programme). Null when a file of a scrubbed type does not parse, so the caller refuses rather than hand out what
 * it could not clean.
 */
export function scrubDocumentMetadata(bytes: Uint8Array, extension: string): Uint8Array | null {
  const scrub = SCRUBBERS[extension];
  return scrub ? scrub(bytes) : bytes;
}
