/**
 * Renders the sample alert cards to PNG pictures for the README, roughly as Webex's light theme
 * shows them. A developer's tool: it is not a test (no `.test.ts`), and CI does not run it.
 *
 * Run, from the repository root:
 *
 *   npx tsx src/cards/render-preview.ts      # only if docs/alert-card*.json are missing or stale
 *   npx tsx test/tools/render-card-images.ts
 *
 * Needs a Chromium at /usr/bin/chromium (Debian: `apt-get install -y chromium`), or set
 * CHROMIUM=/path/to/chrome. No network: the `adaptivecards` browser bundle from node_modules is
 * inlined into a self-contained HTML page per card, which headless Chromium screenshots.
 *
 * Writes docs/alert-card.png (message alert), docs/alert-card-membership.png (membership alert)
 * and docs/alert-card-confirm.png (message alert with the "Delete message…" panel expanded).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLORS, FONT, TEXT, WEBEX_HOST_CONFIG } from '../../src/console/host-config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docs = join(root, 'docs');
const chromium = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const bundlePath = join(root, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js');

/** Page width in CSS pixels; the picture is this wide (device scale factor 1). */
// Wide enough for the five buttons of SPEC §7 on one row, as a desktop Webex client shows them.
const WIDTH = 680;

interface Shot {
  /** Card JSON under docs/. */
  card: string;
  /** PNG written under docs/. */
  png: string;
  /** Expand the first Action.ShowCard before the screenshot. */
  expand: boolean;
}

const SHOTS: Shot[] = [
  { card: 'alert-card.json', png: 'alert-card.png', expand: false },
  { card: 'alert-card-membership.json', png: 'alert-card-membership.png', expand: false },
  { card: 'alert-card.json', png: 'alert-card-confirm.png', expand: true },
];

// The console's Webex-like host config: the pictures look as the sandbox draws cards.
const HOST_CONFIG = WEBEX_HOST_CONFIG;

const CSS = `
html, body { margin: 0; padding: 0; background: #FFFFFF; }
body { width: ${WIDTH}px; font-family: ${FONT}; -webkit-font-smoothing: antialiased; }
#frame { padding: 12px; box-sizing: border-box; width: ${WIDTH}px; }
#card { border: 1px solid #DEDEDE; border-radius: 8px; overflow: hidden; background: #FFFFFF; }
.ac-adaptiveCard:focus { outline: none; }
.ac-pushButton {
  font-family: ${FONT}; font-size: 14px; font-weight: 600; line-height: 20px;
  color: ${TEXT.default}; background: #FFFFFF; border: 1px solid #8F8F8F; border-radius: 999px;
  padding: 5px 16px; min-height: 32px; cursor: pointer; max-width: 100%;
}
.ac-pushButton.style-destructive { color: #FFFFFF; background: ${COLORS.attention.default}; border-color: ${COLORS.attention.default}; }
.ac-pushButton.style-positive { color: #FFFFFF; background: ${COLORS.accent.default}; border-color: ${COLORS.accent.default}; }
.ac-pushButton.expanded { background: #EDEDED; border-color: ${TEXT.default}; }
.ac-pushButton.subdued { color: #8F8F8F; border-color: #C7C7C7; }
.ac-input.ac-textInput {
  font-family: ${FONT}; font-size: 14px; height: 32px; box-sizing: border-box; width: 100%;
  padding: 5px 10px; border: 1px solid #B2B2B2; border-radius: 6px; background: #FFFFFF; color: ${TEXT.default};
}
.ac-input.ac-textInput::placeholder { color: #8F8F8F; }
`;

/** JSON safe to place inside an inline <script>. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function buildPage(card: unknown, expand: boolean, bundle: string): string {
  const run = `
(function () {
  var out = document.getElementById('result');
  try {
    var AC = window.AdaptiveCards;
    var card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig(${scriptJson(HOST_CONFIG)});
    card.parse(${scriptJson(card)});
    var el = card.render();
    if (!el) throw new Error('card did not render');
    document.getElementById('card').appendChild(el);
    if (${expand ? 'true' : 'false'}) {
      var clicked = false;
      for (var i = 0; i < card.getActionCount(); i++) {
        var action = card.getActionAt(i);
        if (action && action.getJsonTypeName() === 'Action.ShowCard' && action.renderedElement) {
          action.renderedElement.click();
          clicked = true;
          break;
        }
      }
      if (!clicked) throw new Error('no Action.ShowCard to expand');
    }
    var frame = document.getElementById('frame');
    out.setAttribute('data-height', String(Math.ceil(frame.getBoundingClientRect().height)));
  } catch (e) {
    out.setAttribute('data-error', String(e && e.message || e));
  }
})();`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Warden alert card</title><style>${CSS}</style></head>
<body><div id="frame"><div id="card"></div></div><div id="result" hidden></div>
<script>${bundle.replace(/<\/script/gi, '<\\/script')}</script>
<script>${run}</script>
</body></html>
`;
}

function chromiumArgs(profile: string, extra: string[]): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    '--force-color-profile=srgb',
    `--user-data-dir=${profile}`,
    ...extra,
  ];
}

function runChromium(profile: string, extra: string[]): string {
  return execFileSync(chromium, chromiumArgs(profile, extra), {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function main(): void {
  if (!existsSync(chromium)) {
    throw new Error(`no Chromium at ${chromium}: apt-get install -y chromium, or set CHROMIUM=/path/to/chrome`);
  }
  const bundle = readFileSync(bundlePath, 'utf8');
  const work = mkdtempSync(join(tmpdir(), 'warden-card-images-'));
  try {
    for (const shot of SHOTS) {
      const cardFile = join(docs, shot.card);
      if (!existsSync(cardFile)) {
        throw new Error(`${cardFile} is missing: run npx tsx src/cards/render-preview.ts first`);
      }
      const card: unknown = JSON.parse(readFileSync(cardFile, 'utf8'));
      const page = join(work, shot.png.replace(/\.png$/, '.html'));
      writeFileSync(page, buildPage(card, shot.expand, bundle));
      const url = `file://${page}`;

      // Pass 1: lay the page out and read back the card's height, to crop the picture to it.
      const dom = runChromium(mkdtempSync(join(work, 'profile-')), [`--window-size=${WIDTH},2000`, '--dump-dom', url]);
      const error = /data-error="([^"]*)"/.exec(dom)?.[1];
      if (error !== undefined) throw new Error(`${shot.card}: ${error}`);
      const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
      if (!Number.isFinite(height) || height <= 0) throw new Error(`${shot.card}: could not measure the card`);

      // Pass 2: screenshot a window exactly as big as the card (plus its frame).
      const png = join(docs, shot.png);
      runChromium(mkdtempSync(join(work, 'profile-')), [`--window-size=${WIDTH},${height}`, `--screenshot=${png}`, url]);
      if (!existsSync(png)) throw new Error(`${shot.png}: Chromium wrote no screenshot`);
      process.stdout.write(`wrote ${png} (${WIDTH}x${height}, ${statSync(png).size} bytes)\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
