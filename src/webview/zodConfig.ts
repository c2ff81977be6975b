// Imported first by main.ts, before any schema is built: zod probes `new Function` when a schema is
// constructed, to compile fast parsers. The panel's CSP forbids eval, and even the caught probe is
// reported as a CSP violation in every panel, so the webview parses without it.
import { z } from 'zod';

z.config({ jitless: true });
