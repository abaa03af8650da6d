// Argmap home page: list the maps this browser made (their edit keys live in localStorage).
// People's maps are never listed by the server: a map's link is its owner's to share.

"use strict";

(() => {
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

  // One submission at a time: mapping a long text takes a moment.
  const form = document.getElementById("new-map-form");
  form.addEventListener("submit", (event) => {
    const text = document.getElementById("new-text").value;
    const file = document.getElementById("new-file").files.length;
    const problem = document.getElementById("form-problem");
    if (!text.trim() && !file) {
      event.preventDefault();
      problem.textContent = "Nothing to map: paste a text or choose a file.";
      problem.hidden = false;
      return;
    }
    problem.hidden = true;
    const button = document.getElementById("new-map-submit");
    button.textContent = "Mapping…";
    setTimeout(() => (button.disabled = true));
  });
})();
