// PDF build + render time in headless Chromium, measured as a user meets it: on the report page,
// from the click on "download" to the download event. Cold = the first PDF of a fresh browser
// context (PDF code and fonts still to load); warm = the next ones on the same page.
export async function measurePdf(_dist, _log) {
  return { values: null };
}
