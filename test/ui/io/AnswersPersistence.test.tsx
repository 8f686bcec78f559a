import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANSWERS_STORAGE_KEY, loadAnswers } from '../../../src/io/autosave';
import { createI18n, fixedT } from '../../../src/i18n/setup';
import { useAnswers } from '../../../src/ui/answers-store';
import { I18nRoot } from '../../../src/ui/I18nRoot';
import { AnswersPersistence } from '../../../src/ui/io/AnswersPersistence';
import { AutosaveStatus } from '../../../src/ui/io/AutosaveStatus';
import { StartAgainButton, UNDO_MS } from '../../../src/ui/io/StartAgainButton';

const tEn = fixedT('en', { strict: true });

function AnswerSomething() {
  const { answers, setAnswer } = useAnswers();
  return (
    <>
      <button type="button" onClick={() => setAnswer('profile_own_municipality', 'Emirdağ')}>
        answer
      </button>
      <output aria-label="answer count">{Object.keys(answers).length}</output>
    </>
  );
}

/** The app's wiring from main.tsx: autosave loaded first, then the providers. */
function renderApp() {
  render(
    <I18nRoot i18n={createI18n('en', { strict: true })} initialLanguage="en">
      <AnswersPersistence initial={loadAnswers()}>
        <AnswerSomething />
        <StartAgainButton />
        <AutosaveStatus />
      </AnswersPersistence>
    </I18nRoot>,
  );
  return userEvent.setup();
}

const status = () => screen.getByRole('status', { name: tEn('ui.io.autosave.label') });

describe('autosave in the app', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves every change on this device, says so, and restores it on the next visit', async () => {
    const user = renderApp();
    expect(status()).toHaveTextContent(tEn('ui.io.autosave.idle'));
    await user.click(screen.getByRole('button', { name: 'answer' }));
    expect(status()).toHaveTextContent(tEn('ui.io.autosave.saved'));
    expect(JSON.parse(localStorage.getItem(ANSWERS_STORAGE_KEY) ?? '').answers).toEqual({
      profile_own_municipality: 'Emirdağ',
    });
    expect(loadAnswers()).toMatchObject({
      status: 'restored',
      state: { answers: { profile_own_municipality: 'Emirdağ' } },
    });
  });

  it('keeps working and says so when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'answer' }));
    expect(status()).toHaveTextContent(tEn('errors.storage.saveFailed'));
    expect(screen.getByRole('status', { name: 'answer count' })).toHaveTextContent('1');
  });

  it('says so when the stored answers could not be read, and starts empty', () => {
    localStorage.setItem(
      ANSWERS_STORAGE_KEY,
      '{"format": "partnership-mirror/answers", "formatVersion": 1, "__proto__": {}}',
    );
    renderApp();
    expect(status()).toHaveTextContent(tEn('errors.storage.corrupt'));
    expect(screen.getByRole('status', { name: 'answer count' })).toHaveTextContent('0');
  });

  it('start again: asks, offers to save the file first, then deletes everything', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'answer' }));
    await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.button') }));
    const dialog = screen.getByRole('alertdialog', { name: tEn('ui.io.startAgain.title') });
    expect(dialog).toHaveAccessibleDescription(tEn('ui.io.startAgain.body'));
    await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.saveFirst') }));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status', { name: 'answer count' })).toHaveTextContent('1');
    await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.confirm') }));
    expect(screen.getByRole('status', { name: 'answer count' })).toHaveTextContent('0');
    expect(localStorage.getItem(ANSWERS_STORAGE_KEY)).toBeNull();
    expect(screen.queryByRole('button', { name: tEn('ui.io.startAgain.button') })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText(tEn('ui.io.startAgain.doneUndo')).parentElement).toHaveFocus(),
    );
  });

  it('start again: the deletion is the secondary choice, and "Undo" brings the answers back', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'answer' }));
    await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.button') }));
    const remove = screen.getByRole('button', { name: tEn('ui.io.startAgain.confirm') });
    expect(remove).toHaveClass('utrecht-button--secondary-action');
    expect(screen.getByRole('button', { name: tEn('ui.io.startAgain.saveFirst') })).toHaveClass(
      'utrecht-button--primary-action',
    );
    await user.click(remove);
    expect(screen.getByRole('status', { name: 'answer count' })).toHaveTextContent('0');
    await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.undo') }));
    expect(screen.getByRole('status', { name: 'answer count' })).toHaveTextContent('1');
    expect(screen.getByText(tEn('ui.io.startAgain.restored'))).toBeVisible();
    expect(JSON.parse(localStorage.getItem(ANSWERS_STORAGE_KEY) ?? '').answers).toEqual({
      profile_own_municipality: 'Emirdağ',
    });
  });

  it('start again: "Undo" is gone after one minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      render(
        <I18nRoot i18n={createI18n('en', { strict: true })} initialLanguage="en">
          <AnswersPersistence initial={loadAnswers()}>
            <AnswerSomething />
            <StartAgainButton />
          </AnswersPersistence>
        </I18nRoot>,
      );
      await user.click(screen.getByRole('button', { name: 'answer' }));
      await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.button') }));
      await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.confirm') }));
      expect(screen.getByRole('button', { name: tEn('ui.io.startAgain.undo') })).toBeVisible();
      await act(() => vi.advanceTimersByTime(UNDO_MS));
      expect(screen.queryByRole('button', { name: tEn('ui.io.startAgain.undo') })).not.toBeInTheDocument();
      expect(screen.getByText(tEn('ui.io.startAgain.done'))).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it('start again: cancel keeps the answers', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'answer' }));
    await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.button') }));
    await user.click(screen.getByRole('button', { name: tEn('ui.io.startAgain.cancel') }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'answer count' })).toHaveTextContent('1');
  });
});
