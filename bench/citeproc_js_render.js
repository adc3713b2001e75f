// Render CSL-JSON items with citeproc-js, the processor Zotero uses, so
// bench/render_fidelity.py can compare it with our citeproc-py path.
//
// Reads one JSON job on stdin:
//   {"style": "<csl xml>", "locales_dir": "...", "lang": "en-US"|null,
//    "items": [...], "clusters": [[{"id": ..., "locator": ..., "label": ...}], ...]}
// and writes {"bibliography": [...plain text...], "entry_ids": [...], "citations": [...], "error": null}.
// citeproc-js is installed by the bench into bench/node (npm install --prefix bench/node citeproc).
"use strict";
const { makeEngine } = require("./citeproc_js_engine");

function main(job) {
  const engine = makeEngine(job, !!job.lang);
  engine.setOutputFormat("text");
  const out = { bibliography: [], entry_ids: [], citations: [], error: null };
  engine.updateItems(job.items.map((item) => String(item.id)));
  if (engine.bibliography.tokens.length) {
    // Entries are taken from the full list, as a document prints them (year suffixes and
    // subsequent-author-substitute `———` depend on the neighbours). Only when some entry
    // rendered empty and the strings no longer line up with the ids is each taken by its id.
    const bib = engine.makeBibliography();
    out.entry_ids = bib ? bib[0].entry_ids.map((ids) => String(ids[0])) : [];
    const whole = bib ? bib[1] : [];
    out.bibliography = out.entry_ids.map((id, i) => {
      if (whole.length === out.entry_ids.length) return whole[i].replace(/\s+$/, "");
      const one = engine.makeBibliography({ select: [{ field: "id", value: id }] });
      return one && one[1].length ? one[1][0].replace(/\s+$/, "") : null;
    });
  }
  // Clusters are cited one after another, as in a document (numbers, positions), one per note.
  const done = [];
  const texts = [];
  (job.clusters || []).forEach((cluster, i) => {
    const citation = {
      citationID: `c${i}`,
      citationItems: cluster.map((cite) => Object.assign({}, cite, { id: String(cite.id) })),
      properties: { noteIndex: i + 1 },
    };
    const [, updates] = engine.processCitationCluster(citation, done, []);
    for (const [index, text] of updates) texts[index] = text;
    done.push([`c${i}`, i + 1]);
  });
  out.citations = texts;
  return out;
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  let result;
  try {
    result = main(JSON.parse(input));
  } catch (err) {
    result = { bibliography: [], entry_ids: [], citations: [], error: String(err && err.message ? err.message : err) };
  }
  process.stdout.write(JSON.stringify(result));
});
