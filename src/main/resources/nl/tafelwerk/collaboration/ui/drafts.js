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
          if (el && el.dataset && el.dataset.draftProperty && host.dataset.draftKey) {
            put(host.dataset.draftKey, Number(host.dataset.draftBase), el.dataset.draftProperty,
                typed !== null ? typed : el.value);
            return;
          }
        }
      };
      host.addEventListener('input', host.__tafelwerkDraftListener, true);
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
