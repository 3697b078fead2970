/*
 * Schoolveilig: every task card in Tasklist's list shows the case it belongs to (reference, school,
 * category, what it is about), so a leader choosing a task is not blind. The card gives a plugin only
 * the task's id; the case comes from our own API, which checks that the reader may work on the task.
 */
const appRoot = window.location.pathname.split('/camunda/')[0];

function line(text, strong) {
  const element = document.createElement(strong ? 'strong' : 'span');
  element.textContent = text;
  return element;
}

function show(node, found) {
  const box = document.createElement('div');
  box.className = 'schoolveilig-case';
  box.setAttribute('data-reference', found.reference || '');
  box.style.margin = '4px 0';
  box.style.fontSize = '0.9em';

  const heading = document.createElement('div');
  if (found.href) {
    const link = document.createElement('a');
    link.href = appRoot + found.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.appendChild(line(found.reference, true));
    heading.appendChild(link);
  } else if (found.reference) {
    heading.appendChild(line(found.reference, true));
  }
  [found.school, found.categoryLabel, found.severityLabel].filter(Boolean).forEach(part => {
    heading.appendChild(line(' · ' + part));
  });
  box.appendChild(heading);

  if (found.summary) {
    const summary = document.createElement('div');
    summary.className = 'text-muted';
    summary.textContent = found.summary;
    box.appendChild(summary);
  }
  node.appendChild(box);
}

export default {
  id: 'schoolveilig.case-card',
  pluginPoint: 'tasklist.card',
  priority: 300,
  render: (node, { taskId }) => {
    fetch(appRoot + '/api/tasks/' + encodeURIComponent(taskId) + '/case', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(response => (response.ok ? response.json() : null))
      .then(found => found && show(node, found))
      .catch(() => {});
  }
};
