declare module 'virtual:municipalities' {
  /** The 309 municipalities of Finland (293 mainland, 16 Åland) from Posti's postal code data. */
  export const municipalities: ReadonlyArray<{
    code: string;
    fi: string;
    sv: string;
    region: { fi: string; sv: string };
  }>;
}
