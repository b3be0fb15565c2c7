import { Badge, mergeClasses, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import { useCheckStyles } from './check.styles';
import type { IssueGroup, IssueRow } from './report-view';

interface Props {
  t: Strings;
  groups: IssueGroup[];
  selected: string | undefined;
  onSelect: (row: IssueRow) => void;
}

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/**
 * The issues grouped by code; each row is a button that selects its cell. One Tab stop for the whole list, arrow
 * keys move between rows. Text is rendered as text, never HTML.
 */
export function IssueList({ t, groups, selected, onSelect }: Props) {
  const s = useCheckStyles();
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  return (
    <div className={s.result} {...arrows}>
      {groups.map((g) => (
        <section key={g.code} className={s.group} aria-labelledby={`group-${g.code}`}>
          <h3 id={`group-${g.code}`} className={s.groupTitle}>
            <span>{t.codes[g.code] ?? g.code}</span>
            <Badge size="small" appearance="filled" color={BADGE_COLOR[g.severity]} aria-hidden>
              {g.count}
            </Badge>
            <span className={s.visuallyHidden}>({g.count})</span>
          </h3>
          <ul className={s.list}>
            {g.rows.map((row) => (
              <li key={row.key}>
                <button
                  type="button"
                  className={mergeClasses(s.item, s[row.severity], row.key === selected && s.selected)}
                  aria-current={row.key === selected ? 'true' : undefined}
                  onClick={() => onSelect(row)}
                  data-testid="issue-row"
                  data-sheet={row.sheet}
                  data-address={row.address}
                  data-severity={row.severity}
                >
                  <span className={s.ref}>{row.ref}</span> — {row.message}
                  <span className={s.hint}>
                    <span className={s.visuallyHidden}> — </span>
                    {row.hint}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
