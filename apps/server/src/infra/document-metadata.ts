import { strFromU8, strToU8, unzipSync, unzlibSync, zipSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';

/**
 * Document metadata scrubbing for blind review (盲评): the author, company and tool a PDF or an Office file carries
 * would name the bidder to an expert who downloads it. Byte-to-byte functions with no I/O; the download use case
 * decides when they apply.
 */

/** Information-dictionary entries (ISO 32000-1 §14.3.3) that stay: dates name no one. Every other value goes. */
const PDF_INFO_KEPT = ['CreationDate', 'ModDate'];

/** XMP properties that repeat them (Dublin Core, Adobe PDF, XMP basic, Photoshop, rights). */
const XMP_PROPERTIES = [
  'dc:creator', 'dc:title', 'dc:description', 'dc:subject', 'dc:rights', 'dc:publisher', 'dc:contributor',
  'pdf:Producer', 'pdf:Author', 'pdf:Keywords', 'pdf:Title', 'xmp:CreatorTool', 'xmp:Author', 'xmpRights:Owner',
  'photoshop:AuthorsPosition', 'photoshop:CaptionWriter',
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

/**
 * The index just past the `>>` closing the dictionary opened by `<<` at `open`; `onKey` sees each key of its top
 * level with the index where the key's value starts.
 */
function dictionaryEnd(text: string, open: number, onKey?: (key: string, valueAt: number) => void): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') i = literalEnd(text, i);
    else if (c === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && text[i + 1] === '>') {
      if (--depth === 0) return i + 2;
      i++;
    } else if (c === '<') i = text.indexOf('>', i);
    else if (c === '/' && depth === 1) {
      let end = i + 1;
      while (!isDelimiter(text[end])) end++;
      onKey?.(text.slice(i + 1, end), end);
      i = end - 1;
    }
    if (i < 0) return text.length;
  }
  return text.length;
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

/** The `N G` of the object whose dictionary holds the text at `at`, if its header is near. */
function enclosingObject(text: string, at: number): string | null {
  const headers = [...text.slice(Math.max(0, at - 4096), at).matchAll(/(?<![0-9])(\d+)\s+(\d+)\s+obj\b/g)];
  const last = headers.at(-1);
  return last ? `${last[1]} ${last[2]}` : null;
}

/** Where the data of the stream whose dictionary ends at `end` lies: after `stream` and its end of line. */
function streamData(text: string, dictionary: string, end: number): { from: number; to: number } | null {
  const keyword = /^\s*stream\r?\n/.exec(text.slice(end, end + 32));
  if (!keyword) return null;
  const from = end + keyword[0].length;
  const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dictionary);
  const to = length ? from + Number(length[1]) : text.indexOf('endstream', from);
  return to >= from && to <= text.length ? { from, to } : null;
}

/**
 * What the file's compressed object streams (/ObjStm, PDF 1.5) hold: the object numbers they carry and their
 * inflated text. Null when one cannot be read here (another filter, a predictor, encryption), for then what it
 * holds is unknown.
 */
function objectStreams(text: string, bytes: Uint8Array): { numbers: Set<number>; texts: string[] } | null {
  const numbers = new Set<number>();
  const texts: string[] = [];
  for (const match of text.matchAll(/\/Type\s*\/ObjStm\b/g)) {
    const reference = enclosingObject(text, match.index);
    const body = reference ? objectBodies(text, reference).filter((at) => at < match.index && text.startsWith('<<', at)).at(-1) : undefined;
    if (body === undefined) return null;
    const end = dictionaryEnd(text, body);
    const dictionary = text.slice(body, end);
    const data = streamData(text, dictionary, end);
    if (!data || !/\/Filter\s*(?:\/FlateDecode|\[\s*\/FlateDecode\s*\])/.test(dictionary) || dictionary.includes('/DecodeParms')) return null;
    let content: string;
    try {
      content = strFromU8(unzlibSync(bytes.subarray(data.from, data.to)), true);
    } catch {
      return null;
    }
    const first = Number(/\/First\s+(\d+)/.exec(dictionary)?.[1]);
    const header = content.slice(0, first).trim().split(/\s+/).map(Number);
    if (!Number.isInteger(first) || header.some((value) => !Number.isInteger(value))) return null;
    for (let i = 0; i < header.length; i += 2) numbers.add(header[i]!);
    texts.push(content);
  }
  return { numbers, texts };
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
 * Whether an /Author, /Creator or /Producer string with something in it is left: an orphan or earlier information
 * dictionary no trailer names any more, or one inside an object stream.
 */
function namesAnAuthor(text: string): boolean {
  for (const match of text.matchAll(/\/(?:Author|Creator|Producer)\s*(\(|<(?!<))/g)) {
    const open = match.index + match[0].length - 1;
    const close = match[1] === '(' ? literalEnd(text, open) : text.indexOf('>', open);
    if (text.slice(open + 1, close).trim() !== '') return true;
  }
  return false;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * The fast path: every information dictionary's values but its dates, and the matching XMP properties, overwritten
 * by spaces of the same length, so no byte moves and the cross-reference offsets stay valid. Null when some of that
 * metadata is out of reach of a byte-for-byte rewrite: an information dictionary or one of its values inside a
 * compressed object stream, or an XMP stream that is filtered (compressed, encrypted) rather than plain text.
 */
function scrubPdfInPlace(bytes: Uint8Array): Uint8Array | null {
  const text = latin1(bytes);
  const compressed = objectStreams(text, bytes);
  if (!compressed) return null;
  const inObjectStream = (reference: string) => compressed.numbers.has(Number(reference.split(' ')[0]));
  const out = Uint8Array.from(bytes);
  const infos = new Set([...text.matchAll(/\/Info\s+(\d+)\s+(\d+)\s+R/g)].map((match) => `${match[1]} ${match[2]}`));
  const strings = new Set<string>();
  let nested = false;
  for (const info of infos) {
    const bodies = objectBodies(text, info).filter((body) => text.startsWith('<<', body));
    if (inObjectStream(info) || bodies.length === 0) return null;
    for (const body of bodies) {
      dictionaryEnd(text, body, (key, valueAt) => {
        if (PDF_INFO_KEPT.includes(key)) return;
        // An array or dictionary as a value (a custom key's) holds strings this walk does not blank.
        if (/^\s*(\[|<<)/.test(text.slice(valueAt, valueAt + 64))) nested = true;
        const reference = blankValue(text, out, valueAt);
        if (reference) strings.add(reference);
      });
    }
  }
  if (nested) return null;
  for (const reference of strings) {
    const bodies = objectBodies(text, reference).filter((body) => text[body] === '(' || text[body] === '<');
    if (inObjectStream(reference) || bodies.length === 0) return null;
    for (const body of bodies) blankValue(text, out, body);
  }
  if ([latin1(out), ...compressed.texts].some(namesAnAuthor)) return null;
  // A stream never sits in an object stream, but the /Metadata key pointing at it may.
  const metadata = new Set<string>();
  for (const source of [text, ...compressed.texts]) {
    for (const match of source.matchAll(/\/Metadata\s+(\d+)\s+(\d+)\s+R/g)) metadata.add(`${match[1]} ${match[2]}`);
  }
  for (const match of text.matchAll(/\/Type\s*\/Metadata\b|\/Subtype\s*\/XML\b/g)) {
    const reference = enclosingObject(text, match.index);
    if (reference) metadata.add(reference);
  }
  for (const reference of metadata) {
    for (const body of objectBodies(text, reference)) {
      if (!text.startsWith('<<', body)) return null;
      const end = dictionaryEnd(text, body);
      const dictionary = text.slice(body, end);
      const data = streamData(text, dictionary, end);
      if (/\/Filter\b/.test(dictionary) || !data || !text.slice(data.from, data.to).includes('<x:xmpmeta')) return null;
    }
  }
  scrubXmp(text, out);
  return out;
}

/** Every object reachable from the trailer's catalog and information dictionary; the rest (earlier revisions, orphans) is dropped. */
function dropUnreachable(context: PDFContext): void {
  const reached = new Set<string>();
  const pending: (PDFObject | undefined)[] = [context.trailerInfo.Root, context.trailerInfo.Info];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (reached.has(object.tag)) continue;
      reached.add(object.tag);
      pending.push(context.lookup(object));
    } else if (object instanceof PDFDict) pending.push(...object.values());
    else if (object instanceof PDFArray) pending.push(...object.asArray());
    else if (object instanceof PDFStream) pending.push(object.dict);
  }
  for (const [reference] of context.enumerateIndirectObjects()) if (!reached.has(reference.tag)) context.delete(reference);
}

/**
 * The slow path, through pdf-lib: the file parsed (object streams inflated), its information dictionary replaced
 * by one holding only the dates, every /Metadata (XMP) stream unlinked, whatever is no longer reachable dropped so
 * no earlier object is carried over, and the copy written out with a plain cross-reference table. XMP packets
 * inside image data (a JPEG's APP1) are then blanked in place as on the fast path. Null when pdf-lib cannot parse
 * the file or it is encrypted: its metadata cannot be read, so it cannot be shown to be gone.
 */
async function rewritePdfWithoutMetadata(bytes: Uint8Array): Promise<Uint8Array | null> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return null;
  }
  const { context } = document;
  const previous = context.lookup(context.trailerInfo.Info);
  const info = context.obj({});
  for (const key of PDF_INFO_KEPT) {
    const value = previous instanceof PDFDict ? previous.lookup(PDFName.of(key)) : undefined;
    if (value instanceof PDFString || value instanceof PDFHexString) info.set(PDFName.of(key), value);
  }
  context.trailerInfo.Info = context.register(info);
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict) object.delete(PDFName.of('Metadata'));
    else if (object instanceof PDFStream) object.dict.delete(PDFName.of('Metadata'));
  }
  dropUnreachable(context);
  let saved: Uint8Array;
  try {
    saved = await document.save({ useObjectStreams: false, updateFieldAppearances: false });
  } catch {
    return null;
  }
  const out = Uint8Array.from(saved);
  scrubXmp(latin1(saved), out);
  return out;
}

/**
 * A PDF without who made it: the in-place blanking when it reaches all the metadata (the common case: a plain
 * cross-reference table, or object streams that hold neither the information dictionary nor its values), else a
 * copy rewritten by pdf-lib. Null when the file is no PDF, or is encrypted or unparsable with metadata out of reach;
 * the download use case then refuses rather than hand out what it could not clean.
 */
export async function scrubPdfMetadata(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return null;
  return scrubPdfInPlace(bytes) ?? (await rewritePdfWithoutMetadata(bytes));
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

const SCRUBBERS: Readonly<Record<string, (bytes: Uint8Array) => Uint8Array | null | Promise<Uint8Array | null>>> = {
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
export async function scrubDocumentMetadata(bytes: Uint8Array, extension: string): Promise<Uint8Array | null> {
  const scrub = SCRUBBERS[extension];
  return scrub ? await scrub(bytes) : bytes;
}
