// "Download the group data (CSV)" (issue 14, item 6): one file holding every dimension's and
// indicator's table, told apart by the "table" column — one download rather than eighteen (the CLI's
// --csv DIR writes one file per table). Opens in Excel and LibreOffice with Dutch settings (toCsv).
import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../group/schema';
import { downloadTextFile } from '../../io/download';
import type { Translator } from '../../render/resolve-text';
import { toCsv } from '../../report/csv';
import { combinedCsvRows, groupCsvTables } from '../../report/group/group-csv';

export function groupCsvFileName(language: string, date: string): string {
  return `partnership-mirror-group-data-${language}-${date}.csv`;
}

export function DownloadGroupCsv({ group, tr, date }: { group: GroupResult; tr: Translator; date: string }) {
  const { t } = useTranslation();
  const download = () => {
    const rows = combinedCsvRows(groupCsvTables(group, (x) => tr.text(x)));
    downloadTextFile(groupCsvFileName(tr.language, date), toCsv(rows, tr.language), 'text/csv;charset=utf-8');
  };
  return (
    <div className="pm-workshop__csv">
      <p className="utrecht-paragraph">{t('ui.workshop.csv.intro')}</p>
      <Button appearance="secondary-action-button" onClick={download}>
        {t('ui.workshop.csv.button')}
      </Button>
    </div>
  );
}
