// subset-font ships no types; this is the part src/cli/subset-fonts.ts uses.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt';
      dropTables?: string[];
      noLayoutClosure?: boolean;
    },
  ): Promise<Buffer>;
}
