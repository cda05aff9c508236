/* geonews map runtime: popups, layers, grouped layer control, time slider.
 *
 * Report text arrives as plain JSON strings and is escaped here, once, by GeoNews.esc before it
 * touches innerHTML; nothing from a report is ever inserted as markup.
 * Times are whole days since 1970-01-01 (t0 first day, t1 last day; t1 null = still holds).
 */
(function (root) {
  "use strict";

  var GN = root.GeoNews = root.GeoNews || {};
  GN.reports = GN.reports || [];
  GN.timed = GN.timed || [];
  GN.range = GN.range || null;

  var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

  /* Text -> HTML text. Everything shown from a report goes through here. */
  GN.esc = function (value) {
    if (value === null || value === undefined) { return ""; }
    return String(value).replace(/[&<>"']/g, function (c) { return ENTITIES[c]; });
  };

  GN.day = function (d) {
    return new Date(d * 864e5).toISOString().slice(0, 10);
  };

  /* Does [t0, t1] meet [lo, hi]? Undated features always show: hiding them would lose them. */
  GN.visible = function (p, lo, hi) {
    if (p.t0 === null || p.t0 === undefined) { return true; }
    var end = (p.t1 === null || p.t1 === undefined) ? Infinity : p.t1;
    return p.t0 <= hi && end >= lo;
  };

  /* Older claims fainter: full strength at the slider's end date, faint at the start of the record. */
  GN.fade = function (p, hi) {
    if (p.t0 === null || p.t0 === undefined || !GN.range) { return 0.35; }
    var span = Math.max(hi - GN.range.min, 1);
    var age = Math.min(Math.max(hi - p.t0, 0), span);
    return 0.12 + 0.43 * (1 - age / span);
  };

  function row(label, value) {
    if (value === null || value === undefined || value === "" || (value.length === 0)) { return ""; }
    return "<tr><th>" + GN.esc(label) + "</th><td>" + GN.esc(value) + "</td></tr>";
  }

  function source(report) {
    var where = report.url || report.source;
    if (!where) { return ""; }
    if (/^https?:\/\//i.test(where)) {  // only web links become links: never javascript: or data:
      return '<a href="' + GN.esc(where) + '" target="_blank" rel="noopener noreferrer">' + GN.esc(where) + "</a>";
    }
    return GN.esc(where);
  }

  /* The citation block: quoted sentence, then the report's title, date and source. */
  GN.cite = function (sentence, report) {
    var html = "";
    if (sentence) { html += '<blockquote class="gn-quote">' + GN.esc(sentence) + "</blockquote>"; }
    if (report) {
      html += '<div class="gn-cite">';
      if (report.title) { html += '<div class="gn-title">' + GN.esc(report.title) + "</div>"; }
      if (report.date) { html += '<span class="gn-date">' + GN.esc(report.date) + "</span> "; }
      html += '<span class="gn-source">' + source(report) + "</span></div>";
    }
    return html;
  };

  GN.eventPopup = function (p, type) {
    var report = GN.reports[p.r] || null;
    return '<div class="gn-popup"><h4>' + GN.esc(p.p || "(unnamed place)") + "</h4><table>" +
      row("Event", type + (p.k ? " \u2013 " + p.k : "")) + row("Date", p.d || "undated") +
      row("Actors", (p.a || []).join(", ")) + row("Count", p.n) + "</table>" + GN.cite(p.s, report) + "</div>";
  };

  GN.placePopup = function (p, roleLabel) {
    var report = GN.reports[p.r] || null;
    return '<div class="gn-popup"><h4>' + GN.esc(p.p) + "</h4><table>" +
      row("Kind", p.k) + row("Country", p.c) + row("Role", roleLabel) + row("As written", (p.w || []).join(", ")) +
      row("Qualifier", p.q) + row("Mentions", p.n) + row("Date", report ? report.date : null) + "</table>" +
      GN.cite(p.s, report) + "</div>";
  };

  GN.claimPopup = function (p) {
    var report = { title: p.title, date: p.report_date, url: p.url, source: p.source };
    return '<div class="gn-popup"><h4>' + GN.esc(p.place) + "</h4><table>" +
      row("Actor", p.actor) + row("Status", p.status + (p.contested ? " (contested)" : "")) +
      row("As of", p.as_of || "undated") + "</table>" + GN.cite(p.sentence, report) + "</div>";
  };

  /* Remember a layer's items so the time slider can filter them without rebuilding anything. */
  GN.register = function (group, items, fade) {
    GN.timed.push({ group: group, items: items, fade: !!fade });
  };

  GN.filter = function (lo, hi) {
    GN.timed.forEach(function (entry) {
      var keep = entry.items.filter(function (l) { return GN.visible(l.feature.properties, lo, hi); });
      entry.group.clearLayers();
      if (typeof entry.group.addLayers === "function") {
        entry.group.addLayers(keep);  // markercluster: one bulk insert
      } else {
        keep.forEach(function (l) { entry.group.addLayer(l); });
      }
    });
    GN.restyle(hi);
  };

  /* Fade claims by age at `hi` without refiltering: cheap enough to run at load. */
  GN.restyle = function (hi) {
    GN.timed.forEach(function (entry) {
      if (!entry.fade) { return; }
      entry.items.forEach(function (l) {
        if (l.setStyle) { l.setStyle({ fillOpacity: GN.fade(l.feature.properties, hi) }); }
      });
    });
  };

  var iconCache = {};

  /* One divIcon per (type, size step): 100k markers share a dozen icon objects. */
  GN.eventIcon = function (opts, count) {
    var step = count > 0 ? Math.min(Math.round(Math.log(count + 1) / Math.LN2), 12) : 0;
    var key = opts.icon + "|" + step;
    if (!iconCache[key]) {
      var size = 22 + 3 * step;
      iconCache[key] = L.divIcon({
        className: "gn-event",
        html: '<div class="gn-event-dot" style="background:' + opts.colour + ";width:" + size + "px;height:" + size +
          "px;line-height:" + size + "px;font-size:" + Math.round(size * 0.55) + 'px"><i class="fa-solid fa-' +
          opts.icon + '"></i></div>',
        iconSize: [size, size],
        iconAnchor: [size / 2, size / 2],
        popupAnchor: [0, -size / 2]
      });
    }
    return iconCache[key];
  };

  /* All event types share one cluster group per map, so an article's battle, bombing and surrender
   * at the same village cluster (and spiderfy) together instead of hiding one another. */
  GN.eventCluster = function (map) {
    if (map._gnCluster) { return map._gnCluster; }
    map._gnCluster = L.markerClusterGroup({
      chunkedLoading: true,
      maxClusterRadius: 45,
      showCoverageOnHover: false,
      iconCreateFunction: function (c) {
        var n = c.getChildCount();
        var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
        var opts = null;
        if (n <= 200) {  // one type only: show its colour and icon; mixed or huge: neutral
          c.getAllChildMarkers().forEach(function (m) {
            opts = (opts === null || opts === m.gnOpts) ? m.gnOpts : false;
          });
        }
        var colour = opts ? opts.colour : "#444444";
        var icon = opts ? '<i class="fa-solid fa-' + opts.icon + '"></i> ' : "";
        return L.divIcon({
          className: "gn-cluster",
          html: '<div style="background:' + colour + ";width:" + size + "px;height:" + size + "px;line-height:" +
            size + 'px">' + icon + n + "</div>",
          iconSize: [size, size]
        });
      }
    });
    map._gnCluster.on("click", function (e) { GN.open(e.layer); });
    return map._gnCluster;
  };

  /* One event type's markers: a toggleable overlay whose markers live in the map's shared cluster. */
  GN.SubGroup = L.LayerGroup.extend({
    onAdd: function (map) {
      var cluster = GN.eventCluster(map);
      if (!map.hasLayer(cluster)) { map.addLayer(cluster); }
      cluster.addLayers(this.getLayers());
    },
    onRemove: function (map) {
      GN.eventCluster(map).removeLayers(this.getLayers());
    },
    addLayers: function (layers) {
      var self = this;
      layers.forEach(function (l) { self._layers[L.stamp(l)] = l; });
      if (this._map) { GN.eventCluster(this._map).addLayers(layers); }
      return this;
    },
    clearLayers: function () {
      if (this._map) { GN.eventCluster(this._map).removeLayers(this.getLayers()); }
      this._layers = {};
      return this;
    }
  });

  /* Markers are made straight from the features, with no popup object each: at 100k events the
   * shared cluster opens one popup on click (GN.open), which keeps the page quick to load. */
  GN.eventLayer = function (data, opts) {
    var items = data.features.map(function (f) {
      var c = f.geometry.coordinates;
      var m = L.marker([c[1], c[0]], { icon: GN.eventIcon(opts, f.properties.n || 0), title: f.properties.p || "" });
      m.feature = f;
      m.gnOpts = opts;
      return m;
    });
    var group = new GN.SubGroup().addLayers(items);
    GN.register(group, items, false);
    return group;
  };

  /* Open the popup of any item: events have none bound (see eventLayer), the rest do. */
  GN.open = function (layer) {
    if (layer.gnOpts && layer._map) {
      return L.popup({ maxWidth: 360, offset: [0, -8] }).setLatLng(layer.getLatLng())
        .setContent(GN.eventPopup(layer.feature.properties, layer.gnOpts.type)).openOn(layer._map);
    }
    if (layer.gnOpts) {  // inside a cluster: open where the marker sits
      return L.popup({ maxWidth: 360 }).setLatLng(layer.getLatLng())
        .setContent(GN.eventPopup(layer.feature.properties, layer.gnOpts.type)).openOn(GN.map);
    }
    layer.openPopup();
    return layer.getPopup();
  };

  GN.placeLayer = function (data, opts) {
    var group = L.featureGroup();
    var items = [];
    var renderer = GN.canvas || (GN.canvas = L.canvas({ padding: 0.5 }));
    L.geoJSON(data, {
      pointToLayer: function (f, latlng) {
        var style = L.extend({ renderer: renderer, radius: 5 + 2 * Math.log(1 + (f.properties.n || 1)) }, opts.style);
        var m = L.circleMarker(latlng, style);
        m.bindPopup(function () { return GN.placePopup(f.properties, opts.label); }, { maxWidth: 360 });
        m.bindTooltip(GN.esc(f.properties.p), opts.labels ?
          { permanent: true, direction: "right", offset: [6, 0], className: "gn-label" } : {});
        items.push(m);
        return m;
      }
    });
    items.forEach(function (m) { group.addLayer(m); });
    GN.register(group, items, false);
    return group;
  };

  GN.controlLayer = function (data, opts) {
    var group = L.featureGroup();
    var items = [];
    var style = {
      color: opts.colour, weight: opts.contested ? 2 : 1.5, dashArray: opts.contested ? "6 4" : null,
      fillColor: opts.contested ? "url(#gn-hatch)" : opts.colour, fillOpacity: opts.contested ? 0.9 : 0.35
    };
    L.geoJSON(data, {
      style: function () { return style; },
      pointToLayer: function (f, latlng) { return L.circleMarker(latlng, L.extend({ radius: 9 }, style)); },
      onEachFeature: function (f, l) {
        l.bindPopup(function () { return GN.claimPopup(f.properties); }, { maxWidth: 360 });
        items.push(l);
      }
    });
    items.forEach(function (l) { group.addLayer(l); });
    GN.register(group, items, !opts.contested);
    return group;
  };

  /* The offline base map: country outlines in their own pane beneath every overlay. */
  GN.outlineLayer = function (map, data) {
    if (!map.getPane("gn-base")) {
      map.createPane("gn-base").style.zIndex = 250;
    }
    return L.geoJSON(data, {
      pane: "gn-base",
      interactive: false,
      style: function () { return { color: "#8c8c8c", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }; }
    });
  };

  /* Leaflet's layer control with a heading above each group of overlays (control, events, places). */
  GN.GroupedLayers = L.Control.Layers.extend({
    _update: function () {
      this._lastGroup = null;
      return L.Control.Layers.prototype._update.call(this);
    },
    _addItem: function (obj) {
      if (obj.overlay && obj.layer.gnGroup && obj.layer.gnGroup !== this._lastGroup) {
        this._lastGroup = obj.layer.gnGroup;
        var head = L.DomUtil.create("div", "gn-group", this._overlaysList);
        head.textContent = obj.layer.gnGroup;
      }
      return L.Control.Layers.prototype._addItem.call(this, obj);
    }
  });

  /* Label for the layer control, which Leaflet inserts as HTML: escape the name, colour from our palette. */
  GN.label = function (name, colour, icon) {
    var mark = icon ? '<i class="fa-solid fa-' + icon + '" style="color:' + colour + '"></i>' :
      colour ? '<span class="gn-swatch" style="background:' + colour + '"></span>' : "";
    return mark + " " + GN.esc(name);
  };

  /* Two range inputs (from, to) over whole days; layers refilter when a thumb is released. */
  GN.TimeSlider = L.Control.extend({
    options: { position: "bottomleft" },
    onAdd: function () {
      var div = L.DomUtil.create("div", "gn-slider leaflet-bar");
      var r = GN.range;
      div.innerHTML = '<div class="gn-slider-label">Dates <span class="gn-lo"></span> \u2013 <span class="gn-hi"></span></div>' +
        '<input type="range" class="gn-from" aria-label="from date">' +
        '<input type="range" class="gn-to" aria-label="to date">';
      var from = div.querySelector(".gn-from"), to = div.querySelector(".gn-to");
      [from, to].forEach(function (input) { input.min = r.min; input.max = r.max; input.step = 1; });
      from.value = r.min;
      to.value = r.max;
      var lo = div.querySelector(".gn-lo"), hi = div.querySelector(".gn-hi");
      function label() {
        if (+from.value > +to.value) {
          if (this === from) { to.value = from.value; } else { from.value = to.value; }
        }
        lo.textContent = GN.day(+from.value);
        hi.textContent = GN.day(+to.value);
      }
      function apply() { label.call(this); GN.filter(+from.value, +to.value); }
      from.addEventListener("input", label);
      to.addEventListener("input", label);
      from.addEventListener("change", apply);
      to.addEventListener("change", apply);
      label.call(from);
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      this._from = from;
      this._to = to;
      return div;
    },
    /* Programmatic use (and tests): set both ends and refilter. */
    set: function (lo, hi) {
      this._from.value = lo;
      this._to.value = hi;
      this._from.dispatchEvent(new Event("change"));
    }
  });
}(window));
