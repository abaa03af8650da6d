// Argmap viewer: selection, pan and zoom, keyboard navigation. Plain JS, no build step.
//
// Selection lives in the URL fragment (#node=<id>): selecting a node sets the fragment,
// and the page draws whatever the fragment says (on load, on hashchange and popstate),
// so links, reloads and back/forward all show the same selection.
//
// Keyboard: every node is focusable. Tab / Shift+Tab follow the document order of the
// SVG; the arrow keys move spatially, to the nearest node in that direction on screen.
// Enter or Space selects the focused node, Escape clears the selection. With the map
// focused, + and - zoom, 0 fits the map.

"use strict";

(() => {
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const pane = document.getElementById("map-pane");
  let svg = pane.querySelector("svg"); // replaced when another part of a big map is drawn
  const textPane = document.getElementById("text-pane");
  const SVG_NS = "http://www.w3.org/2000/svg";

  // Each kind's name, as app/render/palette.py gives it: a new kind needs no edit here.
  const KIND_NAMES = JSON.parse(document.getElementById("kind-names").textContent);
  const RELATIONS = [
    // [heading, direction, edge kind]: outgoing edges say what the node does to others.
    ["Supports", "out", "supports"],
    ["Attacks", "out", "attacks"],
    ["Supported by", "in", "supports"],
    ["Attacked by", "in", "attacks"],
    ["Restates", "out", "restates"],
    ["Restated by", "in", "restates"],
  ];

  const nodes = new Map(data.nodes.map((node) => [node.id, node]));
  // The drawn nodes and edges: those of the part of the map in the pane (see bindDrawing).
  const nodeElements = new Map();
  const edgesAt = new Map(); // node id -> the drawn edges from or to it
  // Nodes drawn: past this, a map is "large": far elements culled, long routes split, the selection drawn
  // on a layer over it, nothing dimmed, faded or restyled under the pointer (see below and viewer.css).
  const LARGE_MAP = 300;
  let large = false; // whether the drawing in the pane is of a large map (see bindDrawing)
  const marksByNode = new Map();
  for (const mark of document.querySelectorAll("#source-text mark.span")) {
    for (const id of mark.dataset.nodes.split(" ")) {
      if (!marksByNode.has(id)) marksByNode.set(id, []);
      marksByNode.get(id).push(mark);
    }
  }

  // ---- view: pan and zoom by a transform ---------------------------------------------
  //
  // The drawing keeps its own size (one SVG unit, one CSS pixel) and is moved and scaled as a whole
  // by a CSS transform on its own composited layer (viewer.css): panning and zooming neither lay it
  // out nor paint it again, whatever its size (a 2,000-node map: a zoom step 300-700 ms by the
  // viewBox, 25-35 ms so). Far out, the text is not drawn at all (it would be under 4 px): the boxes
  // and edges read as the map's shape. The view, in SVG units, is also written to the pane's data-view
  // ("x y w h") for scripts and tests.

  let full = readViewBox();
  // The drawing sits in <g class="map">, moved down past the SVG's own legend; a node's getBBox()
  // is in the drawing's coordinates, the view in the SVG's.
  let mapOffset = { x: 0, y: 0 };
  // The drawing's own bounds: the SVG's but the band of its legend, which the pane hides.
  let drawn = { ...full };

  // Boxes are measured once per drawing: a culled element (see "culling") has none to measure.
  const boxes = new Map();

  function boxOf(element) {
    if (!boxes.has(element)) {
      const box = element.getBBox();
      boxes.set(element, { x: box.x + mapOffset.x, y: box.y + mapOffset.y, width: box.width, height: box.height });
    }
    return boxes.get(element);
  }
  let view = { ...full };
  const MAX_SCALE = 4;
  const TEXT_MIN_SCALE = 0.3; // below this many pixels per unit a 13-unit label is under 4 px: not drawn

  function readViewBox() {
    const box = svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) return { x: box.x, y: box.y, w: box.width, h: box.height };
    return { x: 0, y: 0, w: svg.width.baseVal.value || 1, h: svg.height.baseVal.value || 1 };
  }

  function paneSize() {
    return { w: Math.max(pane.clientWidth, 1), h: Math.max(pane.clientHeight, 1) };
  }

  // Pixels per SVG unit; the view always has the pane's aspect ratio, so one number.
  function scale() {
    return paneSize().w / view.w;
  }

  // Zoom stops at half the fitting scale (or half of 1:1 for small maps) and at MAX_SCALE.
  function clampScale(pxPerUnit) {
    const size = paneSize();
    const fitScale = Math.min(size.w / full.w, size.h / full.h);
    return Math.min(Math.max(pxPerUnit, Math.min(fitScale, 1) / 2), MAX_SCALE);
  }

  function setView(cx, cy, pxPerUnit) {
    const size = paneSize();
    const s = clampScale(pxPerUnit);
    const w = size.w / s;
    const h = size.h / s;
    view = { x: cx - w / 2, y: cy - h / 2, w, h };
    placeDrawing(s);
    updateMinimap();
  }

  // Size the drawing to its own units and move it to the view: one transform, the same for any map.
  function placeDrawing(s = scale()) {
    svg.style.width = `${full.w}px`;
    svg.style.height = `${full.h}px`;
    svg.style.transform = `translate(${-(view.x - full.x) * s}px, ${-(view.y - full.y) * s}px) scale(${s})`;
    if (large) {
      overlay.style.width = svg.style.width;
      overlay.style.height = svg.style.height;
      overlay.style.transform = svg.style.transform;
    }
    svg.classList.toggle("is-far", s < TEXT_MIN_SCALE);
    pane.dataset.view = `${view.x} ${view.y} ${view.w} ${view.h}`;
    cull();
  }

  // ---- a big map's selection: drawn over the drawing, which it does not restyle -------------
  //
  // Marking nodes and edges in a drawing of thousands makes the browser restyle, lay out and paint
  // much of it again (0.5-1 s a click at 10,000 nodes); on a layer of its own, the selected node's
  // border, its neighbours' and its edges are a few elements, drawn at once. (The drawing's elements
  // still get their classes and aria-pressed, which no rule draws on a big map.)

  const overlay = document.createElementNS(SVG_NS, "svg");
  overlay.setAttribute("class", "selection-layer");
  overlay.setAttribute("aria-hidden", "true");

  function placeOverlay() {
    if (!large) {
      overlay.remove();
      return;
    }
    overlay.setAttribute("viewBox", `${full.x} ${full.y} ${full.w} ${full.h}`);
    overlay.replaceChildren();
    svg.after(overlay);
  }

  function drawSelection(id, edges, neighbours) {
    if (!large) return;
    const layer = document.createElementNS(SVG_NS, "g");
    layer.setAttribute("transform", `translate(${mapOffset.x} ${mapOffset.y})`);
    for (const edge of edges) {
      for (const path of edge.querySelectorAll("path")) {
        // solid: dashing a few hundred long heavy lines doubled the time a click took on a node with many
        // edges; their colour and arrowhead still say their kind, and the details list says it in words
        const heavier = path.cloneNode(false);
        heavier.setAttribute("stroke-width", "4");
        heavier.removeAttribute("stroke-dasharray");
        layer.append(heavier);
      }
    }
    const outline = (element, width, stroke) => {
      const border = element?.querySelector(".shape")?.cloneNode(false);
      if (!border) return;
      border.removeAttribute("class");
      border.setAttribute("fill", "none");
      border.setAttribute("stroke-width", String(width));
      border.removeAttribute("stroke-dasharray");
      if (stroke) border.setAttribute("stroke", stroke);
      layer.append(border);
    };
    for (const other of neighbours) outline(nodeElements.get(other), 3);
    if (id) outline(nodeElements.get(id), 4, getComputedStyle(document.body).getPropertyValue("--ink").trim() || "#1a1a1a");
    overlay.replaceChildren(...(id ? [layer] : []));
  }

  // ---- culling: a big map keeps in its drawing only what is near the view ---------------
  //
  // Painting, hit-testing and restyling cost as much as the elements drawn; on a map of thousands of
  // nodes, those more than a view's width or height away from it are taken out of the drawing
  // (display: none) and put back as the view comes near. The region kept is worked out again only
  // when the view leaves it, or has zoomed well into it.

  let extents = []; // for each node and edge: { element, x0, y0, x1, y1, culled }
  let kept = null; // the region the culling was worked out for

  function measureExtents() {
    kept = null;
    extents = [];
    if (!large) return;
    // (fold badges are few, and Tab reaches them as it does any control: they stay)
    for (const element of svg.querySelectorAll("g.node, g.edge")) {
      const b = boxOf(element);
      extents.push({ element, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, culled: false });
    }
  }

  function cull() {
    if (!large) return;
    const inside = kept && view.x >= kept.x && view.y >= kept.y && view.x + view.w <= kept.x + kept.w &&
      view.y + view.h <= kept.y + kept.h;
    if (inside && 4 * view.w > kept.w) return;
    kept = { x: view.x - view.w, y: view.y - view.h, w: 3 * view.w, h: 3 * view.h };
    // the node with the focus and the one selected stay drawn wherever the view goes: a node taken out of
    // the drawing would lose the focus (and the keys that act on the map with it)
    const stay = new Set([document.activeElement?.closest?.("g.node"), nodeElements.get(selected)]);
    for (const item of extents) {
      const out = !stay.has(item.element) &&
        (item.x1 < kept.x || item.x0 > kept.x + kept.w || item.y1 < kept.y || item.y0 > kept.y + kept.h);
      if (out !== item.culled) {
        item.culled = out;
        item.element.classList.toggle("is-culled", out);
      }
    }
  }

  // Draw a long route as one path per run and bend, its dashes continued from one to the next. Painting a
  // small part of a map replays every path that crosses it, and a dashed path is dashed over its whole
  // length each time: a route across a big map made every repaint near it slow (0.5-1.5 s a click at
  // 2,000 nodes). A straight dashed run is dashed only where it is painted.
  const LONG_ROUTE = 1500; // SVG units around its bounding box: longer routes are split

  function splitLongRoute(edge) {
    const path = edge.querySelector("path");
    const box = boxOf(edge);
    if (!path || box.width + box.height < LONG_ROUTE) return;
    const parts = path.getAttribute("d").match(/[MLQC][^MLQC]*/g);
    let at = parts[0].slice(1).trim().split(/\s+/).map(Number);
    let along = 0;
    const pieces = [];
    for (const part of parts.slice(1)) {
      const numbers = part.slice(1).trim().split(/\s+/).map(Number);
      const end = numbers.slice(-2);
      const piece = path.cloneNode(false);
      piece.setAttribute("d", `M${at[0]} ${at[1]}${part}`);
      piece.removeAttribute("marker-end");
      if (along) piece.setAttribute("stroke-dashoffset", String(along)); // the pattern goes on where it was
      pieces.push(piece);
      along += Math.hypot(end[0] - at[0], end[1] - at[1]); // a bend's curve counts as its chord
      at = end;
    }
    pieces[pieces.length - 1].setAttribute("marker-end", path.getAttribute("marker-end"));
    path.replaceWith(...pieces);
  }

  // Focus a node, bringing it into view (and so into the drawing) first.
  function focusNode(id) {
    reveal(id);
    nodeElements.get(id)?.focus({ preventScroll: true });
  }

  // ---- overview: the whole drawing in small, with the part in view, when not all is in view ----

  const minimap = document.getElementById("minimap");
  const MINIMAP_SIZE = 180; // px, the longer side
  let minimapView = null;

  function placeRect(rect, x, y, width, height) {
    for (const [name, value] of [["x", x], ["y", y], ["width", width], ["height", height]]) {
      rect.setAttribute(name, String(value));
    }
  }

  // Draw the overview of the drawing now in the pane: a rectangle per box, in its kind's colour.
  function buildMinimap() {
    const small = document.createElementNS(SVG_NS, "svg");
    small.setAttribute("viewBox", `${drawn.x} ${drawn.y} ${drawn.w} ${drawn.h}`);
    const ratio = drawn.w / drawn.h;
    small.setAttribute("width", String(Math.round(ratio >= 1 ? MINIMAP_SIZE : MINIMAP_SIZE * ratio)));
    small.setAttribute("height", String(Math.round(ratio >= 1 ? MINIMAP_SIZE / ratio : MINIMAP_SIZE)));
    for (const element of nodeElements.values()) {
      const b = boxOf(element);
      const rect = document.createElementNS(SVG_NS, "rect");
      placeRect(rect, b.x, b.y, b.width, b.height);
      rect.setAttribute("class", `kind-${element.dataset.kind}`);
      small.append(rect);
    }
    minimapView = document.createElementNS(SVG_NS, "rect");
    minimapView.setAttribute("class", "minimap-view");
    small.append(minimapView);
    minimap.replaceChildren(small);
    updateMinimap();
  }

  function updateMinimap() {
    if (!minimapView) return;
    minimap.hidden = view.x <= drawn.x && view.y <= drawn.y && view.x + view.w >= drawn.x + drawn.w &&
      view.y + view.h >= drawn.y + drawn.h; // everything is in view
    placeRect(minimapView, view.x, view.y, view.w, view.h);
  }

  // A press or a drag on the overview moves the view there.
  function minimapMove(event) {
    const small = minimap.querySelector("svg");
    const point = small.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const at = point.matrixTransform(small.getScreenCTM().inverse());
    setView(at.x, at.y, scale());
  }
  minimap.addEventListener("pointerdown", (event) => {
    event.stopPropagation();
    minimap.setPointerCapture(event.pointerId);
    minimapMove(event);
  });
  minimap.addEventListener("pointermove", (event) => {
    if (minimap.hasPointerCapture(event.pointerId)) minimapMove(event);
  });

  // Fit shows the drawing whole, in the part of the pane the pinned legend leaves free (the SVG's
  // own legend, hidden in the pane, is left out).
  function fit() {
    const size = paneSize();
    const margin = 0.98;
    const keyBox = document.getElementById("map-key")?.getBoundingClientRect();
    const paneBox = pane.getBoundingClientRect();
    const keyRoom = keyBox && keyBox.height ? Math.max(0, paneBox.bottom - keyBox.top) : 0;
    const free = Math.max(size.h - keyRoom, size.h / 2);
    const s = margin * Math.min(size.w / drawn.w, free / drawn.h);
    setView(drawn.x + drawn.w / 2, drawn.y + drawn.h / 2 + keyRoom / 2 / s, s);
  }

  // Wide maps fitted whole are too small to read: start at a readable scale instead, on the
  // central claim, kept inside the map's bounds. "Fit" still shows everything.
  const READABLE_SCALE = 0.8;

  function initialView() {
    const size = paneSize();
    if (0.96 * Math.min(size.w / full.w, size.h / full.h) >= READABLE_SCALE) {
      fit();
      return;
    }
    const central = data.nodes.find((node) => node.kind === "central_claim");
    const element = central && nodeElements.get(central.id);
    const box = element && boxOf(element);
    centreOn(box ? box.x + box.width / 2 : full.x + full.w / 2, box ? box.y + box.height / 2 : full.y, READABLE_SCALE);
  }

  // Centre the view on a point, as far as the map's bounds allow (no empty margins for nothing).
  function centreOn(x, y, pxPerUnit) {
    const size = paneSize();
    const s = clampScale(pxPerUnit);
    const within = (value, start, length, span) =>
      span >= length ? start + length / 2 : Math.min(Math.max(value, start + span / 2), start + length - span / 2);
    setView(within(x, full.x, full.w, size.w / s), within(y, full.y, full.h, size.h / s), s);
  }

  function zoomBy(factor, clientX, clientY) {
    const rect = pane.getBoundingClientRect();
    const px = clientX ?? rect.left + rect.width / 2;
    const py = clientY ?? rect.top + rect.height / 2;
    const s = scale();
    // Keep the point under the pointer where it is.
    const ux = view.x + (px - rect.left) / s;
    const uy = view.y + (py - rect.top) / s;
    const next = clampScale(s * factor);
    const cx = ux - (px - rect.left) / next + rect.width / (2 * next);
    const cy = uy - (py - rect.top) / next + rect.height / (2 * next);
    setView(cx, cy, next);
  }

  function centre() {
    return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  }

  function isInView(box) {
    return box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.w && box.y + box.height <= view.y + view.h;
  }

  function union(boxes) {
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    return { x, y, width: right - x, height: bottom - y };
  }

  // Bring a node into view when it is not: with its neighbours if they fit at a legible
  // scale, else the node alone, centred. A view that already shows them all stays put.
  const LEGIBLE_SCALE = 0.45;

  function reveal(id, neighbours = []) {
    const element = nodeElements.get(id);
    if (!element) return;
    const own = boxOf(element);
    const others = neighbours.map((n) => nodeElements.get(n)).filter(Boolean);
    const group = union([own, ...others.map(boxOf)]);
    if (isInView(group)) return;
    const size = paneSize();
    const pad = 40;
    const fitting = Math.min(size.w / (group.width + 2 * pad), size.h / (group.height + 2 * pad));
    if (fitting >= LEGIBLE_SCALE) {
      centreOn(group.x + group.width / 2, group.y + group.height / 2, Math.min(fitting, Math.max(scale(), READABLE_SCALE)));
    } else if (!isInView(own)) {
      centreOn(own.x + own.width / 2, own.y + own.height / 2, Math.max(scale(), READABLE_SCALE));
    }
  }

  // ---- pointer: drag to pan, click to select -----------------------------------------

  let drag = null;
  let suppressClick = false;
  // Touch: one finger drags, two pinch (zoom about the point between them).
  const fingers = new Map();
  let pinch = null;

  function spread() {
    const [a, b] = [...fingers.values()];
    return { distance: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }

  pane.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    if (event.pointerType === "touch") {
      fingers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (fingers.size === 2) {
        drag = null;
        pinch = { distance: spread().distance || 1, scale: scale() };
        return;
      }
    }
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY, view: { ...view }, moved: false };
  });

  pane.addEventListener("pointermove", (event) => {
    if (fingers.has(event.pointerId)) fingers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pinch && fingers.size === 2) {
      const now = spread();
      suppressClick = true;
      zoomBy((pinch.scale * now.distance) / pinch.distance / scale(), now.x, now.y);
      return;
    }
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      pane.setPointerCapture(event.pointerId);
      pane.classList.add("is-panning");
    }
    const s = scale();
    setView(drag.view.x + drag.view.w / 2 - dx / s, drag.view.y + drag.view.h / 2 - dy / s, s);
  });

  function endDrag(event) {
    fingers.delete(event.pointerId);
    if (fingers.size < 2) pinch = null;
    if (!drag || event.pointerId !== drag.id) return;
    suppressClick = drag.moved;
    drag = null;
    pane.classList.remove("is-panning");
  }
  pane.addEventListener("pointerup", endDrag);
  pane.addEventListener("pointercancel", endDrag);

  pane.addEventListener("click", (event) => {
    if (suppressClick) {
      suppressClick = false;
      return;
    }
    const badge = event.target.closest("g.hidden-badge");
    if (badge) {
      unfold(badge.dataset.id);
      return;
    }
    const element = event.target.closest("g.node");
    if (element) select(element.dataset.id);
    else if (!event.target.closest(".legend")) select(null);
  });

  pane.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1;
      zoomBy(Math.exp(-event.deltaY * lines * 0.0015), event.clientX, event.clientY);
    },
    { passive: false },
  );

  document.querySelector(".toolbar").addEventListener("click", (event) => {
    const action = event.target.closest("[data-action]")?.dataset.action;
    if (action === "zoom-in") zoomBy(1.25);
    else if (action === "zoom-out") zoomBy(1 / 1.25);
    else if (action === "fit") fit();
    else if (action === "whole") showPart(wholePart());
    else if (action === "outline") setOutline(outline.hidden);
  });

  new ResizeObserver(() => {
    const c = centre();
    setView(c.x, c.y, paneSize().w / view.w || 1);
  }).observe(pane);

  // ---- legend: the SVG's own legend, also pinned to the pane so it shows at any pan ----

  function pinLegend() {
    const legend = svg.querySelector(".legend");
    if (!legend) return;
    const box = legend.getBBox();
    const key = document.createElementNS(SVG_NS, "svg");
    const pad = 6;
    key.setAttribute("viewBox", `${box.x - pad} ${box.y - pad} ${box.width + 2 * pad} ${box.height + 2 * pad}`);
    key.setAttribute("width", String(box.width + 2 * pad));
    key.setAttribute("height", String(box.height + 2 * pad));
    for (const attribute of ["font-family", "font-size"]) {
      if (svg.hasAttribute(attribute)) key.setAttribute(attribute, svg.getAttribute(attribute));
    }
    const copy = legend.cloneNode(true);
    copy.removeAttribute("transform");
    key.append(copy);
    document.getElementById("map-key").append(key);
    document.getElementById("map-key").classList.add("has-legend");
  }

  // ---- keyboard ---------------------------------------------------------------------

  // Take in the drawing in the pane: its nodes become controls (the exported file is one image,
  // role="img"), its size the bounds of the view.
  function bindDrawing() {
    full = readViewBox();
    const mapMove = svg.querySelector("g.map")?.transform.baseVal.consolidate()?.matrix;
    mapOffset = { x: mapMove ? mapMove.e : 0, y: mapMove ? mapMove.f : 0 };
    drawn = { x: full.x, y: full.y + mapOffset.y, w: full.w, h: full.h - mapOffset.y };
    boxes.clear();
    nodeElements.clear();
    for (const element of svg.querySelectorAll("g.node")) nodeElements.set(element.dataset.id, element);
    edgesAt.clear();
    for (const edge of svg.querySelectorAll("g.edge")) {
      for (const end of new Set([edge.dataset.source, edge.dataset.target])) {
        if (!edgesAt.has(end)) edgesAt.set(end, []);
        edgesAt.get(end).push(edge);
      }
    }
    large = nodeElements.size > LARGE_MAP;
    svg.classList.toggle("is-large", large);
    marked = [];
    // Everything is measured before anything changes: a measure after a change lays the drawing out again
    // (on 10,000 nodes, measuring each route just before splitting it took 8 s).
    measureExtents();
    if (large) {
      for (const edge of svg.querySelectorAll("g.edge")) splitLongRoute(edge);
    }
    placeOverlay();
    svg.setAttribute("role", "group");
    for (const [id, element] of nodeElements) {
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.setAttribute("aria-pressed", "false");
      element.setAttribute("aria-label", shownName(element));
      // Keyboard focus brings the node into view; a click's focus must not move it from under the pointer.
      element.addEventListener("focus", () => {
        if (!drag) reveal(id);
      });
    }
    for (const badge of svg.querySelectorAll("g.hidden-badge")) {
      badge.setAttribute("role", "button");
      badge.setAttribute("tabindex", "0");
      badge.setAttribute("aria-label", badge.querySelector("title")?.textContent ?? "Show more");
    }
    buildMinimap();
  }

  // A node's name is what it shows (the kind's tag and the label's lines), so speech input can say it.
  function shownName(element) {
    return [...element.querySelectorAll("text.tag, text.label tspan")].map((t) => t.textContent).join(" ");
  }

  const ARROWS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

  function centreOf(element) {
    const box = boxOf(element);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  // The nearest node ahead in direction (dx, dy): distance along it, plus twice the sideways offset.
  function neighbourInDirection(fromId, [dx, dy]) {
    const from = centreOf(nodeElements.get(fromId));
    let best = null;
    let bestScore = Infinity;
    for (const [id, element] of nodeElements) {
      if (id === fromId) continue;
      const c = centreOf(element);
      const along = (c.x - from.x) * dx + (c.y - from.y) * dy;
      if (along <= 1) continue;
      const across = Math.abs((c.x - from.x) * dy - (c.y - from.y) * dx);
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = id;
      }
    }
    return best;
  }

  pane.addEventListener("keydown", (event) => {
    const badge = event.target.closest?.("g.hidden-badge");
    if (badge && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      unfold(badge.dataset.id);
      return;
    }
    const element = event.target.closest?.("g.node");
    if (!element) return;
    if (event.key === "c" || event.key === "f") {
      event.preventDefault();
      if (event.key === "c") toggleFold(element.dataset.id);
      else toggleFocus(element.dataset.id);
      return;
    }
    if (event.key in ARROWS) {
      event.preventDefault();
      const next = neighbourInDirection(element.dataset.id, ARROWS[event.key]);
      if (next) focusNode(next);
    } else if (event.key === "Tab" && large) {
      // Culled nodes cannot take the focus: Tab goes to the next node in the drawing's order itself.
      const ids = [...nodeElements.keys()];
      const next = ids[ids.indexOf(element.dataset.id) + (event.shiftKey ? -1 : 1)];
      if (next === undefined) return; // past the first or the last node: out of the map, as usual
      event.preventDefault();
      focusNode(next);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(element.dataset.id);
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      select(null);
      return;
    }
    if (!pane.contains(document.activeElement) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "+" || event.key === "=") zoomBy(1.25);
    else if (event.key === "-") zoomBy(1 / 1.25);
    else if (event.key === "0") fit();
  });

  // ---- parts of a big map: branches folded away, or one node in focus ------------------
  //
  // The server draws the part (GET /maps/{id}.svg?collapsed=…&focus=…, laid out anew); the
  // map's tree (each node's parent) comes with the page, so the script knows what each branch holds.

  const parentOf = data.parents;
  const childrenOf = new Map();
  for (const node of data.nodes) { // in the map's order: the text's, the central claim first
    const parent = parentOf[node.id] ?? null;
    if (parent === null) continue;
    if (!childrenOf.has(parent)) childrenOf.set(parent, []);
    childrenOf.get(parent).push(node.id);
  }
  let part = { collapsed: new Set(data.view.collapsed), focus: data.view.focus };

  function wholePart() {
    return { collapsed: new Set(), focus: null };
  }

  function isWhole(p) {
    return !p.collapsed.size && p.focus === null;
  }

  function partQuery(p) {
    const query = new URLSearchParams();
    for (const id of [...p.collapsed].sort()) query.append("collapsed", id);
    if (p.focus !== null) query.set("focus", p.focus);
    return query.toString();
  }

  function countBelow(id) {
    let count = 0;
    const stack = [...(childrenOf.get(id) ?? [])];
    while (stack.length) {
      count += 1;
      stack.push(...(childrenOf.get(stack.pop()) ?? []));
    }
    return count;
  }

  // The part that shows node ``id``: its branch unfolded, or in focus mode, the focus on it.
  function partShowing(id) {
    if (part.focus !== null) return { collapsed: new Set(), focus: id };
    const collapsed = new Set(part.collapsed);
    for (let p = parentOf[id]; p !== null && p !== undefined; p = parentOf[p]) collapsed.delete(p);
    return { collapsed, focus: null };
  }

  function toggleFold(id) {
    showPart((current) => {
      const collapsed = new Set(current.focus === null ? current.collapsed : []);
      if (collapsed.has(id)) collapsed.delete(id);
      else if (childrenOf.has(id)) collapsed.add(id);
      return { collapsed, focus: null };
    }, id);
  }

  function unfold(id) {
    showPart((current) => {
      if (current.focus !== null) return { collapsed: new Set(), focus: id };
      const collapsed = new Set(current.collapsed);
      collapsed.delete(id);
      return { collapsed, focus: null };
    }, id);
  }

  function toggleFocus(id) {
    showPart((current) => (current.focus === id ? wholePart() : { collapsed: new Set(), focus: id }), id);
  }

  let drawing = Promise.resolve();

  // Draw part ``change(part)`` of the map in place of the one in the pane (changes wait for the one
  // before to be drawn), then centre node ``anchor`` if given.
  function showPart(change, anchor = null) {
    drawing = drawing.then(async () => {
      const next = typeof change === "function" ? change(part) : change;
      if (partQuery(next) === partQuery(part) && svg.isConnected) return;
      const response = await fetch(`/maps/${encodeURIComponent(data.id)}.svg?${partQuery(next)}`);
      if (!response.ok) return;
      const parsed = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
      const fresh = document.importNode(parsed.documentElement, true);
      const scaleBefore = scale();
      // the node that has the focus keeps it in the new drawing (else the node acted on takes it)
      const focused = document.activeElement?.closest?.("#map-pane g.node")?.dataset.id;
      part = next;
      svg.replaceWith(fresh);
      svg = fresh;
      bindDrawing();
      drawStandBadges();
      setStand(standOn);
      const element = anchor && nodeElements.get(anchor);
      if (element) {
        const box = boxOf(element);
        centreOn(box.x + box.width / 2, box.y + box.height / 2, scaleBefore);
      } else {
        initialView();
      }
      updatePartControls();
      selected = null;
      show(hashNode());
      const keep = (focused && nodeElements.get(focused)) || element;
      if (keep && !pane.contains(document.activeElement)) keep.focus({ preventScroll: true });
    });
    return drawing;
  }

  function updatePartControls() {
    const whole = isWhole(part);
    document.querySelector('[data-action="whole"]').hidden = whole;
    for (const link of document.querySelectorAll("a[data-part-format]")) {
      link.closest("li").hidden = whole;
      link.href = `/maps/${encodeURIComponent(data.id)}.${link.dataset.partFormat}?${partQuery(part)}`;
    }
    const node = selected && nodes.get(selected);
    const fold = document.getElementById("part-fold");
    const focus = document.getElementById("part-focus");
    if (!node) return;
    const below = countBelow(node.id);
    fold.hidden = below === 0;
    fold.textContent = part.focus === null && part.collapsed.has(node.id) ? `Unfold branch (${below})` : `Fold branch (${below})`;
    focus.textContent = part.focus === node.id ? "Whole map" : "Focus on it";
  }

  document.getElementById("part-fold").addEventListener("click", () => selected && toggleFold(selected));
  document.getElementById("part-focus").addEventListener("click", () => selected && toggleFocus(selected));

  // ---- selection ---------------------------------------------------------------------

  let selected = null;
  let marked = []; // the nodes and edges the selection marked

  function hashNode() {
    const id = new URLSearchParams(location.hash.slice(1)).get("node");
    return nodes.has(id) ? id : null;
  }

  // Select a node (or none): change the URL, then draw what it says.
  function select(id) {
    if (id === hashNode() && id === selected) return;
    if (id) location.hash = `node=${encodeURIComponent(id)}`;
    else if (location.hash) history.pushState(null, "", location.pathname + location.search);
    show(hashNode());
  }

  function show(id) {
    if (id === selected) return;
    if (id && !nodeElements.has(id) && partQuery(partShowing(id)) !== partQuery(part)) {
      showPart(() => partShowing(id), id); // draws the part that shows it, then shows it
      return;
    }
    selected = id;
    // The editor (editor.js) fills its form for the node shown; it listens for this.
    queueMicrotask(() => document.dispatchEvent(new CustomEvent("argmap:show", { detail: { id } })));
    // (a big map is not dimmed: a class on its root would restyle every node)
    if (!large) svg.classList.toggle("has-selection", Boolean(id));
    // Only what the last selection marked is unmarked: a selection costs the same on a map of any size.
    for (const element of marked) {
      element.classList.remove("is-selected", "is-neighbour", "is-active");
      if (element.classList.contains("node")) element.setAttribute("aria-pressed", "false");
    }
    marked = [];
    for (const mark of document.querySelectorAll("#source-text mark.active")) mark.classList.remove("active");
    if (!id) {
      drawSelection(null, [], []);
      markOutline(null);
      showDetails(null);
      return;
    }
    const element = nodeElements.get(id);
    if (element) {
      element.classList.add("is-selected");
      element.setAttribute("aria-pressed", "true");
      marked.push(element);
    }
    const neighbours = [];
    for (const edge of edgesAt.get(id) ?? []) {
      const { source, target } = edge.dataset;
      const other = source === id ? target : source;
      edge.classList.add("is-active");
      neighbours.push(other);
      const neighbour = nodeElements.get(other);
      neighbour?.classList.add("is-neighbour");
      marked.push(edge, ...(neighbour ? [neighbour] : []));
    }
    drawSelection(id, edgesAt.get(id) ?? [], neighbours);
    markOutline(id, true);
    // The details first: their height decides where the text pane begins.
    showDetails(nodes.get(id));
    const marks = marksByNode.get(id) ?? [];
    for (const mark of marks) mark.classList.add("active");
    if (marks.length) scrollTextTo(marks[0]);
    // A small map's view takes in the node's neighbours too; a big map's only moves to bring the node itself
    // into sight (its neighbours may be far: moving there would draw the whole view again on every click).
    reveal(id, large ? [] : neighbours);
  }

  // Scroll the text pane (only it, not the page) so the mark sits in its upper third.
  function scrollTextTo(mark) {
    const markTop = mark.getBoundingClientRect().top;
    const paneTop = textPane.getBoundingClientRect().top;
    const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
    textPane.scrollTo({
      top: textPane.scrollTop + markTop - paneTop - textPane.clientHeight / 3,
      behavior: smooth ? "smooth" : "auto",
    });
  }

  // A kind's name as a chip in its colour: ``chip`` filled in, or a new one.
  function kindChip(kind, chip = document.createElement("span")) {
    chip.className = `kind-chip kind-${kind}`;
    chip.textContent = KIND_NAMES[kind] ?? kind;
    return chip;
  }

  function showDetails(node) {
    document.getElementById("details-hint").hidden = Boolean(node);
    document.getElementById("details-body").hidden = !node;
    if (!node) return;
    kindChip(node.kind, document.getElementById("details-kind"));
    document.getElementById("details-confidence").textContent = `confidence ${Math.round(node.confidence * 100)}%`;
    document.getElementById("details-label").textContent = node.label;
    document.getElementById("details-text").textContent = node.text;
    document.getElementById("details-cue").textContent = node.cue;
    showStandDetails(node);
    updatePartControls();

    const relations = document.getElementById("details-relations");
    relations.replaceChildren();
    for (const [heading, direction, kind] of RELATIONS) {
      const edges = data.edges.filter(
        (edge) => edge.kind === kind && (direction === "out" ? edge.source : edge.target) === node.id,
      );
      if (!edges.length) continue;
      const list = document.createElement("ul");
      for (const edge of edges) {
        const other = nodes.get(direction === "out" ? edge.target : edge.source);
        if (!other) continue;
        const link = document.createElement("a");
        link.href = `#node=${encodeURIComponent(other.id)}`;
        link.dataset.node = other.id;
        link.textContent = other.label;
        link.title = edge.cue;
        const item = document.createElement("li");
        item.append(link);
        list.append(item);
      }
      const term = document.createElement("dt");
      term.textContent = heading;
      const description = document.createElement("dd");
      description.append(list);
      relations.append(term, description);
    }
  }

  // A highlighted passage selects its innermost node (listed first), by click or from the keyboard.
  const sourceText = document.getElementById("source-text");
  for (const mark of sourceText.querySelectorAll("mark.span")) mark.setAttribute("tabindex", "0");
  sourceText.addEventListener("click", (event) => {
    const mark = event.target.closest("mark.span");
    if (!mark || !getSelection().isCollapsed) return;
    select(mark.dataset.nodes.split(" ")[0]);
  });
  sourceText.addEventListener("keydown", (event) => {
    const mark = event.target.closest?.("mark.span");
    if (!mark || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    select(mark.dataset.nodes.split(" ")[0]);
  });

  // A link to a node (a relation, an outline item) selects it here, unless the reader asks for a new tab.
  function followNodeLink(event) {
    const link = event.target.closest("a[data-node]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return null;
    event.preventDefault();
    select(link.dataset.node);
    return link.dataset.node;
  }

  // Following a relation selects the node reached and puts the focus on it.
  document.getElementById("details-relations").addEventListener("click", (event) => {
    const id = followNodeLink(event);
    if (id) focusNode(id);
  });

  // The Download menu closes on Escape (the focus back on its button) and on a click outside it.
  const downloadMenu = document.getElementById("download-menu");
  document.addEventListener("click", (event) => {
    if (downloadMenu?.open && !downloadMenu.contains(event.target)) downloadMenu.open = false;
  });
  downloadMenu?.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !downloadMenu.open) return;
    event.stopPropagation(); // the menu closes; the selection stays
    downloadMenu.open = false;
    downloadMenu.querySelector("summary").focus();
  });

  // ---- outline: the map's tree as an indented list, in step with the selection ---------

  const outline = document.getElementById("outline");
  const outlineToggle = document.getElementById("outline-toggle");
  const outlineItems = new Map();

  function buildOutline() {
    const roots = data.nodes.filter((node) => (parentOf[node.id] ?? null) === null);
    const list = (ids) => {
      const ul = document.createElement("ul");
      for (const id of ids) {
        const node = nodes.get(id);
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = `#node=${encodeURIComponent(id)}`;
        link.dataset.node = id;
        link.append(kindChip(node.kind), " ", node.label);
        item.append(link);
        outlineItems.set(id, link);
        const children = childrenOf.get(id);
        if (children) item.append(list(children));
        ul.append(item);
      }
      return ul;
    };
    outline.replaceChildren(list(roots.map((node) => node.id)));
  }

  function setOutline(on) {
    if (on && !outlineItems.size) buildOutline();
    outline.hidden = !on;
    outlineToggle.setAttribute("aria-pressed", String(on));
    if (on) markOutline(selected, true);
  }

  function markOutline(id, scroll = false) {
    for (const link of outline.querySelectorAll("a[aria-current]")) link.removeAttribute("aria-current");
    const link = id && outlineItems.get(id);
    if (!link) return;
    link.setAttribute("aria-current", "true");
    if (scroll && !outline.hidden) link.scrollIntoView({ block: "nearest" });
  }

  outline.addEventListener("click", followNodeLink);

  // ---- search: labels and texts, from the keyboard ("/" to start) ---------------------

  const search = document.getElementById("map-search");
  const results = document.getElementById("search-results");
  let found = [];
  let active = -1;

  function findNodes(query) {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    return data.nodes.filter((node) => {
      const haystack = `${node.label} ${node.text}`.toLocaleLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }

  function showResults() {
    found = findNodes(search.value).slice(0, 30);
    active = found.length ? 0 : -1;
    results.replaceChildren();
    for (const [index, node] of found.entries()) {
      const option = document.createElement("li");
      option.id = `search-result-${index}`;
      option.setAttribute("role", "option");
      option.dataset.node = node.id;
      option.append(kindChip(node.kind), " ", node.label);
      results.append(option);
    }
    if (search.value.trim() && !found.length) {
      const none = document.createElement("li");
      none.className = "search-none";
      none.textContent = "No node says that.";
      results.append(none);
    }
    results.hidden = !search.value.trim();
    search.setAttribute("aria-expanded", String(!results.hidden));
    markActive();
    for (const element of nodeElements.values()) element.classList.remove("is-match");
    for (const node of found) nodeElements.get(node.id)?.classList.add("is-match");
  }

  function markActive() {
    for (const [index, option] of [...results.querySelectorAll("[role=option]")].entries()) {
      option.setAttribute("aria-selected", String(index === active));
      if (index === active) option.scrollIntoView({ block: "nearest" });
    }
    if (active >= 0) search.setAttribute("aria-activedescendant", `search-result-${active}`);
    else search.removeAttribute("aria-activedescendant");
  }

  function closeSearch() {
    results.hidden = true;
    search.setAttribute("aria-expanded", "false");
    for (const element of nodeElements.values()) element.classList.remove("is-match");
  }

  function choose(id) {
    closeSearch();
    select(id);
    drawing.then(() => focusNode(id));
  }

  search.addEventListener("input", showResults);
  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!found.length) return;
      active = (active + (event.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      markActive();
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(found[active].id);
    } else if (event.key === "Escape") {
      event.stopPropagation(); // the search closes; the selection stays
      if (!results.hidden) closeSearch();
      else search.blur();
    }
  });
  results.addEventListener("click", (event) => {
    const option = event.target.closest("[role=option]");
    if (option) choose(option.dataset.node);
  });
  search.addEventListener("blur", () => setTimeout(() => {
    if (!results.contains(document.activeElement)) closeSearch();
  }, 150));

  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest?.("input, textarea, select, [contenteditable]");
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "/") {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === "o") {
      setOutline(outline.hidden);
    }
  });

  // ---- which claims stand: the server's grounded labelling, shown on demand -----------
  //
  // Each node gets its status as a class (stand-in, stand-out, stand-undecided) and a badge
  // with the word, drawn in a layer of its own above the nodes; the CSS shows them only while
  // the map has .show-stand, so the words, not colour alone, tell the statuses apart.

  const stand = JSON.parse(document.getElementById("stand-data").textContent);
  const standToggle = document.getElementById("stand-toggle");
  const STAND_KEY = "argmap:stand"; // kept for the session, so an edit's reload keeps the view
  let standOn = false;

  function drawStandBadges() {
    const layer = document.createElementNS(SVG_NS, "g");
    layer.setAttribute("class", "stand-badges");
    layer.setAttribute("aria-hidden", "true");
    for (const [id, element] of nodeElements) {
      const verdict = stand[id];
      if (!verdict) continue;
      element.classList.add(`stand-${verdict.status}`);
      const box = element.getBBox();
      const badge = document.createElementNS(SVG_NS, "g");
      badge.setAttribute("class", `stand-badge stand-${verdict.status}`);
      badge.dataset.id = id;
      const width = 12 + 7 * verdict.status.length;
      const rect = document.createElementNS(SVG_NS, "rect");
      for (const [name, value] of [["x", box.x + box.width - width - 6], ["y", box.y - 9], ["width", width],
        ["height", 18], ["rx", 9]]) rect.setAttribute(name, String(value));
      const text = document.createElementNS(SVG_NS, "text");
      text.setAttribute("x", String(box.x + box.width - 6 - width / 2));
      text.setAttribute("y", String(box.y + 4));
      text.setAttribute("text-anchor", "middle");
      text.setAttribute("font-size", "11");
      text.textContent = verdict.status;
      badge.append(rect, text);
      layer.append(badge);
    }
    svg.querySelector("g.nodes")?.after(layer);
  }

  function setStand(on) {
    standOn = on;
    svg.classList.toggle("show-stand", on);
    standToggle.setAttribute("aria-pressed", String(on));
    document.getElementById("stand-key").hidden = !on;
    for (const [id, element] of nodeElements) {
      const base = shownName(element);
      element.setAttribute("aria-label", on && stand[id] ? `${base} (${stand[id].status})` : base);
    }
    try {
      if (on) sessionStorage.setItem(STAND_KEY, "1");
      else sessionStorage.removeItem(STAND_KEY);
    } catch {
      // storage may be off: the toggle still works for this page
    }
    showStandDetails(selected ? nodes.get(selected) : null);
  }

  function showStandDetails(node) {
    const line = document.getElementById("details-stand");
    const verdict = node && stand[node.id];
    line.hidden = !(verdict && svg.classList.contains("show-stand"));
    if (line.hidden) return;
    const chip = document.getElementById("details-stand-chip");
    chip.textContent = verdict.status;
    chip.className = `stand-chip stand-${verdict.status}`;
    // "out: attacked by …": the chip says the status, the sentence why.
    document.getElementById("details-stand-reason").textContent = verdict.reason.replace(/^[a-z]+: /, "");
  }

  standToggle.addEventListener("click", () => setStand(!svg.classList.contains("show-stand")));

  window.addEventListener("hashchange", () => show(hashNode()));
  window.addEventListener("popstate", () => show(hashNode()));

  bindDrawing();
  pinLegend();
  drawStandBadges();
  try {
    standOn = sessionStorage.getItem(STAND_KEY) === "1";
  } catch {
    // no storage: start with the toggle off
  }
  setStand(standOn);
  updatePartControls();
  initialView();
  show(hashNode());
  document.documentElement.dataset.viewerReady = "true";
})();
