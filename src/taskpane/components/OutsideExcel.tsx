import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { STRINGS } from '../i18n';
import type { HostStatus } from '../office-env';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '36rem',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  english: { color: tokens.colorNeutralForeground3 },
  text: { margin: 0 },
});

/** Shown instead of the pane outside Excel or on a host below the requirement set; in both languages. */
export function OutsideExcel({ status, minExcelApi }: { status: Exclude<HostStatus, 'ok'>; minExcelApi: string }) {
  const s = useStyles();
  const { vi, en } = STRINGS;
  const old = status === 'old-host';
  return (
    <main className={s.root} data-testid="outside-excel">
      <img src="assets/icon-64.png" alt="" width={64} height={64} />
      <h1 className={s.title}>
        {old ? vi.outside.oldHostTitle : vi.outside.title} / <span lang="en">{old ? en.outside.oldHostTitle : en.outside.title}</span>
      </h1>
      <Text as="p" className={s.text}>
        {old ? vi.outside.oldHost(minExcelApi) : vi.outside.body}
      </Text>
      <Text as="p" lang="en" className={mergeClasses(s.text, s.english)}>
        {old ? en.outside.oldHost(minExcelApi) : en.outside.body}
      </Text>
    </main>
  );
}
