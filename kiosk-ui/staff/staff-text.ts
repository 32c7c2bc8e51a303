// Words of the staff console (in Ukrainian: the centre's staff work in it), and names for what the server sends.
import type { PrinterStatus } from '../../protocol/printer-status.ts';
import { TEXT_SIZES } from '../settings/display.ts';

export const SCREEN_NAMES: Record<string, string> = {
  welcome: 'Вітальний екран',
  services: 'Вибір послуг',
  info: 'Що потрібно для послуги',
  suggest: 'Повʼязані послуги',
  question: 'Питання',
  group: 'Список (члени сімʼї тощо)',
  'confirm-remove': 'Видалення зі списку',
  'check-answers': 'Перевірка відповідей',
  confirmation: 'Заяву подано',
};

export const PRINTER_NAMES: Record<PrinterStatus, string> = {
  ready: 'готовий',
  'paper-low': 'закінчується папір',
  'paper-out': 'немає паперу',
  'cover-open': 'відкрита кришка',
  offline: 'не на звʼязку',
  error: 'помилка',
};

/** The text sizes as the kiosk's own display page names them. */
export const TEXT_SIZE_NAMES: Record<string, string> = Object.fromEntries(TEXT_SIZES.map((size) => [size.id, size.label.uk.toLowerCase()]));

export const FORWARDING_NAMES = { pending: 'чекає на передачу', failing: 'не передається', forwarded: 'передано' } as const;

export const AUDIT_ACTION_NAMES: Record<string, string> = {
  login: 'вхід',
  logout: 'вихід',
  'view-personal-data': 'перегляд особових даних',
  'reprint-kiosk': 'повторний друк на кіоску',
  'reprint-desk': 'повторний друк на столі працівника',
  'assist-start': 'дистанційна допомога: перегляд відповідей (за згодою)',
  'assist-answer': 'дистанційна допомога: відповідь на питання',
  'assist-submitted': 'дистанційна допомога: людина подала заяву',
  'assist-end': 'дистанційна допомога завершена',
  message: 'повідомлення на кіоск',
  'help-answer': 'відповідь на виклик',
  'forwarding-retry': 'повторна передача заяв',
  'stats-export': 'вивантаження статистики',
};

/** Dates and times as the console shows them (in Kyiv). */
export { formatKyivDateTime as dateTime, formatKyivTime as time } from '../../content/kyiv-time.ts';
