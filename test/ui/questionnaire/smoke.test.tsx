import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { label, renderAt, tEn } from './helpers';

it('smoke', async () => {
  const { probe } = renderAt('#/questionnaire/actors');
  expect(screen.getByRole('heading', { level: 1, name: tEn('sections.actors.title') })).toBeInTheDocument();
  const group = screen.getByRole('radiogroup', { name: new RegExp(label('act_cso_role').replace('?', '\\?')) });
  await userEvent.click(within(group).getByRole('radio', { name: tEn('options.act_cso_role.marginal') }));
  expect(probe.answers.act_cso_role).toBe('marginal');
  expect(screen.getByRole('radiogroup', { name: new RegExp(label('act_municipal_support_cso').slice(0, 20)) })).toBeInTheDocument();
});
