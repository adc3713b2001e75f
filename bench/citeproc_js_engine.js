// A citeproc-js engine for one job, shared by bench/citeproc_js_render.js and
// bench/citeproc_js_speed.js: items are looked up by id, locales read from job.locales_dir.
// citeproc-js is installed by the benches into bench/node (npm install --prefix bench/node citeproc).
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require(path.join(__dirname, "node", "node_modules", "citeproc"));

function makeEngine(job, forceLang) {
  const byId = {};
  for (const item of job.items) byId[String(item.id)] = item;
  const sys = {
    retrieveLocale(lang) {
      const file = path.join(job.locales_dir, `locales-${lang}.xml`);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : false;
    },
    retrieveItem(id) {
      return byId[String(id)];
    },
  };
  return new CSL.Engine(sys, job.style, job.lang || undefined, forceLang);
}

module.exports = { makeEngine };
