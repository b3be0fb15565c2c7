/**
 * The task pane's entry: waits for Office.js, decides whether the host is Excel at the required API level
 * (src/excel/requirements.ts, which manifest.xml declares), then renders the pane over the Excel adapter's
 * use-cases or the "open in Excel" message.
 */
import './csp-setup';
import { createRoot } from 'react-dom/client';
import { DEFAULT_DIRECTORY } from '../core/agency/directory';
import { createExcelUseCases } from '../excel';
import { MIN_EXCEL_API } from '../excel/requirements';
import { App } from './App';
import { OutsideExcel } from './components/OutsideExcel';
import { hostStatus, type OfficeLike } from './office-env';
import { Shell } from './Shell';
import { tabFromSearch } from './tabs';

/** Office.onReady settles quickly outside Office too; this only guards against a host that never answers. */
const READY_TIMEOUT_MS = 15000;

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root');
const root = createRoot(container);
let started = false;

function start(host: unknown, displayLanguage?: string) {
  started = true;
  const office = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
  const status = hostStatus(office, host, MIN_EXCEL_API);
  root.render(
    <Shell office={office}>
      {status === 'ok' ? (
        <App
          useCases={createExcelUseCases()}
          initialTab={tabFromSearch(window.location.search)}
          displayLanguage={displayLanguage}
          builtInAgencies={DEFAULT_DIRECTORY.agencies.map((a) => a.name)}
        />
      ) : (
        <OutsideExcel status={status} minExcelApi={MIN_EXCEL_API} />
      )}
    </Shell>,
  );
}

if (typeof Office === 'undefined') {
  start(null);
} else {
  setTimeout(() => started || start(null), READY_TIMEOUT_MS);
  void Office.onReady((info) => start(info.host, Office.context?.displayLanguage));
}
