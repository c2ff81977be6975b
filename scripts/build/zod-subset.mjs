// Build-time stand-in for `import { z } from 'zod'`: a `z` object holding only the functions this
// project calls, imported by name so esbuild can drop the rest of zod (its JSON-schema generator,
// ~40 locales, unused schema kinds). Types still come from the real 'zod' at type-check time.
// test/build/zodSubset.test.ts fails if the source starts calling a z.<name> missing here.
import { array, boolean, config, discriminatedUnion, enum as zEnum, instanceof as zInstanceof, literal, number, object, record, string, union } from 'zod/v4';
import en from 'zod/v4/locales/en.js';

// Error messages in English, as zod's full build configures by default. jitless: zod would otherwise
// probe `new Function` (a CSP violation in the webview, a navigator warning in the extension host).
config({ ...en(), jitless: true });

export const z = { array, boolean, config, discriminatedUnion, enum: zEnum, instanceof: zInstanceof, literal, number, object, record, string, union };
export const Z_SUBSET = Object.keys(z);
