// The publisher's details (publisher.ts) as one list, the same on the about page and the
// accessibility statement. A detail not filled in yet shows a marked placeholder, never a dead link.
import { useTranslation } from 'react-i18next';
import { contactHref, PUBLISHER, type Publisher } from './publisher';

const k = (key: string) => `ui.about.details.${key}`;

/** Long e-mail and web addresses may break anywhere: nothing scrolls sideways at 320 px. */
const BREAK_ANYWHERE = { overflowWrap: 'anywhere' } as const;

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
    <dl className="utrecht-data-list">
      {rows.map((row) => (
        <div key={row.key} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t(k(row.key))}</dt>
          <dd
            className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"
            style={BREAK_ANYWHERE}
          >
            {row.value}
          </dd>
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
