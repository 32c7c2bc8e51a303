// The staff console's words for pairing kiosk screens (kiosk-ui/staff/pairing-page.ts).
import type { Localized } from '../localized.ts';

export const PAIRING_PAGE = {
  intro: {
    uk: 'Екран на іншому компʼютері стає кіоском, коли на ньому один раз введуть код підключення. Екран на самому сервері кіосків підключати не треба.',
    en: 'A screen on another computer becomes a kiosk once a connection code is typed on it. A screen on the kiosk server itself needs no connecting.',
  },
  kioskLabel: { uk: 'Кіоск', en: 'Kiosk' },
  connect: { uk: 'Підключити кіоск', en: 'Connect a kiosk' },
  codeHeading: { uk: 'Код підключення для кіоску {kioskId}', en: 'Connection code for kiosk {kioskId}' },
  codeUse: {
    uk: 'Введіть цей код на новому екрані. Він діє один раз, до {time}.',
    en: 'Type this code on the new screen. It works once, until {time}.',
  },
  codeFailed: { uk: 'Не вдалося отримати код. Спробуйте ще раз.', en: 'Could not get a code. Try again.' },
  screensHeading: { uk: 'Підключені екрани', en: 'Connected screens' },
  screensTable: { uk: 'Підключені екрани кіосків', en: 'Connected kiosk screens' },
  none: { uk: 'Жоден екран з іншого компʼютера ще не підключено.', en: 'No screen on another computer is connected yet.' },
  columns: {
    kiosk: { uk: 'Кіоск', en: 'Kiosk' },
    screen: { uk: 'Екран', en: 'Screen' },
    pairedAt: { uk: 'Підключено', en: 'Connected' },
    pairedBy: { uk: 'Ким', en: 'By' },
    lastSeen: { uk: 'Востаннє на звʼязку', en: 'Last seen' },
    online: { uk: 'Зараз', en: 'Now' },
    action: { uk: 'Дія', en: 'Action' },
  },
  onlineNow: { uk: 'на звʼязку', en: 'online' },
  offlineNow: { uk: 'не на звʼязку', en: 'offline' },
  unpair: { uk: 'Відключити', en: 'Disconnect' },
  unpairLabel: { uk: 'Відключити екран {id} кіоску {kioskId}', en: 'Disconnect screen {id} of kiosk {kioskId}' },
  unpaired: { uk: 'Екран {id} кіоску {kioskId} відключено.', en: 'Screen {id} of kiosk {kioskId} is disconnected.' },
  confirmHeading: { uk: 'Відключити екран {id} кіоску {kioskId}?', en: 'Disconnect screen {id} of kiosk {kioskId}?' },
  confirmBody: {
    uk: 'Екран повернеться на сторінку «Цей екран не підключено», і знову підключити його можна буде лише новим кодом.',
    en: 'The screen goes back to the page “This screen is not connected”, and only a new code connects it again.',
  },
  confirmOnline: {
    uk: 'Екран зараз на звʼязку: якщо на ньому хтось заповнює заяву, її буде перервано, а відповіді на екрані видалено.',
    en: 'The screen is online now: if someone is filling in an application on it, it is cut short and the answers on the screen are deleted.',
  },
  confirmYes: { uk: 'Так, відключити', en: 'Yes, disconnect' },
  confirmNo: { uk: 'Скасувати', en: 'Cancel' },
  unpairFailed: { uk: 'Не вдалося відключити екран. Спробуйте ще раз.', en: 'Could not disconnect the screen. Try again.' },
  readFailed: { uk: 'Не вдалося прочитати список екранів. Оновіть сторінку.', en: 'Could not read the list of screens. Reload the page.' },
} satisfies Record<string, Localized | Record<string, Localized>>;
