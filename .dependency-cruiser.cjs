// The layers (README, "How it fits together"): imports only go down.
//   kiosk-ui, kiosk-server  →  protocol  →  content;   kiosk-server  →  printers  →  protocol, content
// The server never imports the UI, nor the UI the server; nothing imports tests or bench; no cycles anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules are one job split in two, or a type in the wrong place.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-is-the-bottom',
      severity: 'error',
      comment: 'content/ (the catalogue, its schema, validators and texts) imports nothing of the app.',
      from: { path: '^content/' },
      to: { path: '^(protocol|kiosk-ui|kiosk-server|printers|tests|bench)/' },
    },
    {
      name: 'protocol-above-content-only',
      severity: 'error',
      comment: 'protocol/ is shared by the kiosk UI and the server: it may use content/ and nothing above it.',
      from: { path: '^protocol/' },
      to: { path: '^(kiosk-ui|kiosk-server|printers|tests|bench)/' },
    },
    {
      name: 'printers-below-the-server',
      severity: 'error',
      comment: 'printers/ lays out and prints; it knows nothing of the server or the UI.',
      from: { path: '^printers/' },
      to: { path: '^(kiosk-ui|kiosk-server|tests|bench)/' },
    },
    {
      name: 'server-never-imports-the-ui',
      severity: 'error',
      comment: 'What both sides need lives in protocol/ or content/.',
      from: { path: '^kiosk-server/' },
      to: { path: '^(kiosk-ui|tests|bench)/' },
    },
    {
      name: 'ui-never-imports-the-server',
      severity: 'error',
      comment: 'The UI talks to the server only through protocol/ (and prints nothing itself).',
      from: { path: '^kiosk-ui/' },
      to: { path: '^(kiosk-server|printers|tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|build|var)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type in the wrong layer is still a dependency on that layer.
    moduleSystems: ['es6'],
  },
};
