// The frame of the two plain text pages (accessibility statement, about): a title and sections of
// paragraphs or lists, all from one locale file. The page only lists keys; the words live in locales.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './use-page-title';

export interface TextSection {
  /** Key of the section's heading. */
  readonly heading: string;
  /** Keys of its paragraphs; `list` puts them in a bulleted list instead. */
  readonly texts: readonly string[];
  readonly list?: boolean;
  readonly params?: Readonly<Record<string, string>>;
  /** Shown after the texts: content that is not a sentence, such as the publisher's details. */
  readonly details?: ReactNode;
}

export function TextPage({
  title,
  intro,
  sections,
  introParams,
}: {
  title: string;
  intro?: string;
  sections: readonly TextSection[];
  introParams?: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  usePageTitle(t(title));
  return (
    <div className="pm-text-page">
      <h1 className="utrecht-heading-1" tabIndex={-1}>
        {t(title)}
      </h1>
      {intro !== undefined && (
        <p className="utrecht-paragraph utrecht-paragraph--lead">{t(intro, introParams)}</p>
      )}
      {sections.map((section) => (
        <section key={section.heading} aria-labelledby={idOf(section.heading)}>
          <h2 id={idOf(section.heading)} className="utrecht-heading-2">
            {t(section.heading)}
          </h2>
          {section.list === true ? (
            <ul className="utrecht-unordered-list">
              {section.texts.map((key) => (
                <li key={key} className="utrecht-unordered-list__item">
                  {t(key, section.params)}
                </li>
              ))}
            </ul>
          ) : (
            section.texts.map((key) => (
              <p key={key} className="utrecht-paragraph">
                {t(key, section.params)}
              </p>
            ))
          )}
          {section.details}
        </section>
      ))}
    </div>
  );
}

const idOf = (key: string) => `pm-${key.replace(/\./g, '-')}`;
