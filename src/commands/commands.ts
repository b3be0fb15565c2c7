/**
 * The ribbon's function file. Both ribbon buttons are ShowTaskpane actions (manifest.xml), so no function is
 * registered here; Office still loads this page and waits for Office.onReady.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
