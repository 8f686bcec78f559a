// Colophon: what the tool is, the research it rests on, who offers it (publisher.ts), its licence
// (EUPL-1.2, the file LICENSE), where the source is, and the licences of what it is built from.
import { PublisherDetails } from './PublisherDetails';
import type { Publisher } from './publisher';
import { TextPage } from './TextPage';

const k = (key: string) => `ui.about.${key}`;

/** Everything others made that ends up in the built app (checked against each package.json). */
const THIRD_PARTY = ['components', 'fonts', 'libraries', 'pako', 'dompurify'] as const;

export function AboutPage({ publisher }: { publisher?: Publisher }) {
  return (
    <TextPage
      title={k('title')}
      sections={[
        { heading: k('whatHeading'), texts: [k('what')] },
        { heading: k('researchHeading'), texts: [k('research')] },
        { heading: k('privacyHeading'), texts: [k('privacy')] },
        {
          heading: k('publisherHeading'),
          texts: [k('publisher')],
          details: <PublisherDetails {...(publisher ? { publisher } : {})} />,
        },
        { heading: k('licenceHeading'), texts: [k('licence')] },
        { heading: k('sourceHeading'), texts: [k('source')] },
        { heading: k('licencesHeading'), list: true, texts: THIRD_PARTY.map((x) => k(`licences.${x}`)) },
      ]}
    />
  );
}
