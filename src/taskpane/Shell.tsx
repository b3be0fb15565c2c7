import { FluentProvider, makeStaticStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';
import { currentTheme, type OfficeLike, type ThemeKind, watchTheme } from './office-env';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

/** Fluent's light or dark theme, following Office's theme (or the browser's when Office reports none). */
export function Shell({ office, children }: { office: OfficeLike | undefined; children: ReactNode }) {
  useGlobalStyles();
  const [theme, setTheme] = useState<ThemeKind>(() => currentTheme(office));
  useEffect(() => watchTheme(office, setTheme), [office]);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} data-theme={theme} style={{ minHeight: '100vh', colorScheme: theme }}>
      {children}
    </FluentProvider>
  );
}
