'use strict';
/*
 * A small driver for headless Chromium over the DevTools protocol (CDP), for tests that must see the site as
 * a reader's browser does. No npm packages: Chromium is started with --remote-debugging-pipe and spoken to
 * over two pipes (fd 3 in, fd 4 out, one JSON message per NUL-terminated chunk), so any Node ≥ 18 will do
 * and no WebSocket client is needed.
 *
 *   const cdp = require('./cdp.js');
 *
 *   const browser = await cdp.launch({ executable, args, timeout })
 *       Starts Chromium (executable: $CHROMIUM, else /usr/lib/chromium/chromium, else chromium on PATH) with a
 *       throw-away profile. `timeout` (ms, default 30000) bounds every protocol call made through it.
 *   const page = await browser.newPage({ width = 1280, height = 800, scale = 1, mobile = width < 600,
 *                                         colorScheme = 'light', media = 'screen' })
 *       A tab in a fresh browser context of its own (empty cache, storage and cookies), at that viewport.
 *   await page.emulate({ width, height, scale, mobile, colorScheme, media })   change any of these later
 *   const status = await page.goto(url, { timeout })
 *       Opens `url`, waits for the load event and for web fonts; returns the document's HTTP status
 *       (Chromium reports 200 for a file:// page that exists). Throws when the navigation itself fails
 *       (e.g. net::ERR_FILE_NOT_FOUND).
 *   page.problems   what went wrong since the page was opened: [{ kind, text, url }], kind one of
 *       'console' (console.error/assert), 'exception' (uncaught, also in promises), 'log' (errors the browser
 *       logs itself: failed loads, CSP), 'request' (a request that failed), 'http' (a response ≥ 400).
 *   page.console    every console message: [{ type, text }]
 *   await page.evaluate(fnOrExpression, ...args)
 *       Runs a function (serialised, so it cannot close over Node variables: pass `args`, JSON values) or an
 *       expression string in the page; awaits a returned promise; returns the JSON value. Page exceptions throw.
 *   await page.waitFor(fnOrExpression, { timeout = 10000, interval = 50, args = [] })
 *       Polls until it returns a truthy value, and returns that value.
 *   await page.click(selector)                 scrolls the element into view and clicks its centre
 *   await page.type(selector, text, { delay = 0 })
 *       Focuses the element and types `text` one character at a time, with key and input events per character
 *       (no input-method composition events: each Chinese character arrives as one key carrying its text).
 *   await page.press(key)                      'Enter', 'Tab', 'Escape', 'Backspace', 'ArrowDown', 'ArrowUp', ...
 *   await page.fonts(selector)                 the system fonts that drew the element's text:
 *                                              [{ familyName, glyphCount }] (catches missing CJK fonts)
 *   const shot = await page.screenshot(file, { fullPage = true })
 *       Writes a PNG (parent folders made) and returns cdp.pngStats of it.
 *   await page.pdf(file, { paper = 'A4', background = false })   prints the page as the print dialog would
 *   await page.send(method, params)            any other CDP command, in this tab's session
 *   page.on(event, handler)                    any CDP event of this tab, e.g. 'Network.responseReceived'
 *   await page.close();  await browser.close()
 *
 *   const server = await cdp.serve(dir)        python3 -m http.server on a free loopback port, serving `dir`:
 *                                              { url: 'http://127.0.0.1:PORT/', close() }
 *   cdp.fileURL(path)                          a file:// URL with the path percent-encoded
 *   cdp.pngStats(buffer)                       { width, height, colors, dominantShare, blank }: colors counts
 *       distinct colours (up to 4096), dominantShare is the share of pixels in the commonest colour (both
 *       counted on every other pixel of every other row), blank is true when nearly every pixel has that
 *       colour (a page that did not render).
 *
 * Example: type a query on the search page at phone width and wait for results, with nothing failing.
 *   const browser = await cdp.launch();
 *   const server = await cdp.serve('/tmp/site/public');
 *   try {
 *     const page = await browser.newPage({ width: 360, height: 780 });
 *     await page.goto(server.url + 'search/index.html');
 *     await page.type('#search-input', '两个确立');
 *     const count = await page.waitFor(() => document.querySelectorAll('#search-results li').length);
 *     await page.screenshot('/tmp/shots/search.png');
 *     if (page.problems.length) throw new Error(JSON.stringify(page.problems, null, 2));
 *   } finally {
 *     await browser.close();
 *     await server.close();
 *   }
 * Tests/Browser/render-check.js is a complete user of this file.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const DEFAULT_TIMEOUT = 30000;

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  // Debian's /usr/bin/chromium is a shell wrapper that adds extension flags and prints noise; the binary is
  // the same program without them.
  const candidates = ['/usr/lib/chromium/chromium'];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) candidates.push(path.join(dir, name));
  }
  const found = candidates.find((file) => {
    try { fs.accessSync(file, fs.constants.X_OK); return true; } catch { return false; }
  });
  if (!found) throw new Error('chromium not found (Debian: apt-get install chromium), or set CHROMIUM');
  return found;
}

function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** One Chromium process and the pipe to it; sessions are multiplexed by sessionId (flat mode). */
class Browser {
  constructor(child, profile, timeout) {
    this.child = child;
    this.profile = profile;
    this.timeout = timeout;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map(); // sessionId → Set of (method, params) handlers
    this.closed = false;
    this.stderr = '';
    let buffered = Buffer.alloc(0);
    child.stdio[4].on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      let end;
      while ((end = buffered.indexOf(0)) >= 0) {
        const message = buffered.subarray(0, end).toString('utf8');
        buffered = buffered.subarray(end + 1);
        this.receive(JSON.parse(message));
      }
    });
    child.stderr.on('data', (chunk) => {
      // Kept (bounded) only to explain a browser that dies.
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-8000);
    });
    child.on('exit', (code, signal) => {
      this.closed = true;
      const error = new Error(`chromium exited (${signal || code})\n${this.stderr}`);
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
  }

  receive(message) {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
      return;
    }
    const handlers = this.listeners.get(message.sessionId || '');
    if (handlers) for (const handler of handlers) handler(message.method, message.params);
  }

  send(method, params = {}, sessionId, timeout = this.timeout) {
    if (this.closed) return Promise.reject(new Error(`${method}: the browser is closed`));
    const id = this.nextId++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    const answer = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
    this.child.stdio[3].write(JSON.stringify(message) + '\0');
    return withTimeout(answer, timeout, method).finally(() => this.pending.delete(id));
  }

  listen(sessionId, handler) {
    if (!this.listeners.has(sessionId)) this.listeners.set(sessionId, new Set());
    this.listeners.get(sessionId).add(handler);
    return () => this.listeners.get(sessionId)?.delete(handler);
  }

  async newPage(options = {}) {
    const { browserContextId } = await this.send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId, targetId, browserContextId);
    await page.start(options);
    return page;
  }

  async close() {
    if (!this.closed) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await this.send('Browser.close', {}, undefined, 5000).catch(() => {});
      await withTimeout(exited, 5000, 'chromium exit').catch(() => this.child.kill('SIGKILL'));
    }
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

const KEYS = {
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  Tab: { code: 'Tab', keyCode: 9 },
  Escape: { code: 'Escape', keyCode: 27 },
  Backspace: { code: 'Backspace', keyCode: 8 },
  Delete: { code: 'Delete', keyCode: 46 },
  ArrowDown: { code: 'ArrowDown', keyCode: 40 },
  ArrowUp: { code: 'ArrowUp', keyCode: 38 },
  ArrowLeft: { code: 'ArrowLeft', keyCode: 37 },
  ArrowRight: { code: 'ArrowRight', keyCode: 39 },
  Home: { code: 'Home', keyCode: 36 },
  End: { code: 'End', keyCode: 35 },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
};

class Page {
  constructor(browser, sessionId, targetId, browserContextId) {
    this.browser = browser;
    this.sessionId = sessionId;
    this.targetId = targetId;
    this.browserContextId = browserContextId;
    this.problems = [];
    this.console = [];
    this.requests = new Map(); // requestId → url
    this.waiters = new Set();
    browser.listen(sessionId, (method, params) => {
      this.record(method, params);
      for (const waiter of [...this.waiters]) waiter(method, params);
    });
  }

  send(method, params = {}, timeout) {
    return this.browser.send(method, params, this.sessionId, timeout);
  }

  on(event, handler) {
    return this.browser.listen(this.sessionId, (method, params) => { if (method === event) handler(params); });
  }

  record(method, params) {
    switch (method) {
      case 'Runtime.consoleAPICalled': {
        const text = params.args.map((arg) => (arg.value !== undefined ? String(arg.value) : arg.description || arg.type)).join(' ');
        this.console.push({ type: params.type, text });
        if (params.type === 'error' || params.type === 'assert') {
          const frame = params.stackTrace?.callFrames?.[0];
          this.problems.push({ kind: 'console', text, url: frame ? `${frame.url}:${frame.lineNumber + 1}` : '' });
        }
        break;
      }
      case 'Runtime.exceptionThrown': {
        const details = params.exceptionDetails;
        // The description carries the stack; its first line is the message.
        const text = (details.exception?.description || details.text).split('\n')[0];
        this.problems.push({ kind: 'exception', text, url: details.url ? `${details.url}:${details.lineNumber + 1}` : '' });
        break;
      }
      case 'Log.entryAdded':
        if (params.entry.level === 'error') {
          this.problems.push({ kind: 'log', text: params.entry.text, url: params.entry.url || '' });
        }
        break;
      case 'Network.requestWillBeSent':
        this.requests.set(params.requestId, params.request.url);
        break;
      case 'Network.loadingFailed':
        // A request the page itself abandoned (e.g. a navigation away) is not a failure of the site.
        if (!params.canceled) {
          this.problems.push({ kind: 'request', text: params.errorText, url: this.requests.get(params.requestId) || '' });
        }
        break;
      case 'Network.responseReceived':
        if (params.response.status >= 400) {
          this.problems.push({ kind: 'http', text: `HTTP ${params.response.status}`, url: params.response.url });
        }
        break;
      default:
        break;
    }
  }

  /** Resolves with the params of the first event `method` for which `test` holds. */
  event(method, test = () => true, timeout = this.browser.timeout) {
    let waiter;
    const seen = new Promise((resolve) => {
      waiter = (name, params) => { if (name === method && test(params)) resolve(params); };
      this.waiters.add(waiter);
    });
    return withTimeout(seen, timeout, `waiting for ${method}`).finally(() => this.waiters.delete(waiter));
  }

  async start(options) {
    await Promise.all(['Page.enable', 'Runtime.enable', 'Log.enable', 'Network.enable', 'DOM.enable', 'CSS.enable']
      .map((method) => this.send(method)));
    await this.send('Page.setLifecycleEventsEnabled', { enabled: true });
    // Pages are looked at as they are first loaded, never from a previous test's cache.
    await this.send('Network.setCacheDisabled', { cacheDisabled: true });
    this.viewport = { width: 1280, height: 800, scale: 1, mobile: undefined, colorScheme: 'light', media: 'screen' };
    await this.emulate(options);
  }

  async emulate(options = {}) {
    const v = Object.assign(this.viewport, Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)));
    const mobile = v.mobile ?? v.width < 600;
    await this.send('Emulation.setDeviceMetricsOverride', {
      width: v.width, height: v.height, deviceScaleFactor: v.scale, mobile,
      screenWidth: v.width, screenHeight: v.height,
    });
    await this.send('Emulation.setTouchEmulationEnabled', { enabled: mobile });
    await this.send('Emulation.setEmulatedMedia', {
      media: v.media === 'print' ? 'print' : '',
      features: [{ name: 'prefers-color-scheme', value: v.colorScheme }],
    });
  }

  async goto(url, { timeout = this.browser.timeout } = {}) {
    let status = 0;
    const off = this.on('Network.responseReceived', (params) => {
      if (params.type === 'Document' && params.response.url === url) status = params.response.status;
    });
    try {
      const loaded = this.event('Page.lifecycleEvent', (params) => params.name === 'load', timeout);
      const result = await this.send('Page.navigate', { url }, timeout);
      if (result.errorText) {
        loaded.catch(() => {});
        throw new Error(`${url}: ${result.errorText}`);
      }
      await loaded;
      await this.evaluate('document.fonts.ready.then(() => true)');
      return status;
    } finally {
      off();
    }
  }

  async evaluate(fnOrExpression, ...args) {
    const expression = typeof fnOrExpression === 'function'
      ? `(${fnOrExpression})(...${JSON.stringify(args)})`
      : String(fnOrExpression);
    const answer = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: true });
    if (answer.exceptionDetails) {
      const details = answer.exceptionDetails;
      throw new Error(`in the page: ${details.exception?.description || details.text}`);
    }
    return answer.result.value;
  }

  async waitFor(fnOrExpression, { timeout = 10000, interval = 50, args = [] } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      let value;
      try {
        value = await this.evaluate(fnOrExpression, ...args);
      } catch (error) {
        // A wait may span a navigation (a form submitted, a link followed): the page being left answers with
        // these, and the next round asks the new page.
        if (!/Inspected target navigated or closed|Execution context was destroyed|Cannot find context/.test(error.message)) throw error;
      }
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`waitFor: still false after ${timeout} ms: ${String(fnOrExpression).slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }

  async click(selector) {
    const box = await this.evaluate((sel) => {
      const element = document.querySelector(sel);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, selector);
    if (!box) throw new Error(`click: no element matches ${selector}`);
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  }

  async type(selector, text, { delay = 0 } = {}) {
    const found = await this.evaluate((sel) => {
      const element = document.querySelector(sel);
      if (!element) return false;
      element.focus();
      return document.activeElement === element;
    }, selector);
    if (!found) throw new Error(`type: no focusable element matches ${selector}`);
    for (const character of Array.from(text)) {
      if (KEYS[character]) {
        await this.press(character);
      } else {
        await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key: character, text: character, unmodifiedText: character });
        await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key: character });
      }
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  async press(key) {
    const known = KEYS[key];
    if (!known) throw new Error(`press: unknown key ${key} (known: ${Object.keys(KEYS).join(', ')})`);
    const common = { key, code: known.code, windowsVirtualKeyCode: known.keyCode, nativeVirtualKeyCode: known.keyCode };
    await this.send('Input.dispatchKeyEvent', { type: known.text ? 'keyDown' : 'rawKeyDown', ...common, text: known.text });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
  }

  async fonts(selector) {
    const { root } = await this.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await this.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`fonts: no element matches ${selector}`);
    const { fonts } = await this.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map(({ familyName, glyphCount }) => ({ familyName, glyphCount }));
  }

  async screenshot(file, { fullPage = true } = {}) {
    const params = { format: 'png', captureBeyondViewport: fullPage };
    if (fullPage) {
      const { cssContentSize } = await this.send('Page.getLayoutMetrics');
      params.clip = { x: 0, y: 0, width: Math.ceil(cssContentSize.width), height: Math.ceil(cssContentSize.height), scale: 1 };
    }
    const { data } = await this.send('Page.captureScreenshot', params);
    const bytes = Buffer.from(data, 'base64');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    return pngStats(bytes);
  }

  async pdf(file, { paper = 'A4', background = false } = {}) {
    const sizes = { A4: [8.27, 11.69], Letter: [8.5, 11] };
    const [paperWidth, paperHeight] = sizes[paper] || sizes.A4;
    const { data } = await this.send('Page.printToPDF', {
      paperWidth, paperHeight, printBackground: background, preferCSSPageSize: true, displayHeaderFooter: false,
    });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  }

  async close() {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    await this.browser.send('Target.disposeBrowserContext', { browserContextId: this.browserContextId }).catch(() => {});
  }
}

async function launch({ executable = findChromium(), args = [], timeout = DEFAULT_TIMEOUT } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'portalgen-chromium-'));
  const flags = [
    '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`,
    '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-extensions', '--disable-default-apps', '--mute-audio', '--hide-scrollbars',
    // Containers often have a small /dev/shm; Chromium then crashes drawing large pages.
    '--disable-dev-shm-usage',
    ...args,
  ];
  // Chromium's sandbox refuses to run as root; tests in CI containers often are root.
  if (process.getuid && process.getuid() === 0) flags.push('--no-sandbox');
  flags.push('about:blank');
  const child = spawn(executable, flags, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const started = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', resolve);
  });
  await started;
  // The browser must not outlive a test that throws before closing it.
  const kill = () => { try { child.kill('SIGKILL'); } catch { /* already gone */ } };
  process.once('exit', kill);
  child.once('exit', () => process.removeListener('exit', kill));
  const browser = new Browser(child, profile, timeout);
  await browser.send('Browser.getVersion');
  return browser;
}

function serve(dir) {
  return new Promise((resolve, reject) => {
    // Port 0: the system picks a free port, and http.server prints it.
    const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const kill = () => { try { child.kill(); } catch { /* already gone */ } };
    process.once('exit', kill);
    let output = '';
    const timer = setTimeout(() => { kill(); reject(new Error(`http.server did not start: ${output}`)); }, 10000);
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`http.server exited (${code}): ${output}`)); });
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      const match = /port (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url: `http://127.0.0.1:${match[1]}/`,
        close: () => new Promise((done) => {
          process.removeListener('exit', kill);
          if (child.exitCode !== null) return done();
          child.removeAllListeners('exit');
          child.once('exit', () => done());
          child.kill();
        }),
      });
    });
  });
}

function fileURL(file) {
  return 'file://' + path.resolve(file).split('/').map(encodeURIComponent).join('/');
}

/** Decodes an 8-bit PNG (what Chromium writes) far enough to count its colours. */
function pngStats(bytes) {
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let header;
  const data = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colorType: body[9], interlace: body[12] };
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[header.colorType];
  if (header.depth !== 8 || !channels || header.interlace) throw new Error('pngStats: unsupported PNG layout');
  const raw = zlib.inflateSync(Buffer.concat(data));
  const { width, height } = header;
  const stride = width * channels;
  let previous = new Uint8Array(stride);
  const counts = new Map();
  let sampled = 0;
  const colourChannels = Math.min(channels, 3);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    if (filter !== 0) {
      for (let i = 0; i < stride; i++) {
        const left = i >= channels ? line[i - channels] : 0;
        const up = previous[i];
        let add;
        if (filter === 1) add = left;
        else if (filter === 2) add = up;
        else if (filter === 3) add = (left + up) >> 1;
        else {
          const upLeft = i >= channels ? previous[i - channels] : 0;
          const p = left + up - upLeft;
          const pa = Math.abs(p - left); const pb = Math.abs(p - up); const pc = Math.abs(p - upLeft);
          add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
        }
        line[i] = (line[i] + add) & 0xff;
      }
    }
    // Every other pixel of every other row: the shares come out the same, four times faster.
    if (y % 2 === 0) {
      for (let x = 0; x < width; x += 2) {
        let key = 0;
        for (let c = 0; c < colourChannels; c++) key = key * 256 + line[x * channels + c];
        counts.set(key, (counts.get(key) || 0) + 1);
        sampled++;
      }
    }
    previous = line;
  }
  let dominant = 0;
  for (const count of counts.values()) if (count > dominant) dominant = count;
  const dominantShare = dominant / sampled;
  return { width, height, colors: Math.min(counts.size, 4096), dominantShare, blank: dominantShare > 0.995 || counts.size < 3 };
}

module.exports = { launch, serve, fileURL, pngStats, findChromium, Browser, Page };
