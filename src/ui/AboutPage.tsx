// Colophon: what the tool is, the research it rests on, licences, who maintains it, the source.
import { TextPage } from './TextPage';

const k = (key: string) => `ui.about.${key}`;

export function AboutPage() {
  return (
    <TextPage
      title={k('title')}
      sections={[
        { heading: k('whatHeading'), texts: [k('what')] },
        { heading: k('researchHeading'), texts: [k('research')] },
        { heading: k('privacyHeading'), texts: [k('privacy')] },
        {
          heading: k('licencesHeading'),
          list: true,
          texts: ['components', 'fonts', 'libraries'].map((x) => k(`licences.${x}`)),
        },
        { heading: k('maintainersHeading'), texts: [k('maintainers')] },
        { heading: k('sourceHeading'), texts: [k('source')] },
      ]}
    />
  );
}
