declare module 'i18next-parser' {
  export class JsxLexer {
    constructor(options?: { functions?: string[] });
    extract(content: string, filename?: string): { key: string }[];
  }
}
