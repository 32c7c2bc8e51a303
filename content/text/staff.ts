// Every word of the staff console. The console shows Ukrainian (the centre's staff work in it); each entry has English
// too, so the catalogue has one shape and the console could be offered in English.
import type { Localized } from '../localized.ts';
import { DESK_ERRORS, DESK_PAGE, DESK_REFUSAL_LABELS, IDENTITY_LABELS } from './desk.ts';
import { PAIRING_PAGE } from './staff-pairing.ts';

/** Words more than one page uses. */
const common = {
  loading: { uk: 'Завантаження…', en: 'Loading…' },
  show: { uk: 'Показати', en: 'Show' },
  kiosk: { uk: 'Кіоск', en: 'Kiosk' },
  service: { uk: 'Послуга', en: 'Service' },
  day: { uk: 'День', en: 'Day' },
  number: { uk: 'Номер', en: 'Number' },
  applicationNumber: { uk: 'Номер заяви', en: 'Application number' },
  submitted: { uk: 'Подано', en: 'Submitted' },
} satisfies Record<string, Localized>;

const consoleWords = {
  pages: {
    dashboard: { uk: 'Кіоски', en: 'Kiosks' },
    applications: { uk: 'Заяви', en: 'Applications' },
    stats: { uk: 'Статистика', en: 'Statistics' },
    audit: { uk: 'Журнал доступу', en: 'Access log' },
    acceptance: { uk: 'Прийом заяви', en: 'Accepting an application' },
    services: { uk: 'Послуги', en: 'Services' },
    pairing: { uk: 'Підключення кіосків', en: 'Connecting kiosks' },
  },
  documentTitle: { uk: '{title} — Вікно, консоль працівника', en: '{title} — Vikno, staff console' },
  errorPrefix: { uk: 'Помилка:', en: 'Error:' },
  brand: { uk: 'Вікно · консоль працівника', en: 'Vikno · staff console' },
  sections: { uk: 'Розділи', en: 'Sections' },
  roles: {
    admin: { uk: 'адміністратор', en: 'administrator' },
    staff: { uk: 'працівник', en: 'staff member' },
  },
  logout: { uk: 'Вийти', en: 'Log out' },
  loggedOut: { uk: 'Ви вийшли.', en: 'You have logged out.' },
  sessionEnded: { uk: 'Сеанс завершився. Увійдіть знову.', en: 'Your session has ended. Please log in again.' },
  noConnection: {
    uk: 'Немає звʼязку з сервером кіосків. Дані можуть бути неактуальні.',
    en: 'There is no connection to the kiosk server. The data may be out of date.',
  },
  /** The badge on "Кіоски": the word for calls by the plural form of their number. */
  calls: {
    one: { uk: 'виклик', en: 'call' },
    few: { uk: 'виклики', en: 'calls' },
    many: { uk: 'викликів', en: 'calls' },
  },
  announceCall: { uk: 'Виклик з кіоску {kioskId}', en: 'A call from kiosk {kioskId}' },
  announceAnswered: { uk: 'На виклик з кіоску {kioskId} відповів {login}', en: '{login} answered the call from kiosk {kioskId}' },
  announceAssist: { uk: 'Людина на кіоску {kioskId} дозволила допомогу', en: 'The person at kiosk {kioskId} allowed help' },
};

const login = {
  pageTitle: { uk: 'Вхід', en: 'Log in' },
  heading: { uk: 'Вхід до консолі працівника', en: 'Log in to the staff console' },
  failed: { uk: 'Не вдалося увійти', en: 'Could not log in' },
  login: { uk: 'Логін', en: 'Login' },
  password: { uk: 'Пароль', en: 'Password' },
  submit: { uk: 'Увійти', en: 'Log in' },
  enterLogin: { uk: 'Введіть логін', en: 'Enter your login' },
  enterPassword: { uk: 'Введіть пароль', en: 'Enter your password' },
  locked: {
    uk: 'Забагато невдалих спроб. Обліковий запис заблоковано до {time}. Зверніться до адміністратора, якщо потрібно раніше.',
    en: 'Too many failed attempts. The account is locked until {time}. Ask an administrator if you need it sooner.',
  },
  wrong: {
    uk: 'Неправильний логін або пароль. Перевірте розкладку клавіатури і спробуйте ще раз.',
    en: 'Wrong login or password. Check the keyboard layout and try again.',
  },
  tooMany: {
    uk: 'Забагато спроб входу з цього компʼютера. Зачекайте хвилину і спробуйте знову.',
    en: 'Too many login attempts from this computer. Wait a minute and try again.',
  },
  noServer: { uk: 'Не вдалося увійти: сервер не відповів. Спробуйте ще раз.', en: 'Could not log in: the server did not answer. Please try again.' },
};

const dashboard = {
  answered: { uk: 'Кіоск {kioskId}: людині сказано, що ви йдете.', en: 'Kiosk {kioskId}: the person has been told you are coming.' },
  enterMessage: { uk: 'Введіть текст повідомлення', en: 'Enter the text of the message' },
  messageSent: { uk: 'Повідомлення показано і озвучено на кіоску {kioskId}.', en: 'The message was shown and read aloud at kiosk {kioskId}.' },
  retried: { uk: 'Повторна передача: {due} заяв(и) надсилаються зараз.', en: 'Sending again: {due} application(s) are being sent now.' },
  callsHeading: { uk: 'Виклики працівника', en: 'Calls for staff' },
  kioskNamed: { uk: 'Кіоск {kioskId}', en: 'Kiosk {kioskId}' },
  calledAt: { uk: 'о {time}', en: 'at {time}' },
  goingTo: { uk: 'Іду', en: 'On my way' },
  toKiosk: { uk: 'до кіоску {kioskId}', en: 'to kiosk {kioskId}' },
  noCalls: { uk: 'Зараз ніхто не кличе.', en: 'Nobody is calling now.' },
  free: { uk: 'вільний', en: 'free' },
  online: { uk: 'на звʼязку', en: 'online' },
  offline: { uk: 'не на звʼязку', en: 'offline' },
  offlineSince: { uk: 'з {time}', en: 'since {time}' },
  yes: { uk: 'так', en: 'yes' },
  no: { uk: 'ні', en: 'no' },
  unknown: { uk: 'невідомо', en: 'unknown' },
  waitingConsent: { uk: '(чекає згоди)', en: '(waiting for consent)' },
  message: { uk: 'Повідомлення', en: 'Message' },
  messageToKiosk: { uk: 'на кіоск {kioskId}', en: 'to kiosk {kioskId}' },
  offerHelp: { uk: 'Допомогти дистанційно', en: 'Help remotely' },
  atKiosk: { uk: 'на кіоску {kioskId}', en: 'at kiosk {kioskId}' },
  messageHeading: { uk: 'Повідомлення на кіоск {kioskId}', en: 'Message to kiosk {kioskId}' },
  messageLabel: {
    uk: 'Текст (кіоск покаже його і прочитає вголос; без особових даних)',
    en: 'Text (the kiosk shows it and reads it aloud; no personal data)',
  },
  send: { uk: 'Надіслати повідомлення', en: 'Send the message' },
  cancel: { uk: 'Скасувати', en: 'Cancel' },
  forwardingHeading: { uk: 'Передача заяв до центральної системи', en: 'Sending applications to the central system' },
  pending: { uk: 'Чекають', en: 'Waiting' },
  failing: { uk: 'Не передаються', en: 'Not going through' },
  forwarded: { uk: 'Передано', en: 'Sent' },
  oldestPending: { uk: 'Найстаріша в черзі', en: 'Oldest in the queue' },
  setupError: { uk: 'Помилка налаштування ({kind}) з {since}: {message}', en: 'Setup error ({kind}) since {since}: {message}' },
  failingCaption: { uk: 'Заяви, які зараз не передаються', en: 'Applications not going through now' },
  failingSince: { uk: 'З', en: 'Since' },
  attempts: { uk: 'Спроб', en: 'Attempts' },
  lastError: { uk: 'Остання помилка', en: 'Last error' },
  retry: { uk: 'Надіслати повторно зараз', en: 'Send again now' },
  printerHeading: { uk: 'Квитанції, що не надрукувалися', en: 'Receipts that did not print' },
  printFailed: {
    uk: 'Кіоск {kioskId}, принтер: {printer}. Заяви {numbers} подано; надрукуйте квитанцію повторно в розділі «Заяви».',
    en: 'Kiosk {kioskId}, printer: {printer}. Applications {numbers} are submitted; print the receipt again under “Applications”.',
  },
  storageHeading: { uk: 'Заяви не зберігаються', en: 'Applications are not being saved' },
  storageFailing: {
    uk: 'Кіоск {kioskId} не може записати заяви на диск ({code}) з {since}. Звільніть місце на диску сервера; людина подасть заяву повторно.',
    en: 'Kiosk {kioskId} cannot write applications to its disk ({code}) since {since}. Free space on the server’s disk; the person submits again.',
  },
  kiosksHeading: { uk: 'Кіоски центру', en: 'The centre’s kiosks' },
  columns: {
    kiosk: { uk: 'Кіоск', en: 'Kiosk' },
    connection: { uk: 'Звʼязок', en: 'Connection' },
    where: { uk: 'Де людина', en: 'Where the person is' },
    voice: { uk: 'Голос', en: 'Voice' },
    text: { uk: 'Текст', en: 'Text' },
    printer: { uk: 'Принтер', en: 'Printer' },
    help: { uk: 'Допомога', en: 'Help' },
    actions: { uk: 'Дії', en: 'Actions' },
  },
};

const backup = {
  heading: { uk: 'Резервні копії бази даних', en: 'Database backups' },
  last: { uk: 'Остання копія: {time}.', en: 'Last backup: {time}.' },
  none: { uk: 'Копій ще немає.', en: 'No backup yet.' },
  off: {
    uk: 'Резервні копії вимкнено (не задано BACKUP_DIR): база даних — єдина копія заяв, ще не переданих. Скажіть адміністраторові.',
    en: 'Backups are off (BACKUP_DIR is not set): the database is the only copy of applications not yet sent. Tell the administrator.',
  },
  failing: {
    uk: 'Резервні копії не вдаються з {since}: {reason}. Перевірте диск або USB-накопичувач для копій.',
    en: 'Backups have been failing since {since}: {reason}. Check the backup disk or USB stick.',
  },
  /** {reason} of `failing`, by the server's BackupFailure; {dir} is BACKUP_DIR, {error} the server's own words. */
  reasons: {
    missing: {
      uk: 'папки {dir} немає (чи вставлено і підключено диск або USB-накопичувач?)',
      en: 'the folder {dir} does not exist (is its disk or USB stick plugged in and mounted?)',
    },
    'not-folder': { uk: '{dir} — не папка', en: '{dir} is not a folder' },
    'no-permission': { uk: 'немає дозволу записувати в папку {dir}', en: 'no permission to write in the folder {dir}' },
    'read-only': { uk: 'папка {dir} на диску лише для читання', en: 'the folder {dir} is on a read-only disk' },
    full: { uk: 'папка {dir} заповнена', en: 'the folder {dir} is full' },
    prune: { uk: 'не вдалося видалити старі копії в папці {dir}', en: 'old backups in the folder {dir} could not be deleted' },
    other: { uk: 'помилка: {error}', en: 'error: {error}' },
  },
  announceFailing: { uk: 'Резервна копія бази даних не вдалася', en: 'The database backup failed' },
};

const assist = {
  heading: { uk: 'Дистанційна допомога: кіоск {kioskId}', en: 'Remote help: kiosk {kioskId}' },
  waiting: {
    uk: 'Чекаємо, поки людина на кіоску погодиться. Без її згоди ви не бачите відповідей.',
    en: 'Waiting for the person at the kiosk to agree. Without their consent you do not see the answers.',
  },
  allowed: { uk: 'Людина дозволила допомогу.', en: 'The person allowed help.' },
  close: { uk: 'Закрити', en: 'Close' },
  end: { uk: 'Завершити допомогу', en: 'End the help' },
  onScreen: { uk: 'На екрані кіоску:', en: 'On the kiosk screen:' },
  currentQuestion: { uk: 'Поточне питання: {heading}', en: 'Current question: {heading}' },
  consentByPerson: { uk: 'людина позначає сама, на кіоску', en: 'the person ticks it themselves, at the kiosk' },
  notChosen: { uk: '— не вибрано —', en: '— not chosen —' },
  answerForPerson: { uk: 'Відповісти за людину', en: 'Answer for the person' },
  personActsAlone: {
    uk: 'На цьому екрані людина діє сама; ви можете надіслати їй повідомлення.',
    en: 'On this screen the person acts on their own; you can send them a message.',
  },
  answersHeading: { uk: 'Відповіді в цьому візиті', en: 'Answers in this visit' },
  noAnswers: { uk: 'Відповідей ще немає.', en: 'No answers yet.' },
  /** Why help ended, by the server's reason. */
  ended: {
    declined: { uk: 'Людина не дозволила допомогу.', en: 'The person did not allow help.' },
    'ended-by-person': { uk: 'Людина завершила допомогу.', en: 'The person ended the help.' },
    'ended-by-staff': { uk: 'Ви завершили допомогу.', en: 'You ended the help.' },
    'visit-ended': { uk: 'Візит на кіоску завершився.', en: 'The visit at the kiosk has ended.' },
    'staff-left': { uk: 'Допомогу перервано.', en: 'The help was cut off.' },
  },
  endedOtherwise: { uk: 'Допомогу завершено.', en: 'The help has ended.' },
  connectionLost: { uk: 'Звʼязок перервався: допомогу завершено.', en: 'The connection was lost: the help has ended.' },
};

const applications = {
  chooseDay: { uk: 'Виберіть день, наприклад сьогоднішній', en: 'Choose a day, for example today' },
  today: { uk: 'Заяви за сьогодні', en: 'Applications today' },
  ofDay: { uk: 'Заяви за {day}', en: 'Applications on {day}' },
  listFailed: {
    uk: 'Не вдалося отримати заяви. Перевірте звʼязок і натисніть «Показати» ще раз',
    en: 'Could not get the applications. Check the connection and press “Show” again',
  },
  enterNumber: { uk: 'Введіть номер заяви, наприклад K01-2026-000123', en: 'Enter an application number, for example K01-2026-000123' },
  searchFailed: { uk: 'Не вдалося знайти: сервер не відповів. Спробуйте ще раз', en: 'Could not search: the server did not answer. Please try again' },
  searchTitle: { uk: 'Пошук: {number}', en: 'Search: {number}' },
  notFound: {
    uk: 'Заяви з таким номером немає. Перевірте номер на квитанції, наприклад K01-2026-000123',
    en: 'There is no application with that number. Check the number on the receipt, for example K01-2026-000123',
  },
  personalGone: { uk: 'Особові дані видалено після строку зберігання.', en: 'The personal data was deleted after the retention period.' },
  personalFailed: { uk: 'Не вдалося отримати дані. Спробуйте ще раз.', en: 'Could not get the data. Please try again.' },
  reprintedDesk: { uk: 'Квитанцію надруковано на принтері працівника.', en: 'The receipt was printed on the staff printer.' },
  reprintQueued: { uk: 'Квитанцію поставлено в чергу на принтер кіоску.', en: 'The receipt is queued on the kiosk printer.' },
  heading: { uk: 'Заява {number}', en: 'Application {number}' },
  status: { uk: 'Стан', en: 'Status' },
  decision: { uk: 'Рішення', en: 'Decision' },
  forwarding: { uk: 'Передача', en: 'Sending' },
  attempts: { uk: 'спроб: {attempts}', en: 'attempts: {attempts}' },
  lastError: { uk: 'остання помилка: {error}', en: 'last error: {error}' },
  reprintKiosk: { uk: 'Друкувати квитанцію на кіоску {kioskId}', en: 'Print the receipt at kiosk {kioskId}' },
  reprintDesk: { uk: 'Друкувати квитанцію на столі працівника', en: 'Print the receipt at the staff desk' },
  personalGoneHere: {
    uk: 'Особові дані цієї заяви видалено після строку зберігання.',
    en: 'The personal data of this application was deleted after the retention period.',
  },
  personalHeading: { uk: 'Особові дані', en: 'Personal data' },
  hidePersonal: { uk: 'Приховати особові дані', en: 'Hide the personal data' },
  personalLogged: {
    uk: 'Перегляд особових даних записується в журнал доступу: хто, коли, яка заява.',
    en: 'Viewing personal data is written to the access log: who, when, which application.',
  },
  showPersonal: { uk: 'Показати особові дані', en: 'Show the personal data' },
  find: { uk: 'Знайти', en: 'Find' },
  none: { uk: 'Заяв немає.', en: 'No applications.' },
};

const audit = {
  readFailed: {
    uk: 'Не вдалося прочитати журнал. Перевірте номер заяви (наприклад K01-2026-000123)',
    en: 'Could not read the log. Check the application number (for example K01-2026-000123)',
  },
  intro: {
    uk: 'Кожен перегляд особових даних і кожна дія із заявою. Журнал лише доповнюється: змінити чи видалити запис не можна.',
    en: 'Every view of personal data and every action on an application. The log only grows: no entry can be changed or deleted.',
  },
  entries: { uk: 'Записи журналу', en: 'Log entries' },
  columns: {
    when: { uk: 'Коли', en: 'When' },
    who: { uk: 'Хто', en: 'Who' },
    action: { uk: 'Дія', en: 'Action' },
    application: { uk: 'Заява', en: 'Application' },
    kiosk: { uk: 'Кіоск', en: 'Kiosk' },
    details: { uk: 'Подробиці', en: 'Details' },
  },
  none: { uk: 'Записів немає.', en: 'No entries.' },
  more: { uk: 'Показати ще', en: 'Show more' },
};

/** «Послуги»: the catalogue as content writers and the centre see it — how current each service is. */
const catalogueWords = {
  intro: {
    uk: 'Послуги, які пропонує кіоск: версія опису, коли його востаннє звіряли з джерелами, хто ухвалює рішення. Опис, не звірений понад 12 місяців, позначено.',
    en: 'The services the kiosk offers: the version of each description, when it was last checked against its sources, and who decides. A description not checked for over 12 months is marked.',
  },
  table: { uk: 'Послуги кіоску', en: 'Services of the kiosk' },
  readFailed: { uk: 'Не вдалося прочитати перелік послуг. Оновіть сторінку', en: 'Could not read the list of services. Reload the page' },
  stale: { uk: 'Звірити з джерелами: понад 12 місяців', en: 'Check against the sources: over 12 months' },
  sourcesCount: { uk: 'Джерел: {count}', en: 'Sources: {count}' },
  columns: {
    service: { uk: 'Послуга', en: 'Service' },
    version: { uk: 'Версія', en: 'Version' },
    checkedOn: { uk: 'Звірено', en: 'Checked' },
    decidingBody: { uk: 'Хто вирішує', en: 'Who decides' },
    sources: { uk: 'Джерела', en: 'Sources' },
  },
};

const stats = {
  /** Names of the screens a visit can stop on that are not questions. */
  screens: {
    services: { uk: 'Вибір послуг', en: 'Choosing services' },
    info: { uk: 'Що потрібно для послуги', en: 'What a service needs' },
    suggest: { uk: 'Пов’язані послуги', en: 'Related services' },
    'check-answers': { uk: 'Перевірка відповідей', en: 'Check answers' },
    'confirm-remove': { uk: 'Видалення зі списку', en: 'Removing from a list' },
  },
  duration: { uk: '{minutes} хв {seconds} с', en: '{minutes} min {seconds} s' },
  medianTime: { uk: 'Медіана часу', en: 'Median time' },
  datesWrong: {
    uk: 'Перевірте дати: «з» не пізніше за «по», не більше року',
    en: 'Check the dates: “from” no later than “to”, and at most a year apart',
  },
  failed: { uk: 'Не вдалося отримати статистику', en: 'Could not get the statistics' },
  csvFailed: { uk: 'Не вдалося завантажити CSV. Перевірте дати і спробуйте ще раз', en: 'Could not download the CSV. Check the dates and try again' },
  intro: {
    uk: 'Без особових даних: лише кількість візитів, послуги, тривалість і налаштування.',
    en: 'No personal data: only the number of visits, the services, how long they took and the settings.',
  },
  from: { uk: 'З', en: 'From' },
  to: { uk: 'По', en: 'To' },
  download: { uk: 'Завантажити CSV', en: 'Download CSV' },
  visits: { uk: 'Візитів', en: 'Visits' },
  endedInApplication: { uk: 'Закінчилися заявою', en: 'Ended in an application' },
  withVoice: { uk: 'З голосовим супроводом', en: 'With voice guidance' },
  withLargeText: { uk: 'З великим текстом', en: 'With large text' },
  byService: { uk: 'Заяви за послугами', en: 'Applications by service' },
  applications: { uk: 'Заяв', en: 'Applications' },
  noApplications: { uk: 'Заяв за цей час немає.', en: 'No applications in this period.' },
  byAcceptance: { uk: 'Прийом заяв у ЦНАП за послугами', en: 'Acceptance at the desk by service' },
  submitted: { uk: 'Подано', en: 'Submitted' },
  accepted: { uk: 'Прийнято', en: 'Accepted' },
  waiting: { uk: 'Очікують', en: 'Waiting' },
  refused: { uk: 'Відмовлено', en: 'Refused' },
  expired: { uk: 'Не прийнято вчасно', en: 'Not accepted in time' },
  leftAt: { uk: 'Де люди припиняють, не подавши заяву', en: 'Where people stop without applying' },
  step: { uk: 'Крок', en: 'Step' },
  byDay: { uk: 'Візити за днями', en: 'Visits by day' },
};

/** Names for what the server sends: the kiosk's screen, its printer, an application's forwarding, an audit action. */
const names = {
  screens: {
    welcome: { uk: 'Вітальний екран', en: 'Welcome screen' },
    services: { uk: 'Вибір послуг', en: 'Choosing services' },
    info: { uk: 'Що потрібно для послуги', en: 'What the service needs' },
    suggest: { uk: 'Повʼязані послуги', en: 'Related services' },
    question: { uk: 'Питання', en: 'Question' },
    group: { uk: 'Список (члени сімʼї тощо)', en: 'List (family members and so on)' },
    'confirm-remove': { uk: 'Видалення зі списку', en: 'Removing from the list' },
    'check-answers': { uk: 'Перевірка відповідей', en: 'Checking the answers' },
    confirmation: { uk: 'Заяву подано', en: 'Application submitted' },
  },
  printer: {
    ready: { uk: 'готовий', en: 'ready' },
    'paper-low': { uk: 'закінчується папір', en: 'paper running low' },
    'paper-out': { uk: 'немає паперу', en: 'out of paper' },
    'cover-open': { uk: 'відкрита кришка', en: 'cover open' },
    offline: { uk: 'не на звʼязку', en: 'offline' },
    error: { uk: 'помилка', en: 'error' },
  },
  forwarding: {
    pending: { uk: 'чекає на передачу', en: 'waiting to be sent' },
    failing: { uk: 'не передається', en: 'not going through' },
    forwarded: { uk: 'передано', en: 'sent' },
    held: { uk: 'не передається: чекає на прийняття в ЦНАП', en: 'not sent: waiting to be accepted at the desk' },
    never: { uk: 'не передано: не прийнято в ЦНАП', en: 'not sent: not accepted at the desk' },
  },
  auditActions: {
    login: { uk: 'вхід', en: 'login' },
    logout: { uk: 'вихід', en: 'logout' },
    'view-personal-data': { uk: 'перегляд особових даних', en: 'viewed personal data' },
    'reprint-kiosk': { uk: 'повторний друк на кіоску', en: 'reprint at the kiosk' },
    'reprint-desk': { uk: 'повторний друк на столі працівника', en: 'reprint at the staff desk' },
    'assist-start': { uk: 'дистанційна допомога: перегляд відповідей (за згодою)', en: 'remote help: viewing the answers (with consent)' },
    'assist-answer': { uk: 'дистанційна допомога: відповідь на питання', en: 'remote help: answered a question' },
    'assist-submitted': { uk: 'дистанційна допомога: людина подала заяву', en: 'remote help: the person submitted the application' },
    'assist-end': { uk: 'дистанційна допомога завершена', en: 'remote help ended' },
    message: { uk: 'повідомлення на кіоск', en: 'message to a kiosk' },
    'help-answer': { uk: 'відповідь на виклик', en: 'answered a call' },
    'forwarding-retry': { uk: 'повторна передача заяв', en: 'sent applications again' },
    'stats-export': { uk: 'вивантаження статистики', en: 'statistics export' },
    'desk-open': { uk: 'прийом заяви: перегляд особових даних', en: 'desk acceptance: viewed personal data' },
    'desk-correct': { uk: 'прийом заяви: виправлення відповіді', en: 'desk acceptance: corrected an answer' },
    'desk-forms': { uk: 'прийом заяви: друк форм для підпису', en: 'desk acceptance: printed the forms to sign' },
    'desk-accept': { uk: 'прийом заяви: прийнято', en: 'desk acceptance: accepted' },
    'desk-refuse': { uk: 'прийом заяви: відмовлено в прийнятті', en: 'desk acceptance: refused' },
    'desk-expired': { uk: 'прийом заяви: строк минув, дані видалено', en: 'desk acceptance: expired, data deleted' },
    'pairing-code': { uk: 'видано код підключення кіоску', en: 'kiosk pairing code issued' },
    'pairing-paired': { uk: 'екран кіоску підключено', en: 'kiosk screen paired' },
    'pairing-wrong-code': { uk: 'неправильний код підключення', en: 'wrong pairing code' },
    'pairing-too-many-codes': { uk: 'забагато кодів підключення з однієї адреси', en: 'too many pairing codes from one address' },
    'pairing-unpaired': { uk: 'екран кіоску відключено', en: 'kiosk screen unpaired' },
  },
};

export const STAFF_TEXT = {
  common,
  console: consoleWords,
  login,
  dashboard,
  backup,
  assist,
  applications,
  audit,
  stats,
  catalogue: catalogueWords,
  names,
  desk: { errors: DESK_ERRORS, identity: IDENTITY_LABELS, page: DESK_PAGE, refusals: DESK_REFUSAL_LABELS },
  pairing: PAIRING_PAGE,
} satisfies Record<string, Record<string, Localized | Record<string, Localized>>>;
