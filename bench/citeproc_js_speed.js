// Render one bibliography with citeproc-js (Zotero's processor) for bench/render_speed.py,
// which times this whole process (start-up, style and locale parsing, rendering).
//
//   node bench/citeproc_js_speed.js JOB.json
//
// JOB.json: {"style": "<csl xml>", "locales_dir": "...", "lang": "en-US", "items": [...]}.
// Writes the entries, one per line, to stdout, so the bench can check they are all there.
"use strict";
const fs = require("fs");
const { makeEngine } = require("./citeproc_js_engine");

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const engine = makeEngine(job);
engine.setOutputFormat("text");
engine.updateItems(job.items.map((item) => String(item.id)));
const bib = engine.makeBibliography();
process.stdout.write(bib[1].map((entry) => entry.replace(/\s+$/, "")).join("\n") + "\n");
