/** Small, strict readers for the export formats, so the tests check them without extra libraries. */

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
    } else if (ch === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`CSV: bare line feed outside quotes at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length) throw new Error('CSV: last row not terminated by CRLF');
  return rows;
}

/**
 * Checks that a GraphML document is well-formed XML (balanced tags, escaped text and
 * attributes) and returns its node ids and edge endpoints.
 */
export function checkXml(xml: string): { nodes: Set<string>; edges: [string, string][] } {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const nodes = new Set<string>();
  const edges: [string, string][] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  const text = (s: string) => {
    if (/[<>]/.test(s) || /&(?!(amp|lt|gt|quot|apos);)/.test(s)) throw new Error(`XML: unescaped text ${JSON.stringify(s.slice(0, 60))}`);
  };
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    if (lt < 0) {
      text(body.slice(i));
      break;
    }
    text(body.slice(i, lt));
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`XML: malformed tag at ${lt}: ${body.slice(lt, lt + 80)}`);
    const [, close, name, attrs = '', selfClose] = m;
    const attr = (k: string) => new RegExp(`\\s${k}="([^"]*)"`).exec(attrs)?.[1];
    for (const v of attrs.matchAll(/="([^"]*)"/g)) text(v[1]!);
    if (close) {
      if (stack.pop() !== name) throw new Error(`XML: </${name}> closes the wrong element`);
    } else {
      if (name === 'node') nodes.add(attr('id')!);
      if (name === 'edge') edges.push([attr('source')!, attr('target')!]);
      if (!selfClose) stack.push(name!);
    }
    i = tag.lastIndex;
  }
  if (stack.length) throw new Error(`XML: unclosed ${stack.join(' > ')}`);
  return { nodes, edges };
}
