/**
 * Imported first by index.tsx. The pane's Content-Security-Policy has no 'unsafe-eval': tell zod (used by the
 * engine) not to probe for `new Function`, which the browser would report as a policy violation.
 */
import { z } from 'zod';

z.config({ jitless: true });
