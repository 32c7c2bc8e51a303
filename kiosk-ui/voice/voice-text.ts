// The voice guide's own words live in the text catalogue; kept here so the kiosk's imports stay as they are.
export { VOICE_TEXT } from '../../content/text/voice.ts';
