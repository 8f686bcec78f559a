// How a number answer reads in a language: "12,5" in Dutch, "12.5" in English. One function for
// the questionnaire's number box, check-your-answers and the report (screen and PDF), so a stored
// 12.5 never shows as "12.5" on a Dutch page. No grouping ("1234,5", not "1.234,5") and every
// stored decimal kept, so the text put back into the number box parses to the same value.
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}
