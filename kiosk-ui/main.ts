import './app/vikno-app.ts';
