// Loads the site's own /map/sites.geojson and clusters it; marks the time the clusters are on screen.
fetch('/map/sites.geojson')
  .then((r) => r.json())
  .then((data) => {
    const map = L.map('map', { preferCanvas: true, maxZoom: 18 });
    const group = L.markerClusterGroup({ chunkedLoading: true });
    group.addLayer(L.geoJSON(data));
    map.addLayer(group);
    map.fitBounds(group.getBounds());
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('leaflet-clusters');
        document.body.dataset.ready = '1';
      }),
    );
  });
