// Render one bibliography with citeproc-js (Zotero's processor) for bench/render_speed.py,
// which times this whole process (start-up, style and locale parsing, rendering).
//
//   node bench/citeproc_js_speed.js JOB.json
//
// JOB.json: {"style": "<csl xml>", "locales_dir": "...", "lang": "en-US", "items": [...]}.
// Writes the entries, one per line, to stdout, so the bench can check they are all there.
"use strict";
const fs = require("fs");
const path = require("path");
const CSL = require(path.join(__dirname, "node", "node_modules", "citeproc"));

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
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
const engine = new CSL.Engine(sys, job.style, job.lang || undefined);
engine.setOutputFormat("text");
engine.updateItems(job.items.map((item) => String(item.id)));
const bib = engine.makeBibliography();
process.stdout.write(bib[1].map((entry) => entry.replace(/\s+$/, "")).join("\n") + "\n");
