// The kiosk page's one inline script (build.ts inlines it into index.html's head): keeps what the person does before the
// app runs, and loads the app after the welcome screen is painted.
import { loadAppAfterFirstPaint } from './app-loader.ts';
import './early-input.ts';

/** app.js and the chunks it imports at start, named by build.ts once the app is bundled. */
declare const APP_MODULES: readonly string[];

loadAppAfterFirstPaint(APP_MODULES);
