// Toegankelijkheidsverklaring in the order of the Dutch government's model statement: who it is
// from and what it covers, status, how it was tested, known problems, how to report one, the
// complaint route, and the dates. The organisation and contact come from publisher.ts.
import { PublisherDetails, useOrganisationName } from './PublisherDetails';
import { PUBLISHER, type Publisher } from './publisher';
import { useLanguage } from './use-language';
import { TextPage } from './TextPage';

const k = (key: string) => `ui.accessibility.${key}`;

export function AccessibilityPage({ publisher = PUBLISHER }: { publisher?: Publisher }) {
  const { language } = useLanguage();
  const organisation = useOrganisationName(publisher);
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const day = (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
  return (
    <TextPage
      title={k('title')}
      intro={k('intro')}
      introParams={{ organisation }}
      sections={[
        { heading: k('scopeHeading'), texts: [k('scope'), k('law')] },
        { heading: k('statusHeading'), texts: [k('status')] },
        {
          heading: k('testedHeading'),
          list: true,
          texts: ['automatic', 'lighthouse', 'keyboard', 'reflow', 'stability', 'manual'].map((x) =>
            k(`tested.${x}`),
          ),
        },
        {
          heading: k('issuesHeading'),
          list: true,
          texts: ['pdf', 'charts', 'audit'].map((x) => k(`issues.${x}`)),
        },
        {
          heading: k('reportHeading'),
          texts: [k('report')],
          params: { organisation },
          details: <PublisherDetails publisher={publisher} />,
        },
        { heading: k('complaintsHeading'), texts: [k('complaints')], params: { organisation } },
        {
          heading: k('dateHeading'),
          texts: [k('date')],
          params: { date: day(publisher.statementDate), reviewed: day(publisher.statementReviewed) },
        },
      ]}
    />
  );
}
