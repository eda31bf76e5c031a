// Keeps the unsaved values of an open co-editor in this browser (localStorage), per user and item, so
// they survive a server restart or an expired session. Installed once per page by CoEditor (DD018).
(function () {
  if (window.tafelwerkDrafts) {
    return;
  }
  function read(key) {
    try {
      var text = window.localStorage.getItem(key);
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }
  function write(key, draft) {
    try {
      if (!draft || Object.keys(draft.values).length === 0) {
        window.localStorage.removeItem(key);
      } else {
        draft.at = new Date().toISOString();
        window.localStorage.setItem(key, JSON.stringify(draft));
      }
    } catch (e) {
      // storage full or disabled: the editor still works, only without this safety net
    }
  }
  function put(key, base, property, value) {
    var draft = read(key) || { base: base, values: {} };
    if (draft.base !== base && Object.keys(draft.values).length === 0) {
      draft.base = base;
    }
    draft.values[property] = value;
    write(key, draft);
  }
  // The chosen value as JSON, as the server keeps it: dates as ISO text, a list's items by their labels.
  function choiceOf(el) {
    var kind = el.dataset.draftKind;
    if (kind === 'date') {
      return { value: el.value ? el.value : null };
    }
    if (kind === 'integer') {
      var number = el.value === '' ? null : Number(el.value);
      return number === null || Number.isInteger(number) ? { value: number } : null;
    }
    if (kind === 'checkbox') {
      return { value: !!el.checked };
    }
    var byLabel;
    try {
      byLabel = JSON.parse(el.dataset.draftLabels || '{}');
    } catch (e) {
      return null;
    }
    var labels = chosenLabels(el);
    if (labels === null) {
      return null;
    }
    var values = [];
    for (var i = 0; i < labels.length; i++) {
      if (!Object.prototype.hasOwnProperty.call(byLabel, labels[i])) {
        return null; // a label we cannot map back: better nothing than a wrong value
      }
      values.push(byLabel[labels[i]]);
    }
    if (kind === 'one') {
      return { value: values.length ? values[0] : null };
    }
    return { value: values.length ? values : null };
  }
  function labelOf(item, path) {
    return item ? String(item[path || 'label']) : null;
  }
  function chosenLabels(el) {
    var tag = el.localName;
    if (tag === 'vaadin-combo-box') {
      return el.selectedItem ? [labelOf(el.selectedItem, el.itemLabelPath)] : [];
    }
    if (tag === 'vaadin-multi-select-combo-box') {
      return (el.selectedItems || []).map(function (item) { return labelOf(item, el.itemLabelPath); });
    }
    if (tag === 'vaadin-select') {
      if (el.value === '' || el.value === null || el.value === undefined) {
        return [];
      }
      var items = el._items || [];
      for (var i = 0; i < items.length; i++) {
        if (items[i].value === el.value) {
          return [items[i].textContent.trim()];
        }
      }
      return null;
    }
    if (tag === 'vaadin-checkbox-group' || tag === 'vaadin-radio-group') {
      var boxes = el.querySelectorAll(tag === 'vaadin-checkbox-group' ? 'vaadin-checkbox' : 'vaadin-radio-button');
      var labels = [];
      for (var j = 0; j < boxes.length; j++) {
        if (boxes[j].checked) {
          labels.push(boxes[j].label || boxes[j].textContent.trim());
        }
      }
      return labels;
    }
    return null;
  }
  function keepChoice(host, el) {
    if (!host.dataset.draftKey) {
      return;
    }
    var choice = choiceOf(el);
    if (choice !== null) {
      put(host.dataset.draftKey, Number(host.dataset.draftBase), el.dataset.draftProperty, choice.value);
    }
  }
  window.tafelwerkDrafts = {
    // Text typed into a field marked data-draft-property is kept at once, also while the server is away.
    track: function (host, key, base) {
      host.dataset.draftKey = key;
      host.dataset.draftBase = String(base);
      if (host.__tafelwerkDraftListener) {
        return;
      }
      host.__tafelwerkDraftListener = function (event) {
        var path = event.composedPath ? event.composedPath() : [event.target];
        // Listening in the capture phase, before the field itself has taken the new value: read the native input's.
        var typed = path[0] && typeof path[0].value === 'string' ? path[0].value : null;
        for (var i = 0; i < path.length; i++) {
          var el = path[i];
          if (el && el.dataset && el.dataset.draftProperty && el.dataset.draftKind) {
            return; // a choice, not typed text (e.g. the filter typed into a combo box): kept on 'change'
          }
          if (el && el.dataset && el.dataset.draftProperty && host.dataset.draftKey) {
            put(host.dataset.draftKey, Number(host.dataset.draftBase), el.dataset.draftProperty,
                typed !== null ? typed : el.value);
            return;
          }
        }
      };
      host.addEventListener('input', host.__tafelwerkDraftListener, true);
      // Choices (selects, combo boxes, dates, checkbox groups) are kept by the browser too, so also those made
      // while the server is away (DD030). Read once the component has taken the new value.
      host.__tafelwerkChoiceListener = function (event) {
        var path = event.composedPath ? event.composedPath() : [event.target];
        for (var i = 0; i < path.length; i++) {
          var el = path[i];
          if (el && el.dataset && el.dataset.draftProperty && el.dataset.draftKind) {
            setTimeout(function () {
              keepChoice(host, el);
            }, 0);
            return;
          }
        }
      };
      host.addEventListener('change', host.__tafelwerkChoiceListener, true);
    },
    rebase: function (host, key, base) {
      host.dataset.draftBase = String(base);
      var draft = read(key);
      if (draft) {
        draft.base = base;
        write(key, draft);
      }
    },
    put: function (key, base, property, json) {
      put(key, base, property, JSON.parse(json));
    },
    drop: function (key, property) {
      var draft = read(key);
      if (draft && property in draft.values) {
        delete draft.values[property];
        write(key, draft);
      }
    },
    clear: function (key) {
      write(key, null);
    },
    get: function (key) {
      var draft = read(key);
      return draft ? JSON.stringify(draft) : null;
    }
  };
})();
