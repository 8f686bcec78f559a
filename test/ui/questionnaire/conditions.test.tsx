import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { label, renderAt, tEn } from './helpers';

const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const csoRole = () => screen.getByRole('radiogroup', { name: starts(label('act_cso_role')) });
const supportGroup = () =>
  screen.queryByRole('radiogroup', { name: starts(label('act_municipal_support_cso')) });
const stalledGroup = () =>
  screen.queryByRole('radiogroup', { name: starts(label('act_cso_initiatives_stalled')) });

describe('conditions in the form', () => {
  it('choosing "none" for civil society hides its questions and keeps their answers', async () => {
    const { probe } = renderAt('#/questionnaire/actors', {
      act_cso_role: 'substantial',
      act_municipal_support_cso: 4,
      act_cso_initiatives_stalled: 'yes',
    });
    expect(supportGroup()).toBeInTheDocument();
    await userEvent.click(within(csoRole()).getByRole('radio', { name: tEn('options.act_cso_role.none') }));
    expect(supportGroup()).not.toBeInTheDocument();
    expect(stalledGroup()).not.toBeInTheDocument();
    expect(probe.answers).toMatchObject({
      act_cso_role: 'none',
      act_municipal_support_cso: 4,
      act_cso_initiatives_stalled: 'yes',
    });
  });

  it('choosing "marginal" shows them again with the earlier answers', async () => {
    renderAt('#/questionnaire/actors', {
      act_cso_role: 'none',
      act_municipal_support_cso: 4,
      act_cso_initiatives_stalled: 'yes',
    });
    expect(supportGroup()).not.toBeInTheDocument();
    await userEvent.click(
      within(csoRole()).getByRole('radio', { name: tEn('options.act_cso_role.marginal') }),
    );
    expect(within(supportGroup()!).getByRole('radio', { name: tEn('scales.likert5_agree.4') })).toBeChecked();
    expect(
      within(stalledGroup()!).getByRole('radio', { name: tEn('scales.yes_no_unsure.yes') }),
    ).toBeChecked();
  });

  it('announces politely which questions were added or no longer apply', async () => {
    renderAt('#/questionnaire/actors');
    await userEvent.click(
      within(csoRole()).getByRole('radio', { name: tEn('options.act_cso_role.central') }),
    );
    const added = tEn('ui.questionnaire.announce.added', {
      count: 2,
      questions: `${label('act_municipal_support_cso')}; ${label('act_cso_initiatives_stalled')}`,
    });
    expect(screen.getByText(added)).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(
      within(csoRole()).getByRole('radio', { name: tEn('options.act_cso_role.dont_know') }),
    );
    expect(
      screen.getByText(starts(tEn('ui.questionnaire.announce.removed', { count: 2, questions: '' }))),
    ).toBeInTheDocument();
  });

  it('a condition on an earlier section applies: outcomes asks about civil society only when it takes part', () => {
    const { unmount } = renderAt('#/questionnaire/outcomes', { act_cso_role: 'none' });
    expect(
      screen.queryByRole('radiogroup', { name: starts(label('out_cso_strengthened')) }),
    ).not.toBeInTheDocument();
    unmount();
    renderAt('#/questionnaire/outcomes', { act_cso_role: 'central' });
    expect(
      screen.getByRole('radiogroup', { name: starts(label('out_cso_strengthened')) }),
    ).toBeInTheDocument();
  });
});
