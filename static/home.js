// Argmap home page: list the maps this browser made (their edit keys live in localStorage).
// People's maps are never listed by the server: a map's link is its owner's to share.

"use strict";

(() => {
  // The server's messages are clauses ("too many new maps…"): shown as a sentence.
  const asSentence = (message) => message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? "" : ".");

  let maps = {};
  try {
    maps = JSON.parse(localStorage.getItem("argmap:maps")) ?? {};
  } catch {}
  const entries = Object.entries(maps).sort(([, a], [, b]) => String(b.created).localeCompare(String(a.created)));
  if (entries.length) {
    const list = document.getElementById("own-maps");
    for (const [id, map] of entries) {
      const link = document.createElement("a");
      link.href = `/maps/${encodeURIComponent(id)}`;
      link.textContent = map.title || "Untitled";
      const meta = document.createElement("span");
      meta.className = "map-meta";
      meta.textContent = map.created ? ` made ${new Date(map.created).toLocaleString()} · you can edit it` : " you can edit it";
      const item = document.createElement("li");
      item.append(link, meta);
      list.append(item);
    }
    document.getElementById("own-maps-section").hidden = false;
  }

  // One submission at a time: mapping a long text takes a moment. The form is sent in the background,
  // so a problem (a file that cannot be read, a text too long) leaves it as it was, the file chosen too.
  const form = document.getElementById("new-map-form");
  const problem = document.getElementById("form-problem");
  const button = document.getElementById("new-map-submit");

  function showProblem(message) {
    problem.textContent = message;
    problem.hidden = false;
    button.textContent = "Map it";
    button.disabled = false;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = document.getElementById("new-text").value;
    const file = document.getElementById("new-file").files.length;
    if (!text.trim() && !file) {
      showProblem("Nothing to map: paste a text or choose a file.");
      return;
    }
    problem.hidden = true;
    button.textContent = "Mapping…";
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
      });
      const answer = await response.json();
      if (response.ok) location.assign(answer.url);
      else if (answer.error) showProblem(asSentence(answer.error));
      else showProblem(`The map could not be made (${response.status}).`);
    } catch {
      showProblem("The server could not be reached: try again.");
    }
  });
})();
