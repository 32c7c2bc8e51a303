// The app is loaded only once the welcome screen is painted: its modules, fetched and run any earlier, hold back the first
// paint (the main thread runs them first). Here the page asks for app.js and its chunks, together, after that paint.

/** A page that is not drawn (a hidden tab) still loads the app, this long after its start. */
const UNPAINTED_LOAD_MS = 1_000;

/** Once the first contentful paint is out (or after UNPAINTED_LOAD_MS), once. */
function afterFirstPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) once();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, UNPAINTED_LOAD_MS);
}

/** `modules`: app.js, then the chunks it imports (preloaded alongside it rather than found one after another). */
export function loadAppAfterFirstPaint(modules: readonly string[]): void {
  afterFirstPaint(() => {
    const [app, ...chunks] = modules;
    for (const href of chunks) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
    document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: app }));
  });
}
