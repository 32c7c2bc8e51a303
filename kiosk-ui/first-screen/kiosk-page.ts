// The kiosk page as build.ts writes it: index.html with the welcome screen in it, and the stylesheets and the page script
// inline: nothing is fetched before the first paint (the page script loads the app after it).
import { firstScreenHtml, firstScreenTitle } from './first-screen-html.ts';

export interface KioskPageParts {
  /** index.html as written in kiosk-ui/, with its three placeholders. */
  template: string;
  css: string;
  /** page-script.ts, bundled (the server allows inline scripts by their hash: kiosk-server/http/page-scripts.ts). */
  script: string;
}

const PLACEHOLDERS = {
  title: '<!-- first screen: title -->',
  head: '<!-- first screen: styles and the page script -->',
  body: '<!-- first screen: the welcome screen, painted before the app runs -->',
};

function fill(page: string, placeholder: string, content: string): string {
  if (!page.includes(placeholder)) throw new Error(`index.html has no ${placeholder}`);
  return page.replace(placeholder, () => content);
}

export function kioskPage({ template, css, script }: KioskPageParts): string {
  if (script.includes('</script')) throw new Error('the page script cannot be inlined');
  const head = `<style>\n${css}</style>\n    <script>${script.trim()}</script>`;
  let page = fill(template, PLACEHOLDERS.title, firstScreenTitle());
  page = fill(page, PLACEHOLDERS.head, head);
  return fill(page, PLACEHOLDERS.body, firstScreenHtml());
}
