// Toegankelijkheidsverklaring in the order of the Dutch government's model statement: status,
// what was tested and how, known problems, how to report one, and the date (issue 17).
import { useLanguage } from './use-language';
import { TextPage } from './TextPage';

/** The day the statement was drawn up or last checked; update it with every re-check. */
export const STATEMENT_DATE = '2026-11-27';

const k = (key: string) => `ui.accessibility.${key}`;

export function AccessibilityPage() {
  const { language } = useLanguage();
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${STATEMENT_DATE}T00:00:00Z`));
  return (
    <TextPage
      title={k('title')}
      intro={k('intro')}
      sections={[
        { heading: k('statusHeading'), texts: [k('status')] },
        {
          heading: k('testedHeading'),
          list: true,
          texts: ['automatic', 'keyboard', 'reflow', 'stability', 'manual'].map((x) => k(`tested.${x}`)),
        },
        {
          heading: k('issuesHeading'),
          list: true,
          texts: ['pdf', 'charts', 'audit'].map((x) => k(`issues.${x}`)),
        },
        { heading: k('reportHeading'), texts: [k('report')] },
        { heading: k('dateHeading'), texts: [k('date')], params: { date } },
      ]}
    />
  );
}
