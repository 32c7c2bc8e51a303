// Types of apt-sources.mjs, for the tests that import it.
export interface ComponentsEdit {
  text: string;
  changes: string[];
  /** Debian entries with `main`, changed or not. */
  entries: number;
}
export function isDebianArchive(uri: string): boolean;
export function addComponentsDeb822(text: string, wanted?: string[]): ComponentsEdit;
export function addComponentsOneLine(text: string, wanted?: string[]): ComponentsEdit;
export function addComponents(fileName: string, text: string, wanted?: string[]): ComponentsEdit;
