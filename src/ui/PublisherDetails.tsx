// The publisher's details (publisher.ts) as one list, the same on the about page and the
// accessibility statement. A detail not filled in yet shows a marked placeholder, never a dead link.
import { useTranslation } from 'react-i18next';
import { contactHref, PUBLISHER, type Publisher } from './publisher';
import './publisher-details.css';

const k = (key: string) => `ui.about.details.${key}`;

export function PublisherDetails({ publisher = PUBLISHER }: { publisher?: Publisher }) {
  const { t } = useTranslation();
  const missing = <em>{t(k('missing'))}</em>;
  const link = (href: string, text: string) => (
    <a className="utrecht-link" href={href}>
      {text}
    </a>
  );
  const { organisation, accessibilityContact: contact, sourceUrl } = publisher;
  const rows = [
    { key: 'organisation', value: organisation ?? missing },
    { key: 'contact', value: contact === null ? missing : link(contactHref(contact), contact) },
    { key: 'source', value: sourceUrl === null ? missing : link(sourceUrl, sourceUrl) },
  ];
  return (
    <dl className="pm-publisher-details utrecht-paragraph">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{t(k(row.key))}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The organisation's name for use inside a sentence, or the placeholder when not filled in. */
export function useOrganisationName(publisher: Publisher = PUBLISHER): string {
  const { t } = useTranslation();
  return publisher.organisation ?? t(k('organisationUnknown'));
}
