// The tab's session storage (a visit in progress, a person's settings), as the app writes it: after every change the
// tab's name says whether anything is kept, so the page's early script knows before the first paint without reading
// the storage itself (first-screen/early-input-queue.ts: TAB_KEEPS_NAME).
import { TAB_KEEPS_NAME } from '../first-screen/early-input-queue.ts';

export interface NamedTab {
  name: string;
}

export function tabStorage(storage: Storage, tab: NamedTab = window): Storage {
  const mark = () => {
    const keeps = storage.length > 0;
    if (keeps) tab.name = TAB_KEEPS_NAME;
    else if (tab.name === TAB_KEEPS_NAME) tab.name = '';
  };
  mark(); // a storage restored with the tab (or a name left by a tab that cleared it elsewhere) is told as it is
  return {
    get length() {
      return storage.length;
    },
    key: (index) => storage.key(index),
    getItem: (key) => storage.getItem(key),
    setItem(key, value) {
      storage.setItem(key, value);
      mark();
    },
    removeItem(key) {
      storage.removeItem(key);
      mark();
    },
    clear() {
      storage.clear();
      mark();
    },
  };
}
