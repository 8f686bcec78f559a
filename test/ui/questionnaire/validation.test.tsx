import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { label, renderAt, tEn } from './helpers';

const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const next = () => screen.getByRole('button', { name: tEn('ui.questionnaire.section.next') });

describe('validation and the error summary', () => {
  it('shows no errors before Next', () => {
    renderAt('#/questionnaire/actors');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('on Next, lists each unanswered required question in a summary that takes focus', async () => {
    renderAt('#/questionnaire/actors');
    await userEvent.click(next());
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: tEn('ui.questionnaire.errorSummary.title') }),
    ).toBeInTheDocument();
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    const links = within(alert).getAllByRole('link');
    // Each message names its question, so the summary needs no label in front (GOV.UK).
    expect(links.map((a) => a.textContent)).toEqual([
      tEn('errors.questions.act_actor_types_own.required_multi'),
      tEn('errors.questions.act_cso_role.required_choice'),
      tEn('errors.questions.act_higher_levels.required_choice'),
    ]);
    expect(window.location.hash).toBe('#/questionnaire/actors');
  });

  it('each summary link moves focus to the first input of its question', async () => {
    renderAt('#/questionnaire/actors');
    await userEvent.click(next());
    await userEvent.click(within(await screen.findByRole('alert')).getAllByRole('link')[1]!);
    const group = screen.getByRole('radiogroup', { name: starts(label('act_cso_role')) });
    expect(within(group).getByRole('radio', { name: tEn('options.act_cso_role.none') })).toHaveFocus();
    expect(window.location.hash).toBe('#/questionnaire/actors');
  });

  it('links the inline message to the question with aria-describedby and marks it invalid', async () => {
    renderAt('#/questionnaire/actors');
    await userEvent.click(next());
    await screen.findByRole('alert');
    const group = screen.getByRole('radiogroup', { name: starts(label('act_cso_role')) });
    expect(group).toHaveAccessibleDescription(
      expect.stringContaining(tEn('errors.questions.act_cso_role.required_choice')),
    );
    expect(group).toHaveAttribute('aria-invalid', 'true');
    for (const radio of within(group).getAllByRole('radio'))
      expect(radio).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the errors in place until Next, so correcting a field moves nothing on the page', async () => {
    renderAt('#/questionnaire/profile');
    await userEvent.click(next());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('link')).toHaveLength(3);
    await userEvent.type(
      screen.getByRole('textbox', { name: starts(label('profile_partner_municipality')) }),
      'Tepekent',
    );
    // Leaving the field (the click on the next option) must not re-render the messages.
    await userEvent.click(
      screen.getByRole('radio', { name: starts(tEn('options.profile_side.destination')) }),
    );
    expect(
      screen.getByRole('radio', { name: starts(tEn('options.profile_side.destination')) }),
    ).toBeChecked();
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(3);
    await userEvent.click(next());
    await waitFor(() => expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1));
  });

  it('optional questions may stay empty: Next goes on when the required ones are answered', async () => {
    renderAt('#/questionnaire/actors', {
      act_actor_types_own: ['schools'],
      act_cso_role: 'none',
      act_higher_levels: 'marginal',
    });
    await userEvent.click(next());
    await waitFor(() => expect(window.location.hash).toBe('#/questionnaire/translocal'));
  });

  it('a too long text is named in the summary with its limit', async () => {
    renderAt('#/questionnaire/profile', {
      profile_partner_municipality: 'Tepekent',
      profile_side: 'destination',
    });
    await userEvent.click(screen.getByRole('textbox', { name: starts(label('profile_own_municipality')) }));
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(next());
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      tEn('ui.questionnaire.errorSummary.item', {
        question: label('profile_own_municipality'),
        message: tEn('ui.questionnaire.errors.too_long', { max: 200 }),
      }),
    ]);
  });

  it('the last section leads to "check your answers"', async () => {
    renderAt('#/questionnaire/outcomes');
    await userEvent.click(screen.getByRole('button', { name: tEn('ui.questionnaire.section.toCheck') }));
    await waitFor(() => expect(window.location.hash).toBe('#/check'));
  });
});
