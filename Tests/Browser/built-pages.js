'use strict';
// Reading the built pages as text, for the check scripts: the speech pages of a site and the parts of a page
// they compare with what the browser shows.

const fs = require('node:fs');
const path = require('node:path');

/** The text of an HTML fragment: tags dropped, the entities portalgen writes decoded, trimmed. */
function plainText(html) {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
}

/** The first group of `pattern` in `html`, or '' when it does not match. */
function firstGroup(html, pattern) {
  return (pattern.exec(html) || [])[1] || '';
}

/** The page's heading (its <h1>), as HTML. */
const heading = (html) => firstGroup(html, /<h1[^>]*>([\s\S]*?)<\/h1>/);

/** A speech page's body (the speech-body element before the speech's footer), as HTML. */
const speechBody = (html) => firstGroup(html, /<div class="speech-body">([\s\S]*?)<\/div>\s*<footer class="speech-footer">/);

/** Every speech page of the site in `site`: its slug and its HTML, by slug. */
function speechPages(site) {
  const folder = path.join(site, 'speeches');
  return fs.readdirSync(folder).sort().filter((slug) => fs.existsSync(path.join(folder, slug, 'index.html')))
    .map((slug) => ({ slug, html: fs.readFileSync(path.join(folder, slug, 'index.html'), 'utf8') }));
}

module.exports = { plainText, firstGroup, heading, speechBody, speechPages };
