import { describe, expect, it } from 'vitest';
import { contactHref, PUBLISHER, publisherProblems, type Publisher } from '../../src/ui/publisher';

const filled: Publisher = {
  organisation: 'Gemeente Lindestad',
  accessibilityContact: 'toegankelijkheid@lindestad.example',
  sourceUrl: 'https://code.lindestad.example/partnership-mirror',
  statementDate: '2026-11-27',
  statementReviewed: '2026-12-01',
};

describe('publisher details (src/ui/publisher.ts)', () => {
  it('ships details that are either filled in correctly or marked as not filled in', () => {
    expect(publisherProblems(PUBLISHER)).toEqual([]);
  });

  it('accepts well-formed details', () => {
    expect(publisherProblems(filled)).toEqual([]);
    expect(
      publisherProblems({ ...filled, accessibilityContact: 'https://www.lindestad.example/contact' }),
    ).toEqual([]);
  });

  it.each<[Partial<Publisher>, keyof Publisher]>([
    [{ organisation: '  ' }, 'organisation'],
    [{ accessibilityContact: 'call us' }, 'accessibilityContact'],
    [{ accessibilityContact: 'http://www.lindestad.example/contact' }, 'accessibilityContact'],
    [{ sourceUrl: 'code.lindestad.example' }, 'sourceUrl'],
    [{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
    [{ statementDate: '27-11-2026' }, 'statementDate'],
    [{ statementReviewed: '2026-13-45' }, 'statementReviewed'],
  ])('names the field that is wrong: %o', (change, field) => {
    expect(publisherProblems({ ...filled, ...change })).toEqual([field]);
  });

  it('links an e-mail address with mailto: and a web address as it is', () => {
    expect(contactHref('toegankelijkheid@lindestad.example')).toBe(
      'mailto:toegankelijkheid@lindestad.example',
    );
    expect(contactHref('https://www.lindestad.example/contact')).toBe(
      'https://www.lindestad.example/contact',
    );
  });
});
