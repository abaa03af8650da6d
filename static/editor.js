// Argmap editor: corrections to a map by the browser that holds its edit key. Plain JS, no build step.
//
// A new map's page opens with its edit key in the fragment (#key=…), which never reaches a
// server in the URL; once the API says it opens the map (GET /api/maps/{id}/key), it is kept in
// localStorage ("argmap:maps", by map id), and it is taken out of the URL either way.
// With a key, the page shows the editing tools: rename, change kind, delete a node; add,
// switch supports/attacks, reverse, remove an edge; add the text selected in the text pane as a node; undo, redo,
// re-mine. Each change goes to the JSON API with the X-Edit-Key header; the page then
// reloads to show the map the server drew, with the same node selected.

"use strict";

(() => {
  const STORE = "argmap:maps";
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const sourceText = document.getElementById("source-text");
  const statusLine = document.getElementById("edit-status");

  function savedMaps() {
    try {
      return JSON.parse(localStorage.getItem(STORE)) ?? {};
    } catch {
      return {};
    }
  }

  function keep(id, entry) {
    const maps = savedMaps();
    maps[id] = { ...maps[id], ...entry };
    localStorage.setItem(STORE, JSON.stringify(maps));
  }

  function say(message, problem = false) {
    statusLine.hidden = !message;
    statusLine.textContent = message;
    statusLine.classList.toggle("is-problem", problem);
  }

  // A key that comes in a link is asked about first: a wrong one never replaces the key this browser holds.
  async function takeLinkKey() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    if (!fragment.has("key")) return;
    const key = fragment.get("key");
    history.replaceState(null, "", location.pathname + location.search);
    let answer = null;
    try {
      answer = await fetch(`/api/maps/${encodeURIComponent(data.id)}/key`, { headers: { "X-Edit-Key": key } });
    } catch {
      // unreachable: keep nothing
    }
    if (answer?.ok) {
      keep(data.id, { key, title: data.title, created: savedMaps()[data.id]?.created ?? new Date().toISOString() });
    } else {
      say("This link's edit key is wrong for this map: it was not kept.", true);
    }
  }

  takeLinkKey().then(() => {
    const mine = savedMaps()[data.id];
    if (!mine?.key) return;
    if (mine.title !== data.title) keep(data.id, { title: data.title });
    startEditing(mine);
  });

  // Everything below is for a browser that holds the map's edit key.
  function startEditing(mine) {
  document.body.classList.add("can-edit");
  document.getElementById("edit-tools").hidden = false;
  const nodes = new Map(data.nodes.map((node) => [node.id, node]));
  const edgeBetween = new Map(data.edges.map((edge) => [`${edge.source}\n${edge.target}`, edge]));

  const carried = sessionStorage.getItem("argmap:status");
  if (carried) {
    sessionStorage.removeItem("argmap:status");
    say(carried);
  }

  function selectedNode() {
    const id = new URLSearchParams(location.hash.slice(1)).get("node");
    return nodes.has(id) ? id : null;
  }

  // Send one change; on success reload on the node to select (null: none), else say what went wrong.
  async function change(method, path, body, done, select = selectedNode) {
    say("Saving…");
    let response;
    try {
      response = await fetch(`/api/maps/${encodeURIComponent(data.id)}${path}`, {
        method,
        // The version on screen: a change someone made since is a 409, not a change made blind.
        // The page reloads after a change, so the answer need not carry the whole map.
        headers: {
          "X-Edit-Key": mine.key, "X-Map-Version": String(data.version), Prefer: "return=minimal",
          ...(body ? { "Content-Type": "application/json" } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch {
      say("The change could not be sent: is the server running?", true);
      return;
    }
    if (response.status === 409 && response.headers.has("X-Map-Version")) {  // the map changed since it was loaded
      sessionStorage.setItem("argmap:status", "Someone else changed this map meanwhile: here it is as it is now. Make your change again.");
      location.reload();
      return;
    }
    if (!response.ok) {
      let message = response.statusText;
      try {
        message = (await response.json()).error;
      } catch {}
      say(message.charAt(0).toUpperCase() + message.slice(1) + ".", true);
      return;
    }
    const edited = await response.json();
    const next = select(edited);
    sessionStorage.setItem("argmap:status", done);
    history.replaceState(null, "", location.pathname + (next && (nodes.has(next) || edited.added.includes(next)) ? `#node=${encodeURIComponent(next)}` : ""));
    location.reload();
  }

  const path = (...parts) => parts.map(encodeURIComponent).join("/");

  // ---- toolbar: undo, redo, re-mine ------------------------------------------------

  const undoButton = document.querySelector('[data-edit="undo"]');
  const redoButton = document.querySelector('[data-edit="redo"]');
  undoButton.disabled = !data.undo;
  redoButton.disabled = !data.redo;

  const undo = () => change("POST", "/undo", null, "Undone.");
  const redo = () => change("POST", "/redo", null, "Redone.");

  document.getElementById("edit-tools").addEventListener("click", (event) => {
    const action = event.target.closest("[data-edit]")?.dataset.edit;
    if (action === "undo") undo();
    else if (action === "redo") redo();
    else if (action === "remine") change("POST", "/remine", null, "Mined again; your confirmed nodes were kept.");
    else if (action === "edit-link") showEditLink();
  });

  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z" && event.key.toLowerCase() !== "y") return;
    if (event.target.closest?.("input, textarea, select")) return;
    event.preventDefault();
    if (event.key.toLowerCase() === "y" || event.shiftKey) {
      if (data.redo) redo();
    } else if (data.undo) undo();
  });

  // The key can leave this browser only on purpose: shown here, copied if the page may.
  function showEditLink() {
    const link = `${location.origin}${location.pathname}#key=${encodeURIComponent(mine.key)}`;
    say(`Whoever opens this link can edit the map; keep it to yourself: ${link}`);
    navigator.clipboard?.writeText(link).then(
      () => say(`Copied. Whoever opens this link can edit the map; keep it to yourself: ${link}`),
      () => {},
    );
  }

  // ---- the selected node: label, kind, delete, edges --------------------------------

  const editor = document.getElementById("node-editor");
  const label = document.getElementById("edit-label");
  const kind = document.getElementById("edit-kind");
  const targets = document.getElementById("edit-edge-target");

  // The nodes an edge may go to, listed once for the page (a page holds one version of the map): rebuilt on
  // every selection, a list of 10,000 held each click back by 100-300 ms.
  const targetOption = new Map(data.nodes.map((node) => [node.id, new Option(node.label, node.id)]));
  let leftOut = null; // the option of the node shown, which cannot be its own target
  targets.replaceChildren(...targetOption.values());

  function fill(id) {
    editor.hidden = !id;
    if (!id) return;
    const node = nodes.get(id);
    label.value = node.label;
    kind.value = node.kind;
    // Every other node is a target: the node itself is left out of the list made once above.
    if (leftOut) leftOut.hidden = leftOut.disabled = false;
    leftOut = targetOption.get(id);
    leftOut.hidden = leftOut.disabled = true;
    targets.selectedIndex = targets.options[0] === leftOut ? 1 : 0; // the first other node, as each node starts
    for (const link of document.querySelectorAll("#details-relations a[data-node]")) {
      const other = link.dataset.node;
      // The list the link is in says the direction: "Supports"/"Attacks" go out of the node.
      const outgoing = ["Supports", "Attacks"].includes(link.closest("dd")?.previousElementSibling?.textContent);
      const [source, target] = outgoing ? [id, other] : [other, id];
      const edge = edgeBetween.get(`${source}\n${target}`);
      if (!edge || link.parentElement.querySelector(".edge-tools")) continue;
      const otherKind = edge.kind === "supports" ? "attacks" : "supports";
      const name = nodes.get(other)?.label;
      const tools = document.createElement("span");
      tools.className = "edge-tools";
      tools.append(
        edgeButton(`to ${otherKind}`, `Make the edge with “${name}” ${otherKind} instead`, () =>
          change("PATCH", `/edges/${path(edge.source, edge.target)}`, { kind: otherKind }, `The edge now ${otherKind}.`),
        ),
        edgeButton("⇄", `Reverse the edge with “${name}”`, () =>
          change("POST", `/edges/${path(edge.source, edge.target)}/reverse`, null, "Edge reversed."),
        ),
        edgeButton("×", `Remove the edge with “${name}”`, () =>
          change("DELETE", `/edges/${path(edge.source, edge.target)}`, null, "Edge removed."),
        ),
      );
      link.after(tools);
    }
  }

  function edgeButton(text, name, action) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "edge-tool";
    button.textContent = text;
    button.title = name;
    button.setAttribute("aria-label", name);
    button.addEventListener("click", action);
    return button;
  }

  editor.addEventListener("submit", (event) => {
    event.preventDefault();
    const id = selectedNode();
    if (id && label.value.trim()) change("PATCH", `/nodes/${path(id)}`, { label: label.value }, "Renamed.");
  });

  kind.addEventListener("change", () => {
    const id = selectedNode();
    if (id) change("PATCH", `/nodes/${path(id)}`, { kind: kind.value }, "Kind changed.");
  });

  document.getElementById("edit-delete").addEventListener("click", () => {
    const id = selectedNode();
    if (id) change("DELETE", `/nodes/${path(id)}`, null, "Node deleted. Undo brings it back.", () => null);
  });

  document.getElementById("edit-add-edge").addEventListener("click", () => {
    const id = selectedNode();
    const kindOfEdge = document.getElementById("edit-edge-kind").value;
    if (id && targets.value) {
      change("POST", "/edges", { source: id, target: targets.value, kind: kindOfEdge }, "Edge added.");
    }
  });

  document.addEventListener("argmap:show", (event) => fill(event.detail.id));
  fill(selectedNode());

  // ---- the text pane: a selection becomes a node ---------------------------------------

  const bar = document.getElementById("selection-bar");
  let pending = null;

  // The offset in the map's text of a point of the selection: the text nodes before it, summed.
  // Offsets count code points, as the server does (a JS string index counts UTF-16 units);
  // Range.toString() would not do, as Chromium leaves out line breaks.
  function offsetOf(container, offset) {
    const point = document.createRange();
    point.setStart(container, offset);
    let count = 0;
    const walker = document.createTreeWalker(sourceText, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node === container) return count + [...node.data.slice(0, offset)].length;
      if (point.comparePoint(node, node.data.length) > 0) break; // the node ends after the point
      count += [...node.data].length;
    }
    return count;
  }

  document.addEventListener("selectionchange", () => {
    const selection = getSelection();
    if (!selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    if (!sourceText.contains(range.commonAncestorContainer)) return;
    if (selection.isCollapsed || !range.toString().trim()) {
      pending = null;
      bar.hidden = true;
      return;
    }
    pending = { start: offsetOf(range.startContainer, range.startOffset), end: offsetOf(range.endContainer, range.endOffset) };
    bar.hidden = false;
  });

  document.getElementById("selection-add").addEventListener("click", () => {
    if (!pending) return;
    const kindOfNode = document.getElementById("selection-kind").value;
    change("POST", "/nodes", { kind: kindOfNode, spans: [pending] }, "Node added.", (edited) => edited.added[0] ?? null);
  });
  }
})();
