import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { label, renderAt, tEn } from './helpers';

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('question types', () => {
  it('single: radios in a radiogroup named by the question; the choice is saved at once', async () => {
    const { probe } = renderAt('#/questionnaire/profile');
    const group = screen.getByRole('radiogroup', { name: exact(label('profile_role')) });
    await userEvent.click(
      within(group).getByRole('radio', { name: tEn('options.profile_role.elected_official') }),
    );
    expect(probe.answers.profile_role).toBe('elected_official');
  });

  it('single: options and labels follow the side chosen in the profile', () => {
    renderAt('#/questionnaire/translocal', { profile_side: 'source' });
    const group = screen.getByRole('radiogroup', { name: exact(label('tl_diaspora_link', 'source')) });
    expect(
      within(group).getByRole('radio', {
        name: tEn('options.tl_diaspora_link.direct', { context: 'source' }),
      }),
    ).toBeInTheDocument();
  });

  it('multi: checkboxes in a group, saved in catalogue order', async () => {
    const { probe } = renderAt('#/questionnaire/exchange');
    const group = screen.getByRole('group', { name: exact(label('ex_methods')) });
    await userEvent.click(
      within(group).getByRole('checkbox', { name: tEn('options.ex_methods.field_visits') }),
    );
    await userEvent.click(
      within(group).getByRole('checkbox', { name: tEn('options.ex_methods.peer_to_peer') }),
    );
    expect(probe.answers.ex_methods).toEqual(['peer_to_peer', 'field_visits']);
    await userEvent.click(
      within(group).getByRole('checkbox', { name: tEn('options.ex_methods.peer_to_peer') }),
    );
    await userEvent.click(
      within(group).getByRole('checkbox', { name: tEn('options.ex_methods.field_visits') }),
    );
    expect(probe.answers.ex_methods).toBeUndefined();
  });

  it('multi: "none of these" excludes the other options and is stored as []', async () => {
    const { probe } = renderAt('#/questionnaire/learning');
    const group = screen.getByRole('group', { name: exact(label('learn_application_barriers')) });
    const noBudget = within(group).getByRole('checkbox', {
      name: tEn('options.learn_application_barriers.no_budget'),
    });
    const none = within(group).getByRole('checkbox', {
      name: tEn('options.learn_application_barriers.none_of_these'),
    });
    await userEvent.click(noBudget);
    await userEvent.click(none);
    expect(noBudget).not.toBeChecked();
    expect(none).toBeChecked();
    expect(probe.answers.learn_application_barriers).toEqual([]);
    await userEvent.click(noBudget);
    expect(none).not.toBeChecked();
    expect(probe.answers.learn_application_barriers).toEqual(['no_budget']);
  });

  it('multi: a stored [] shows as "none of these" checked', () => {
    renderAt('#/questionnaire/learning', { learn_forms: [] });
    const group = screen.getByRole('group', { name: exact(label('learn_forms')) });
    expect(
      within(group).getByRole('checkbox', { name: tEn('options.learn_forms.none_of_these') }),
    ).toBeChecked();
    expect(within(group).getAllByRole('checkbox', { checked: true })).toHaveLength(1);
  });

  it('likert5: a labelled five-point scale plus "not sure", saved as a number or "unsure"', async () => {
    const { probe } = renderAt('#/questionnaire/conditions');
    const group = screen.getByRole('radiogroup', { name: exact(label('cond_capacity')) });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5', 'unsure']);
    await userEvent.click(within(group).getByRole('radio', { name: tEn('scales.likert5_agree.4') }));
    expect(probe.answers.cond_capacity).toBe(4);
    await userEvent.click(within(group).getByRole('radio', { name: tEn('scales.unsure') }));
    expect(probe.answers.cond_capacity).toBe('unsure');
  });

  it('likert5: the extent scale has its own labels', () => {
    renderAt('#/questionnaire/exchange');
    const group = screen.getByRole('radiogroup', { name: exact(label('ex_peer_contact')) });
    expect(within(group).getByRole('radio', { name: tEn('scales.likert5_extent.5') })).toBeInTheDocument();
  });

  it('yes_no_unsure: three radios', async () => {
    const { probe } = renderAt('#/questionnaire/actors');
    const group = screen.getByRole('radiogroup', { name: exact(label('act_city_networks')) });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    await userEvent.click(within(group).getByRole('radio', { name: tEn('scales.yes_no_unsure.no') }));
    expect(probe.answers.act_city_networks).toBe('no');
  });

  it('number: asks for whole years, shows its unit and bounds, and names the question in its error', async () => {
    const { probe } = renderAt('#/questionnaire/profile');
    const box = screen.getByRole('textbox', { name: exact(label('profile_partnership_years')) });
    expect(box).toHaveAttribute('inputmode', 'numeric');
    expect(box).toHaveAccessibleDescription(expect.stringContaining(tEn('scales.units.years')));
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining(tEn('ui.questionnaire.question.numberBounds', { min: 0, max: 100 })),
    );
    await userEvent.type(box, '12');
    expect(probe.answers.profile_partnership_years).toBe(12);
    await userEvent.type(box, ',5');
    // Not saved: the score counts completed years, so the form asks for whole ones.
    expect(probe.answers.profile_partnership_years).toBe(12);
    await userEvent.click(screen.getByRole('button', { name: tEn('ui.questionnaire.section.next') }));
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining(tEn('errors.questions.profile_partnership_years.not_whole_number')),
    );
  });

  it('number: out of bounds is an error on Next (not on leaving the field); the last valid answer stays saved', async () => {
    const { probe } = renderAt('#/questionnaire/profile', { profile_partnership_years: 12 });
    const box = screen.getByRole('textbox', { name: exact(label('profile_partnership_years')) });
    await userEvent.clear(box);
    await userEvent.type(box, '120');
    expect(
      screen.queryByText(tEn('ui.questionnaire.errors.out_of_bounds', { min: 0, max: 100 })),
    ).not.toBeInTheDocument();
    await userEvent.tab();
    expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: tEn('ui.questionnaire.section.next') }));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining(
        tEn('errors.questions.profile_partnership_years.out_of_bounds', { min: 0, max: 100 }),
      ),
    );
    expect(probe.answers.profile_partnership_years).toBe(12);
  });

  it('short_text: free text with dir="auto", trimmed when saved, with a character count', async () => {
    const { probe } = renderAt('#/questionnaire/profile');
    const box = screen.getByRole('textbox', { name: exact(label('profile_own_municipality')) });
    expect(box).toHaveAttribute('dir', 'auto');
    await userEvent.type(box, '  Lindestad ');
    expect(probe.answers.profile_own_municipality).toBe('Lindestad');
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining(tEn('ui.questionnaire.question.charsLeft', { count: 191 })),
    );
  });

  it('long_text: the count says how many characters too many, and a polite status repeats it after a pause', async () => {
    renderAt('#/questionnaire/objectives', { obj_objectives_text: 'x'.repeat(4999) });
    const box = screen.getByRole('textbox', { name: exact(label('obj_objectives_text')) });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining(tEn('ui.questionnaire.question.charsLeft', { count: 1 })),
    );
    const over = tEn('ui.questionnaire.question.charsOver', { count: 2 });
    await userEvent.type(box, 'abc');
    expect(box).toHaveAccessibleDescription(expect.stringContaining(over));
    // Not announced on every keystroke: the status follows only after typing pauses.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).not.toContain(over);
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(over), {
      timeout: 2000,
    });
  });

  it('shows a hint only where one exists, and "Why we ask this" with the research source', async () => {
    renderAt('#/questionnaire/profile');
    expect(screen.getByText(tEn('questions.profile_own_municipality.hint'))).toBeInTheDocument();
    const partner = screen.getByRole('textbox', { name: exact(label('profile_partner_municipality')) });
    expect(partner).toHaveAccessibleDescription(tEn('ui.questionnaire.question.charsLeft', { count: 200 }));
    const summaries = screen.getAllByText(tEn('ui.questionnaire.question.whyWeAsk'));
    expect(summaries).toHaveLength(5);
    await userEvent.click(summaries[0]!);
    expect(screen.getByText(tEn('questions.profile_own_municipality.help'))).toBeVisible();
  });
});
