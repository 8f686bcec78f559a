// The questionnaire (issue 6), loaded on demand: overview, one section per page, and "check your
// answers". The answers live in the store above the router, so switching language or page keeps them.
import './questionnaire/questionnaire.css';
import { CheckPage } from './questionnaire/CheckPage';
import { OverviewPage } from './questionnaire/OverviewPage';
import { SectionPage } from './questionnaire/SectionPage';
import { useRoute } from './use-route';

export function QuestionnairePage() {
  const route = useRoute();
  switch (route.name) {
    case 'section':
      // A new form per section: its default values come from the store when it opens.
      return (
        <SectionPage
          key={route.section}
          sectionId={route.section}
          focus={route.focus}
          returnToCheck={route.returnTo === 'check'}
        />
      );
    case 'check':
      return <CheckPage />;
    default:
      return <OverviewPage />;
  }
}
