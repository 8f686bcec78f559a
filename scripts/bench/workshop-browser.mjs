// Workshop aggregation of 500 answer files in Chromium, through the workshop page.
export async function measureWorkshopInBrowser(_dist, _log) {
  return { value: null };
}
