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
    // subsequent-author-substitute `———` depend on the neighbours). The full list leaves out
    // entries that render empty, so when some do the strings no longer line up with the ids:
    // those (each rendered alone) are excluded and the list is made again without them.
    const alone = (id) => {
      const one = engine.makeBibliography({ select: [{ field: "id", value: id }] });
      return one && one[1].length && one[1][0].trim() ? one[1][0].replace(/\s+$/, "") : null;
    };
    let bib = engine.makeBibliography();
    out.entry_ids = bib ? bib[0].entry_ids.map((ids) => String(ids[0])) : [];
    if (bib && bib[1].length !== out.entry_ids.length) {
      const empty = out.entry_ids.filter((id) => alone(id) === null);
      bib = engine.makeBibliography({ exclude: empty.map((id) => ({ field: "id", value: id })) });
    }
    const listed = bib ? bib[0].entry_ids.map((ids) => String(ids[0])) : [];
    const text = new Map();
    if (bib && bib[1].length === listed.length) listed.forEach((id, i) => text.set(id, bib[1][i].replace(/\s+$/, "")));
    out.bibliography = out.entry_ids.map((id) => (text.has(id) ? text.get(id) : alone(id)));
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
