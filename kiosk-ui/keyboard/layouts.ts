// The key layouts live in content (the server speaks every key ahead of time); this keeps the UI's imports short.
export * from '../../content/keyboard-layouts.ts';
