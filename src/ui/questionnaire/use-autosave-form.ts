// The section's react-hook-form instance, wired to the answers store: every change that is a
// valid answer goes to the store at once (autosave listens there); an empty field removes the
// answer. A value that is not valid yet (a number being typed, text over the limit) leaves the
// store at its last valid value until the user fixes it.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CatalogueQuestion } from '../../catalogue/catalogue';
import type { QuestionDef } from '../../catalogue/types';
import { useAnswers } from '../answers-store';
import { parseFormValue, sectionSchema, toFormValues, type FormValues } from './form-values';

export function useAutosaveForm(all: readonly CatalogueQuestion[], applicable: readonly QuestionDef[]) {
  const { answers, setAnswer } = useAnswers();
  const { i18n } = useTranslation();
  // The form starts from the store once; after that the form leads and the store follows.
  const [defaultValues] = useState(() => toFormValues(all, answers, i18n.language));
  const methods = useForm<FormValues>({
    defaultValues,
    // Only applicable questions are validated; a hidden answer is kept but not judged.
    resolver: zodResolver(sectionSchema(applicable)),
    // Errors appear and clear on "Next" only (GOV.UK, NL Design System): a message that came or
    // went on blur moved the page under the pointer between mousedown and mouseup, and the click
    // that caused the blur was lost (issue 17).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });

  const { watch } = methods;
  useEffect(() => {
    const byId = new Map<string, CatalogueQuestion>(all.map((q) => [q.id, q]));
    const subscription = watch((values, { name }) => {
      const q = name === undefined ? undefined : byId.get(name);
      if (q === undefined) return;
      const parsed = parseFormValue(q, values[q.id]);
      if (parsed.ok) setAnswer(q.id, parsed.value);
    });
    return () => subscription.unsubscribe();
  }, [watch, all, setAnswer]);

  return methods;
}
