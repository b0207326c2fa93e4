import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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
  it('blanks a PDF’s information dictionary and XMP in place, so every offset still holds', () => {
    const { bytes, offsets } = tinyPdf();
    for (const secret of ['Zhou', 'Ningbo', 'FEFF5468', 'Microsoft Word for Zhejiang', 'Proposal by Zhejiang', 'ZJU', '周文涛', '浙江大学宁波智能制造研究院', '浙大宁波院', 'Microsoft® Word 2019']) expect(has(bytes, secret)).toBe(true);

    const scrubbed = scrubPdfMetadata(bytes);
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

  it('leaves a PDF without metadata byte for byte', () => {
    const plain = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    expect(Buffer.from(scrubPdfMetadata(plain)).equals(plain)).toBe(true);
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

  it('serves other types as they are and refuses a document of a scrubbed type that does not parse', () => {
    const text = Buffer.from('纯文本附件');
    expect(scrubDocumentMetadata(text, 'txt')).toBe(text);
    expect(scrubDocumentMetadata(Buffer.from('not a zip'), 'docx')).toBeNull();
    expect(scrubDocumentMetadata(Buffer.from('not a jpeg'), 'jpg')).toBeNull();
    expect(scrubDocumentMetadata(tinyPdf().bytes, 'pdf')!.length).toBe(tinyPdf().bytes.length);
  });
});
