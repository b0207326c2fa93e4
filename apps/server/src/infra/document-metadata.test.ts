import { strFromU8, strToU8, unzipSync, unzlibSync, zipSync, zlibSync } from 'fflate';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { scrubDocumentMetadata, scrubJpegMetadata, scrubOfficeMetadata, scrubPdfMetadata, scrubPngMetadata } from './document-metadata.ts';

const XMP = [
  '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
  '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" pdf:Producer="Microsoft® Word 2019">',
  '<dc:creator><rdf:Seq><rdf:li>周文涛</rdf:li></rdf:Seq></dc:creator>',
  '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">浙江大学宁波智能制造研究院揭榜申报书</rdf:li></rdf:Alt></dc:title>',
  '<xmp:CreatorTool>WPS Office 浙大宁波院授权版</xmp:CreatorTool><xmp:CreateDate>2026-03-01T10:00:00+08:00</xmp:CreateDate>',
  '</rdf:Description></rdf:RDF></x:xmpmeta>',
  '<?xpacket end="w"?>',
].join('\n');

/** A one-page PDF with an information dictionary (literal, escaped, hex and indirect values) and an XMP packet. */
function tinyPdf(): { bytes: Buffer; offsets: number[] } {
  const content = 'BT /F1 12 Tf 20 100 Td (Hello) Tj ET';
  const xmp = Buffer.from(XMP, 'utf8');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>'),
    Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
    Buffer.concat([Buffer.from(`<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n`), xmp, Buffer.from('\nendstream')]),
    Buffer.from('<< /Author (\\(Zhou\\) Wentao \\051 of (Ningbo)) /Creator <FEFF5468> /Producer 7 0 R /Title (Proposal by Zhejiang) /CreationDate (D:20260301100000+08\'00\') /Subject (ZJU bid) /Keywords (ZJU) >>'),
    Buffer.from('(Microsoft Word for Zhejiang University)'),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return { bytes: Buffer.concat(parts), offsets };
}

/** A minimal docx: content types, core and app properties, a custom property and a tracked insertion. */
function tinyDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<dc:title>浙江大学宁波智能制造研究院揭榜申报书</dc:title><dc:creator>周文涛</dc:creator><cp:lastModifiedBy>陈经办</cp:lastModifiedBy><cp:keywords/>' +
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T02:00:00Z</dcterms:created></cp:coreProperties>',
    ),
    'docProps/app.xml': strToU8('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>浙江大学宁波智能制造研究院</Company><Manager>王院长</Manager><Pages>1</Pages></Properties>'),
    'docProps/custom.xml': strToU8('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="单位"><vt:lpwstr>浙江大学</vt:lpwstr></property></Properties>'),
    'word/document.xml': strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:ins w:id="1" w:author="周文涛" w:date="2026-03-01T00:00:00Z"><w:r><w:t>多光谱成像检测方案</w:t></w:r></w:ins></w:body></w:document>'),
  });
}

const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));

describe('document metadata scrubbing (盲评)', () => {
  it('blanks a PDF’s information dictionary and XMP in place, so every offset still holds', async () => {
    const { bytes, offsets } = tinyPdf();
    for (const secret of ['Zhou', 'Ningbo', 'FEFF5468', 'Microsoft Word for Zhejiang', 'Proposal by Zhejiang', 'ZJU', '周文涛', '浙江大学宁波智能制造研究院', '浙大宁波院', 'Microsoft® Word 2019']) expect(has(bytes, secret)).toBe(true);

    const scrubbed = (await scrubPdfMetadata(bytes))!;
    expect(scrubbed.length).toBe(bytes.length);
    for (const secret of ['Zhou', 'Ningbo', 'FEFF5468', 'Microsoft Word for Zhejiang', 'Proposal by Zhejiang', 'ZJU', '周文涛', '浙江大学宁波智能制造研究院', '浙大宁波院', 'Microsoft® Word 2019']) expect(has(scrubbed, secret)).toBe(false);
    // The objects are where the cross-reference table says, and startxref still finds the table.
    const text = Buffer.from(scrubbed).toString('latin1');
    offsets.forEach((offset, index) => expect(text.startsWith(`${index + 1} 0 obj`, offset)).toBe(true));
    expect(text.startsWith('xref', Number(/startxref\n(\d+)/.exec(text)![1]))).toBe(true);
    // Delimiters, dates, the page content and the XMP structure survive.
    expect(text).toContain("/CreationDate (D:20260301100000+08'00')");
    expect(text).toMatch(/\/Author \( +\) \/Creator < +> \/Producer 7 0 R \/Title \( +\)/);
    expect(text).toContain('(Hello) Tj');
    expect(has(scrubbed, '<dc:creator><rdf:Seq><rdf:li>')).toBe(true);
    expect(has(scrubbed, '<xmp:CreateDate>2026-03-01T10:00:00+08:00</xmp:CreateDate>')).toBe(true);
    expect(text).toMatch(/pdf:Producer=" +"/);
  });

  it('leaves a PDF without metadata byte for byte', async () => {
    const plain = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    expect(Buffer.from((await scrubPdfMetadata(plain))!).equals(plain)).toBe(true);
  });

  it('rewrites an Office file without creator, last editor, company, manager, custom properties or revision authors', () => {
    const docx = tinyDocx();
    const scrubbed = scrubOfficeMetadata(docx)!;
    const files = unzipSync(scrubbed);
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).not.toMatch(/dc:creator|lastModifiedBy|dc:title|keywords|周文涛|陈经办|浙江大学/);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T02:00:00Z</dcterms:created>');
    const app = strFromU8(files['docProps/app.xml']!);
    expect(app).not.toMatch(/Company|Manager|浙江大学|王院长/);
    expect(app).toContain('<Application>Microsoft Office Word</Application>');
    expect(strFromU8(files['docProps/custom.xml']!)).not.toContain('浙江大学');
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toContain('w:author=""');
    expect(document).toContain('多光谱成像检测方案');
    expect(Object.keys(files)).toEqual(Object.keys(unzipSync(docx)));
    for (const secret of ['周文涛', '陈经办', '浙江大学', '王院长']) expect(Object.values(files).some((file) => has(file, secret))).toBe(false);
  });

  it('drops the EXIF and comment segments of a JPEG and the text chunks of a PNG', () => {
    const segment = (marker: number, payload: string) => {
      const body = Buffer.from(payload, 'utf8');
      return Buffer.concat([Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
    };
    const scan = Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0x33, 0xff, 0xd9]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xe0, 'JFIF\0'), segment(0xe1, 'Exif\0\0Artist 周文涛'), segment(0xfe, '浙江大学'), scan]);
    const cleanJpeg = Buffer.from(scrubJpegMetadata(jpeg)!);
    expect(cleanJpeg.equals(Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xe0, 'JFIF\0'), scan]))).toBe(true);

    const chunk = (type: string, data: string) => {
      const body = Buffer.from(data, 'latin1');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(body.length);
      return Buffer.concat([length, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
    };
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = Buffer.concat([signature, chunk('IHDR', '\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0'), chunk('tEXt', 'Author\0Zhou Wentao'), chunk('IDAT', 'x'), chunk('IEND', '')]);
    const cleanPng = Buffer.from(scrubPngMetadata(png)!);
    expect(cleanPng.includes(Buffer.from('Zhou'))).toBe(false);
    expect(cleanPng.equals(Buffer.concat([signature, chunk('IHDR', '\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0'), chunk('IDAT', 'x'), chunk('IEND', '')]))).toBe(true);
  });

  it('serves other types as they are and refuses a document of a scrubbed type that does not parse', async () => {
    const text = Buffer.from('纯文本附件');
    expect(await scrubDocumentMetadata(text, 'txt')).toBe(text);
    expect(await scrubDocumentMetadata(Buffer.from('not a zip'), 'docx')).toBeNull();
    expect(await scrubDocumentMetadata(Buffer.from('not a jpeg'), 'jpg')).toBeNull();
    expect(await scrubDocumentMetadata(Buffer.from('not a pdf'), 'pdf')).toBeNull();
    expect((await scrubDocumentMetadata(tinyPdf().bytes, 'pdf'))!.length).toBe(tinyPdf().bytes.length);
  });
});

/** Who wrote the bid, as its PDF properties and XMP name it. */
const IDENTITY = ['Zhejiang', 'Ningbo', 'Zhou Wentao', 'ZJNB', '周文涛', '浙江大学宁波智能制造研究院', '浙大宁波院', 'Microsoft® Word 2019'];

/** The ways a PDF writes a name: UTF-8 (XMP, literal strings), UTF-16BE (text strings) and its hex digits. */
function encodings(name: string): Buffer[] {
  const utf16 = Buffer.from(name, 'utf16le').swap16();
  return [Buffer.from(name, 'utf8'), utf16, Buffer.from(utf16.toString('hex').toUpperCase()), Buffer.from(utf16.toString('hex'))];
}

/** The file's raw bytes and the data of every stream in it, FlateDecode streams (object streams, XMP) inflated. */
function pdfContents(bytes: Uint8Array): Buffer[] {
  const text = Buffer.from(bytes).toString('latin1');
  const contents = [Buffer.from(bytes)];
  for (const match of text.matchAll(/\d+ \d+ obj\s*(<<(?:(?!endobj)[\s\S])*?>>)\s*stream\r?\n/g)) {
    const from = match.index + match[0].length;
    const data = bytes.subarray(from, from + Number(/\/Length (\d+)/.exec(match[1]!)![1]));
    contents.push(Buffer.from(match[1]!.includes('/FlateDecode') ? unzlibSync(data) : data));
  }
  return contents;
}

const leaks = (bytes: Uint8Array) => IDENTITY.filter((name) => pdfContents(bytes).some((content) => encodings(name).some((form) => content.includes(form))));

/**
 * A three-page PDF as a PDF 1.5 writer saves it with object streams: the information dictionary (title, author,
 * subject, keywords, creator, producer, a custom key and an indirect value) compressed inside an object stream, a
 * compressed XMP stream, and an earlier information dictionary no trailer names any more.
 */
async function objectStreamPdf(options: { encrypted?: boolean } = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  for (const label of ['One', 'Two', 'Three']) document.addPage([200, 200]).drawText(label, { x: 20, y: 100 });
  document.setTitle('Proposal by Zhejiang Ningbo Institute');
  document.setAuthor('Zhou Wentao');
  document.setSubject('浙江大学宁波智能制造研究院揭榜申报书');
  document.setKeywords(['ZJNB']);
  document.setCreator('WPS Office 浙大宁波院授权版');
  document.setProducer('Microsoft® Word 2019');
  document.setCreationDate(new Date('2026-03-01T02:00:00Z'));
  const { context } = document;
  const info = context.lookup(context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('Company'), PDFHexString.fromText('浙江大学宁波智能制造研究院'));
  info.set(PDFName.of('Department'), context.register(PDFString.of('Zhejiang Ningbo Lab')));
  context.register(context.obj({ Author: PDFHexString.fromText('周文涛') }));
  document.catalog.set(PDFName.of('Metadata'), context.register(context.flateStream(Buffer.from(XMP, 'utf8'), { Type: 'Metadata', Subtype: 'XML' })));
  if (options.encrypted) context.trailerInfo.Encrypt = context.register(context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128 }));
  return document.save({ useObjectStreams: true });
}

/**
 * `pdf` with an incremental update appended as a PDF 1.5 writer does: a new information dictionary under the old
 * one's number (6), compressed in an object stream (8) that a cross-reference stream (9) points to.
 */
function withCompressedUpdate(pdf: Buffer, title: string): Buffer {
  const header = '6 0 ';
  const content = zlibSync(Buffer.from(`${header}<< /Title (${title}) /ModDate (D:20260302100000+08'00') >>`));
  const objectStreamAt = pdf.length;
  const objectStream = Buffer.concat([Buffer.from(`8 0 obj\n<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream\nendobj\n')]);
  const xrefAt = objectStreamAt + objectStream.length;
  const entry = (type: number, field: number, index: number) => Buffer.from([type, field >>> 24, (field >>> 16) & 255, (field >>> 8) & 255, field & 255, index >>> 8, index & 255]);
  const rows = Buffer.concat([entry(2, 8, 0), entry(1, objectStreamAt, 0), entry(1, xrefAt, 0)]);
  const previous = /startxref\n(\d+)/.exec(pdf.toString('latin1'))![1];
  const dictionary = `<< /Type /XRef /Size 10 /W [1 4 2] /Index [6 1 8 2] /Root 1 0 R /Info 6 0 R /Prev ${previous} /Length ${rows.length} >>`;
  return Buffer.concat([pdf, objectStream, Buffer.from(`9 0 obj\n${dictionary}\nstream\n`), rows, Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`)]);
}

describe('PDF metadata inside compressed object streams (盲评)', () => {
  it('rewrites a file whose update moved the information dictionary into an object stream, the old one still plain', async () => {
    const updated = withCompressedUpdate(tinyPdf().bytes, 'Revised by Zhejiang Ningbo Institute');
    expect((await PDFDocument.load(updated, { updateMetadata: false })).getTitle()).toBe('Revised by Zhejiang Ningbo Institute');

    const scrubbed = (await scrubPdfMetadata(updated))!;
    expect(leaks(scrubbed)).toEqual([]);
    const reopened = await PDFDocument.load(scrubbed, { updateMetadata: false });
    expect([reopened.getPageCount(), reopened.getTitle()]).toEqual([1, undefined]);
    expect(Buffer.from(scrubbed).toString('latin1')).toContain('(Hello) Tj');
  });

  it('rewrites the file without its information dictionary, custom keys, earlier dictionaries or XMP', async () => {
    const original = await objectStreamPdf();
    // Out of reach of the in-place blanking: no name is in the raw bytes, every one is once the streams are inflated.
    expect(IDENTITY.filter((name) => encodings(name).some((form) => Buffer.from(original).includes(form)))).toEqual([]);
    expect(leaks(original)).toEqual(IDENTITY);

    const scrubbed = (await scrubDocumentMetadata(original, 'pdf'))!;
    expect(leaks(scrubbed)).toEqual([]);
    const text = Buffer.from(scrubbed).toString('latin1');
    expect(text).not.toMatch(/\/(Author|Title|Subject|Keywords|Creator|Producer|Company|Department|Metadata)\b|x:xmpmeta/);

    const reopened = await PDFDocument.load(scrubbed, { updateMetadata: false });
    expect(reopened.getPageCount()).toBe(3);
    expect([reopened.getAuthor(), reopened.getTitle(), reopened.getCreator(), reopened.getProducer()]).toEqual([undefined, undefined, undefined, undefined]);
    expect(reopened.getCreationDate()?.toISOString()).toBe('2026-03-01T02:00:00.000Z');
    expect(reopened.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
  });

  it('keeps the in-place path when object streams hold neither the information dictionary nor its values', async () => {
    // As Word's hybrid files do: object streams for the page tree, the information dictionary a plain object.
    const document = await PDFDocument.create({ updateMetadata: false });
    document.addPage([200, 200]);
    const { context } = document;
    // pdf-lib leaves an object of a non-zero generation out of its object streams.
    const info = PDFRef.of(context.nextRef().objectNumber, 1);
    context.assign(info, context.obj({ Author: PDFString.of('Zhou Wentao'), Producer: PDFHexString.fromText('浙大宁波院'), Company: PDFString.of('ZJNB') }));
    context.trailerInfo.Info = info;
    document.catalog.set(PDFName.of('Metadata'), context.register(context.stream(Buffer.from(XMP, 'utf8'), { Type: 'Metadata', Subtype: 'XML' })));
    const original = await document.save({ useObjectStreams: true });
    expect(Buffer.from(original).toString('latin1')).toContain('/Type /ObjStm');
    expect(leaks(original)).toEqual(['Zhou Wentao', 'ZJNB', '周文涛', '浙江大学宁波智能制造研究院', '浙大宁波院', 'Microsoft® Word 2019']);

    const scrubbed = (await scrubPdfMetadata(original))!;
    expect(scrubbed.length).toBe(original.length);
    expect(leaks(scrubbed)).toEqual([]);
    expect((await PDFDocument.load(scrubbed, { updateMetadata: false })).getPageCount()).toBe(1);
  });

  it('rewrites a PDF whose trailer is lost, so nothing names its information dictionary any more', async () => {
    const { bytes } = tinyPdf();
    const headless = bytes.subarray(0, bytes.indexOf('xref\n'));
    const scrubbed = (await scrubPdfMetadata(headless))!;
    expect(leaks(scrubbed)).toEqual([]);
    expect((await PDFDocument.load(scrubbed, { updateMetadata: false })).getPageCount()).toBe(1);
  });

  it('refuses an encrypted PDF whose metadata it cannot reach, and a truncated one it cannot parse', async () => {
    expect(await scrubDocumentMetadata(await objectStreamPdf({ encrypted: true }), 'pdf')).toBeNull();
    const original = await objectStreamPdf();
    expect(await scrubDocumentMetadata(original.subarray(0, Math.floor(original.length / 2)), 'pdf')).toBeNull();
  });
});
