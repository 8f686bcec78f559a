// Who publishes this copy of the tool: the one file an organisation (for example a municipality)
// fills in before it puts the tool on its website (README, "Publishing on a municipal website").
// The about page and the accessibility statement both show these details, from here only.
// `null` means "not filled in yet": the pages then show a marked placeholder in the user's language,
// so a copy published without its details is visibly incomplete rather than quietly wrong.

export interface Publisher {
  /** Name of the publishing organisation, as users know it: "Gemeente Lindestad". */
  readonly organisation: string | null;
  /** Where users report an accessibility problem: an e-mail address or a web address (https://…). */
  readonly accessibilityContact: string | null;
  /** Web address (https://…) where anyone can get the source code of this version. The EUPL asks
   *  whoever passes on the built app to say where its source is (EUPL-1.2, article 3). */
  readonly sourceUrl: string | null;
  /** The day the accessibility statement was drawn up (YYYY-MM-DD). */
  readonly statementDate: string;
  /** The day the statement was last checked against the app (YYYY-MM-DD); update with every check. */
  readonly statementReviewed: string;
}

export const PUBLISHER: Publisher = {
  organisation: null, // e.g. 'Gemeente Lindestad'
  accessibilityContact: null, // e.g. 'toegankelijkheid@lindestad.nl' or 'https://www.lindestad.nl/contact'
  sourceUrl: null, // e.g. 'https://github.com/lindestad/partnership-mirror'
  statementDate: '2026-11-27',
  statementReviewed: '2026-11-27',
};

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const HTTPS = /^https:\/\/[^\s<>"]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The link for a contact: `mailto:` for an e-mail address, the address itself for a web page. */
export function contactHref(contact: string): string {
  return EMAIL.test(contact) ? `mailto:${contact}` : contact;
}

/** What is wrong with filled-in details, as field names; `npm test` runs this on PUBLISHER, so a
 *  typo in a deployment fails the build instead of showing a broken link. */
export function publisherProblems(p: Publisher): (keyof Publisher)[] {
  const problems: (keyof Publisher)[] = [];
  if (p.organisation !== null && p.organisation.trim() === '') problems.push('organisation');
  const contact = p.accessibilityContact;
  if (contact !== null && !EMAIL.test(contact) && !HTTPS.test(contact)) problems.push('accessibilityContact');
  if (p.sourceUrl !== null && !HTTPS.test(p.sourceUrl)) problems.push('sourceUrl');
  for (const day of ['statementDate', 'statementReviewed'] as const)
    if (!DAY.test(p[day]) || Number.isNaN(Date.parse(`${p[day]}T00:00:00Z`))) problems.push(day);
  return problems;
}
