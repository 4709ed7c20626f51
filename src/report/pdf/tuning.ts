import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';

/**
 * Changes to jsPDF's own processing that make the report several times faster to render without
 * changing what it draws. Each one was found with a CPU profile of the demo report (see
 * docs/benchmarks.md, "PDF report"). They mutate jsPDF's shared API once, when this chunk loads;
 * only the report renders PDFs in this app.
 */

type Handler = (...args: unknown[]) => unknown;
type Events = Array<[string, Handler]>;

interface TtfMetadata {
  cmap?: { unicode?: { codeMap?: Record<number, number> } };
  Unicode?: { widths: Array<number | number[]> };
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  widthOfString?: unknown;
}

interface PdfFont {
  fontName: string;
  encoding: string;
  metadata: TtfMetadata;
}

interface TextPayload {
  text: unknown;
  mutex: { activeFontKey: string; fonts: Record<string, PdfFont>; isHex?: boolean };
}

/**
 * jsPDF runs every text through an Arabic shaper and a bidi reorderer. The report's text is
 * left-to-right Latin (the embedded font has no Arabic or Hebrew), so both are dropped: together
 * they took about a fifth of the rendering time.
 */
function dropRightToLeftProcessing(): void {
  const api = jsPDF.API as unknown as { events: Events; processArabic?: unknown };
  const events = api.events;
  const isRtl = ([name, handler]: [string, Handler]) =>
    (name === 'preProcessText' && handler === api.processArabic) ||
    (name === 'postProcessText' && String(handler).includes('doBidiReorder'));
  for (let i = events.length - 1; i >= 0; i--) if (isRtl(events[i] as [string, Handler])) events.splice(i, 1);
  // getStringUnitWidth also shapes every measured string when the shaper is present
  api.processArabic = undefined;
}

/**
 * jsPDF's own Flate filter turns the compressed bytes back into a string one byte at a time and
 * compresses at fflate's default level: together most of the time spent writing the file. The same
 * filter (zlib format, as FlateDecode reads it) at level FLATE_LEVEL, converted in blocks, gives
 * files a few per cent larger in a fraction of the time.
 */
const FLATE_LEVEL = 3;
function fasterFlate(): void {
  const api = jsPDF.API as unknown as {
    processDataByFilters: (
      data: string,
      filters: string | string[],
    ) => { data: string; reverseChain: string };
  };
  const original = api.processDataByFilters;
  api.processDataByFilters = function (this: unknown, data: string, filters: string | string[]) {
    const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
    if (chain.length !== 1 || (chain[0] !== 'FlateEncode' && chain[0] !== '/FlateEncode')) {
      return original.call(this, data, filters);
    }
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
    const packed = zlibSync(bytes, { level: FLATE_LEVEL });
    let out = '';
    for (let i = 0; i < packed.length; i += 0x8000) {
      out += String.fromCharCode.apply(null, packed.subarray(i, i + 0x8000) as unknown as number[]);
    }
    return { data: out, reverseChain: '/FlateDecode' };
  };
}

/** Per embedded font: each character's glyph as string bytes ('' left out, null where the font has none). */
const glyphBytes = new WeakMap<
  TtfMetadata,
  { bytes: Map<number, string | null>; used: Set<number>; widths: Set<number> }
>();

/**
 * A text line in an embedded (Identity-H) font as jsPDF writes it: the glyph ids, cut at the
 * first character the font cannot draw, with the glyph recorded for the font subset, its width
 * table and its ToUnicode map. jsPDF's own version appends every character to the list of used
 * glyphs and searches the width table linearly for each: a quarter of the rendering time. This one
 * does the same once per distinct character.
 */
function identityText(line: string, metadata: TtfMetadata): string {
  let state = glyphBytes.get(metadata);
  if (!state) {
    const widths = new Set<number>();
    for (const entry of metadata.Unicode?.widths ?? []) if (typeof entry === 'number') widths.add(entry);
    state = { bytes: new Map(), used: new Set(), widths };
    glyphBytes.set(metadata, state);
  }
  const codeMap = metadata.cmap?.unicode?.codeMap;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    let bytes = state.bytes.get(code);
    if (bytes === undefined) {
      // as jsPDF: a character outside the font's cmap is left out, unless it is Latin-1
      if (codeMap && !codeMap[code] && code >= 256) {
        bytes = '';
      } else {
        const glyph = metadata.characterToGlyph(code);
        metadata.toUnicode[glyph] = code;
        if (!state.used.has(glyph)) {
          state.used.add(glyph);
          metadata.glyIdsUsed.push(glyph);
        }
        if (!state.widths.has(glyph)) {
          state.widths.add(glyph);
          metadata.Unicode?.widths.push(glyph, [parseInt(String(metadata.widthOfGlyph(glyph)), 10)]);
        }
        // glyph 0 (none): jsPDF ends the line there
        bytes = glyph === 0 ? null : literalBytes(glyph);
      }
      state.bytes.set(code, bytes);
    }
    if (bytes === null) return out;
    out += bytes;
  }
  return out;
}

/**
 * A glyph id as the two bytes of a PDF literal string, escaped where a literal string needs it:
 * half the size of jsPDF's hex strings, so less to build and to compress.
 */
function literalBytes(glyph: number): string {
  let out = '';
  for (const byte of [glyph >> 8, glyph & 0xff]) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else out += String.fromCharCode(byte);
  }
  return out;
}

/** Replaces jsPDF's Unicode text encoder (the `postProcessText` handler left) with `identityText`. */
function fasterUnicodeText(): void {
  const events = (jsPDF.API as unknown as { events: Events }).events;
  const index = events.findIndex(([name]) => name === 'postProcessText');
  const entry = events[index];
  // an unexpected jsPDF: keep its own encoder
  if (!entry || events.findIndex(([name], i) => name === 'postProcessText' && i > index) !== -1) return;
  const original = entry[1];
  const handler = (payload: TextPayload): unknown => {
    const { activeFontKey, fonts } = payload.mutex;
    const font = fonts[activeFontKey];
    if (!font || font.encoding !== 'Identity-H' || parseInt(activeFontKey.slice(1), 10) < 14)
      return original(payload);
    const encode = (text: unknown): string =>
      identityText(String((Array.isArray(text) ? text[0] : text) ?? ''), font.metadata);
    const text = payload.text;
    payload.text = Array.isArray(text)
      ? text.map((item: unknown) =>
          Array.isArray(item) && item.length === 3 ? [encode(item[0]), item[1], item[2]] : encode(item),
        )
      : encode(text);
    // literal strings: jsPDF writes them in parentheses
    payload.mutex.isHex = false;
    return undefined;
  };
  events[index] = ['postProcessText', handler as Handler];
}

/** Per embedded font: character advances (NaN until measured) and the widths of words measured. */
const advances = new WeakMap<TtfMetadata, { chars: Float64Array; words: Map<string, number> }>();

function measurer(metadata: TtfMetadata) {
  let state = advances.get(metadata);
  if (!state) {
    state = { chars: new Float64Array(0x10000).fill(NaN), words: new Map() };
    advances.set(metadata, state);
  }
  const { chars, words } = state;
  /** jsPDF's getCharWidthsArray for a TrueType font without character spacing, one character. */
  const advance = (code: number): number => {
    let width = chars[code] as number;
    if (Number.isNaN(width)) {
      width = (metadata.widthOfGlyph(metadata.characterToGlyph(code)) || 0) / 1000;
      chars[code] = width;
    }
    return width;
  };
  const charWidths = (word: string): number[] => {
    const out: number[] = [];
    for (let i = 0; i < word.length; i++) out.push(advance(word.charCodeAt(i)));
    return out;
  };
  /** The width of a word, summed left to right as jsPDF does (the same rounding). */
  const wordWidth = (word: string): number => {
    let width = words.get(word);
    if (width === undefined) {
      width = 0;
      for (let i = 0; i < word.length; i++) width += advance(word.charCodeAt(i));
      words.set(word, width);
    }
    return width;
  };
  return { advance, charWidths, wordWidth };
}

const sum = (widths: readonly number[]): number => widths.reduce((total, width) => total + width, 0);

/** jsPDF's splitLongWord: a word wider than a line, chopped to the line width. */
function splitLongWord(word: string, widths: number[], firstLineMax: number, max: number): string[] {
  const answer: string[] = [];
  let i = 0;
  let length = 0;
  while (i !== word.length && length + (widths[i] as number) < firstLineMax) {
    length += widths[i] as number;
    i++;
  }
  answer.push(word.slice(0, i));
  let start = i;
  length = 0;
  while (i !== word.length) {
    if (length + (widths[i] as number) > max) {
      answer.push(word.slice(start, i));
      length = 0;
      start = i;
    }
    length += widths[i] as number;
    i++;
  }
  if (start !== i) answer.push(word.slice(start, i));
  return answer;
}

/**
 * jsPDF's splitParagraphIntoLines (no indents), with the character widths and word widths of the
 * font remembered instead of asked from jsPDF's option handling for every word: the same lines.
 */
function splitParagraph(text: string, max: number, m: ReturnType<typeof measurer>): string[] {
  let line: Array<string | undefined> = [];
  const lines = [line];
  let lineLength = 0;
  let separator = 0;
  const space = m.advance(32);
  for (const word of text.split(' ')) {
    let wordLength = m.wordWidth(word);
    if (lineLength + separator + wordLength > max) {
      if (wordLength > max) {
        const widths = m.charWidths(word);
        const parts = splitLongWord(word, widths, max - (lineLength + separator), max);
        line.push(parts.shift());
        line = [parts.pop()];
        while (parts.length > 0) lines.push([parts.shift()]);
        wordLength = sum(widths.slice(word.length - (line[0] ? line[0].length : 0)));
      } else {
        line = [word];
      }
      lines.push(line);
      lineLength = wordLength;
      separator = space;
    } else {
      line.push(word);
      lineLength += separator + wordLength;
      separator = space;
    }
  }
  return lines.map((words) => words.join(' '));
}

/**
 * jsPDF's splitTextToSize measures every word through its option handling, font lookup and
 * per-character glyph search; the report wraps every paragraph and table cell with it. For the
 * embedded fonts, called without options, the same algorithm runs on remembered widths.
 */
function fasterSplitTextToSize(): void {
  const api = jsPDF.API as unknown as {
    splitTextToSize: (this: jsPDF, text: string | string[], max: number, options?: object) => string[];
  };
  const original = api.splitTextToSize;
  api.splitTextToSize = function (this: jsPDF, text, max, options) {
    const internal = this.internal as unknown as {
      getFont(): PdfFont;
      getFontSize(): number;
      getCharSpace(): number;
      scaleFactor: number;
    };
    const font = internal.getFont();
    if (
      (options && Object.keys(options).length > 0) ||
      typeof font.metadata.widthOfString !== 'function' ||
      internal.getCharSpace() !== 0
    ) {
      return original.call(this, text, max, options);
    }
    const paragraphs = Array.isArray(text) ? text : String(text).split(/\r?\n/);
    const lineMax = (1.0 * internal.scaleFactor * max) / internal.getFontSize();
    const m = measurer(font.metadata);
    const out: string[] = [];
    for (const paragraph of paragraphs) out.push(...splitParagraph(paragraph, lineMax, m));
    return out;
  };
}

type ColorSetter = (this: unknown, ...channels: unknown[]) => unknown;

/**
 * jspdf-autotable sets the fill, text and line colour of every cell, and re-sets the fill colour
 * it reads back, each time parsing the colour string anew. For the document `doc`, fill colours
 * given as one string are encoded once per colour; the operators written are the same.
 * Mutates `doc`.
 */
export function rememberColours(doc: jsPDF): void {
  const api = doc as unknown as Record<string, ColorSetter> & {
    __private__: {
      out(text: string): unknown;
      encodeColorString(options: object): string;
      decodeColorString(op: string): string;
    };
  };
  const { out, encodeColorString, decodeColorString } = api.__private__;
  // only the fill colour: jsPDF writes the current draw colour again at the top of each new page
  for (const [set, get, pdfColorType] of [['setFillColor', 'getFillColor', 'fill']] as const) {
    const originalSet = api[set] as ColorSetter;
    const originalGet = api[get] as ColorSetter;
    const encoded = new Map<string, string>();
    const decoded = new Map<string, string>();
    // the operator last written by the fast path; null when jsPDF's own setter wrote it
    let current: string | null = null;
    api[set] = function (this: unknown, ...channels: unknown[]) {
      const [first, ...rest] = channels;
      if (typeof first !== 'string' || rest.some((c) => c !== undefined)) {
        current = null;
        return originalSet.apply(this, channels);
      }
      let op = encoded.get(first);
      if (op === undefined) {
        op = encodeColorString({ ch1: first, pdfColorType, precision: 2 });
        encoded.set(first, op);
      }
      current = op;
      out(op);
      return this;
    };
    api[get] = function (this: unknown, ...args: unknown[]) {
      if (current === null) return originalGet.apply(this, args);
      let hex = decoded.get(current);
      if (hex === undefined) {
        hex = decodeColorString(current);
        decoded.set(current, hex);
      }
      return hex;
    };
  }
}

let tuned = false;

/** Applies the changes above once. */
export function tuneJsPdf(): void {
  if (tuned) return;
  tuned = true;
  dropRightToLeftProcessing();
  fasterFlate();
  fasterUnicodeText();
  fasterSplitTextToSize();
}
