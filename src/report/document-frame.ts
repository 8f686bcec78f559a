// The words a report shows outside its content: the cover's language line, the PDF outline,
// footer and metadata (issue 12, item 2). Chosen here, for the advice and the group report alike,
// so no renderer picks a key itself.
import { text, type CoverLanguage, type DocumentFrame, type Text } from './blocks';

export const COVER_LANGUAGE: CoverLanguage = {
  one: text('report.cover.language'),
  both: text('report.cover.languageBoth'),
};

/** `subject` is the kind of report ("Advice report on …"), for the PDF's metadata. */
export function documentFrame(subject: Text): DocumentFrame {
  return {
    outlineLanguage: text('report.outline.language'),
    pageNumber: text('report.footer.page'),
    subject,
    // The app's name as its header shows it: one text for one name.
    creator: text('ui.app.name'),
  };
}
