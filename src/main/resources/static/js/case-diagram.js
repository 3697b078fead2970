// Draws the diagrams of a case with bpmn-js (served from our own jar) and marks the path it took:
// elements passed, and where it stands now. The same facts are in the timeline, for readers without it.
(function () {
  'use strict';
  var holder = document.getElementById('diagrams');
  if (!holder || !window.BpmnJS) {
    return;
  }
  function caption(diagram) {
    var figcaption = document.createElement('figcaption');
    figcaption.textContent = diagram.name + (diagram.running ? ' \u2014 ' + holder.dataset.running : '');
    return figcaption;
  }
  function draw(diagram) {
    var figure = document.createElement('figure');
    figure.className = 'diagram';
    figure.appendChild(caption(diagram));
    var canvasHolder = document.createElement('div');
    canvasHolder.className = 'diagram-canvas';
    figure.appendChild(canvasHolder);
    holder.appendChild(figure);
    var viewer = new window.BpmnJS({ container: canvasHolder });
    return fetch(diagram.xml, { credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        diagram.passed.forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'path-passed'); } });
        diagram.current.forEach(function (id) { if (registry.get(id)) { canvas.addMarker(id, 'path-current'); } });
        figure.setAttribute('data-rendered', 'true');
      });
  }
  fetch(holder.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (diagrams) {
      var list = holder.querySelector('.diagram-list');
      if (list) {
        list.classList.add('visually-hidden');
      }
      return diagrams.reduce(function (previous, diagram) {
        return previous.then(function () { return draw(diagram); });
      }, Promise.resolve());
    })
    .then(function () { holder.setAttribute('data-ready', 'true'); })
    .catch(function (error) { holder.setAttribute('data-error', String(error)); });
}());
