// Loads the site's own /map/sites.geojson and clusters it; marks the time the clusters are on screen.
// With chunkedLoading the markers are added over many frames: "ready" waits for the last chunk and for cluster
// icons in the page, so the time is that of a drawn map, not of a started one.
const done = () =>
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark('leaflet-clusters');
      document.body.dataset.ready = '1';
    }),
  );
fetch('/map/sites.geojson')
  .then((r) => r.json())
  .then((data) => {
    const map = L.map('map', { preferCanvas: true, maxZoom: 18 });
    const layer = L.geoJSON(data);
    map.fitBounds(layer.getBounds());
    const group = L.markerClusterGroup({
      chunkedLoading: true,
      chunkProgress: (processed, total) => {
        if (processed < total) return;
        const drawn = () => (document.querySelector('.marker-cluster, .leaflet-marker-icon') ? done() : requestAnimationFrame(drawn));
        drawn();
      },
    });
    map.addLayer(group);
    group.addLayer(layer);
  });
