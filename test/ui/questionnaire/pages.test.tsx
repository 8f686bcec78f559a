import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/catalogue/answers';
import exampleA from '../../fixtures/answers/example-a-lindestad.json' with { type: 'json' };
import { label, renderAt, tEn } from './helpers';

describe('overview (task list)', () => {
  it('lists the eight sections with their status and counts only applicable questions', () => {
    renderAt('#/questionnaire', {
      profile_own_municipality: 'Lindestad',
      profile_partner_municipality: 'Tepekent',
      profile_side: 'destination',
    });
    expect(
      screen.getByRole('heading', { level: 1, name: tEn('ui.questionnaire.overview.title') }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(tEn('ui.questionnaire.overview.progress', { answered: 3, total: 55 })),
    ).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: '' })).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    const profile = screen.getByRole('link', { name: tEn('sections.profile.title') });
    expect(profile).toHaveAttribute('href', '#/questionnaire/profile');
    expect(profile).toHaveAccessibleDescription(
      expect.stringContaining(tEn('ui.questionnaire.overview.status.complete')),
    );
    expect(screen.getByRole('link', { name: tEn('sections.actors.title') })).toHaveAccessibleDescription(
      expect.stringContaining(tEn('ui.questionnaire.overview.status.not_started')),
    );
    expect(screen.getByRole('link', { name: tEn('ui.questionnaire.overview.checkLink') })).toHaveAttribute(
      'href',
      '#/check',
    );
    expect(document.title).toContain(tEn('ui.questionnaire.overview.title'));
  });
});

describe('section page', () => {
  it('has the section title as a focusable h1, its intro and the document title', () => {
    renderAt('#/questionnaire/learning');
    const h1 = screen.getByRole('heading', { level: 1, name: tEn('sections.learning.title') });
    expect(h1).toHaveAttribute('tabindex', '-1');
    expect(screen.getByText(tEn('sections.learning.intro'))).toBeInTheDocument();
    expect(document.title).toContain(tEn('sections.learning.title'));
    expect(screen.getByRole('link', { name: tEn('ui.questionnaire.section.back') })).toHaveAttribute(
      'href',
      '#/questionnaire/exchange',
    );
  });

  it('after "Change" on the check page, Next leads back to the check page', async () => {
    renderAt('#/questionnaire/actors?focus=act_cso_role&return=check', {
      act_actor_types_own: ['schools'],
      act_cso_role: 'none',
      act_higher_levels: 'marginal',
    });
    await userEvent.click(screen.getByRole('button', { name: tEn('ui.questionnaire.section.toCheck') }));
    await waitFor(() => expect(window.location.hash).toBe('#/check'));
  });

  it('a "Change" link arrives with the question focused', async () => {
    renderAt('#/questionnaire/actors?focus=act_key_persons');
    const group = screen.getByRole('radiogroup', { name: new RegExp(`^${label('act_key_persons')}`) });
    await waitFor(() => expect(within(group).getAllByRole('radio')[0]).toHaveFocus());
  });
});

describe('check your answers', () => {
  const answers = exampleA.answers as Answers;

  it('lists every applicable answer by section with Change links and the way to the report', () => {
    renderAt('#/check', answers);
    expect(
      screen.getByRole('heading', { level: 1, name: tEn('ui.questionnaire.check.title') }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(8);
    expect(screen.getByText('Lindestad')).toBeInTheDocument();
    expect(screen.getByText(`12 ${tEn('scales.units.years')}`)).toBeInTheDocument();
    const hidden = tEn('ui.questionnaire.check.changeHidden', { question: label('act_cso_role') });
    const change = screen.getByRole('link', { name: `${tEn('ui.questionnaire.check.change')} ${hidden}` });
    expect(change).toHaveAttribute('href', '#/questionnaire/actors?focus=act_cso_role&return=check');
    expect(
      screen.getAllByRole('link', { name: new RegExp(`^${tEn('ui.questionnaire.check.change')}`) }),
    ).toHaveLength(62);
    expect(screen.getByRole('link', { name: tEn('ui.questionnaire.check.toReport') })).toHaveAttribute(
      'href',
      '#/report',
    );
  });

  it("leaves out questions that do not apply, and shows the user's text as text, never as markup", () => {
    renderAt('#/check', {
      profile_own_municipality: '<b>Bold</b>',
      act_cso_role: 'none',
      act_municipal_support_cso: 4,
    });
    expect(screen.getByText('<b>Bold</b>')).toBeInTheDocument();
    expect(screen.queryByText(label('act_municipal_support_cso'))).not.toBeInTheDocument();
    expect(screen.getAllByText(tEn('ui.questionnaire.check.notAnswered')).length).toBeGreaterThan(40);
  });

  it('names the required questions still open, with links to them', () => {
    renderAt('#/check', { profile_own_municipality: 'Lindestad' });
    expect(
      screen.getByRole('heading', { name: tEn('ui.questionnaire.check.missingHeading') }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: label('profile_side') })).toHaveAttribute(
      'href',
      '#/questionnaire/profile?focus=profile_side&return=check',
    );
  });
});
