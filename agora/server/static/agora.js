/* Agora — participant page. Progressive enhancement only: every form works without this file.
   Written for old phone browsers (ES5, XMLHttpRequest). Text is only ever set with textContent. */
(function () {
  "use strict";

  function ancestor(node, className) {
    while (node && node !== document) {
      if (node.classList && node.classList.contains(className)) { return node; }
      node = node.parentNode;
    }
    return null;
  }

  function field(form, name) {
    var input = form.querySelector('input[name="' + name + '"]');
    return input ? input.value : "";
  }

  function setDisabled(nodes, disabled) {
    for (var i = 0; i < nodes.length; i++) { nodes[i].disabled = disabled; }
  }

  /* Votes: answer with one tap, without reloading the page. */
  function vote(event) {
    var button = ancestor(event.target, "choice");
    var form = button && ancestor(button, "vote");
    if (!form || !window.XMLHttpRequest || !window.JSON) { return; }
    event.preventDefault();
    var buttons = form.querySelectorAll(".choice");
    var status = form.querySelector(".status");
    var xhr = new XMLHttpRequest();
    function failed(message) {
      setDisabled(buttons, false);
      status.textContent = message;
    }
    setDisabled(buttons, true);
    status.textContent = "Envoi…";
    xhr.open("POST", "/api/votes");
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.setRequestHeader("X-CSRF-Token", field(form, "csrf"));
    xhr.timeout = 15000;
    xhr.onload = function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText) || {}; } catch (ignored) { answer = {}; }
      if (xhr.status !== 201) {
        failed(answer.erreur || "La réponse n’a pas été enregistrée : réessayez.");
        return;
      }
      setDisabled(buttons, false);
      for (var i = 0; i < buttons.length; i++) {
        var chosen = buttons[i] === button;
        if (chosen) { buttons[i].classList.add("chosen"); } else { buttons[i].classList.remove("chosen"); }
        buttons[i].setAttribute("aria-pressed", chosen ? "true" : "false");
      }
      status.textContent = "Votre réponse : " + (answer.reponse || button.textContent) + " ✓";
    };
    xhr.onerror = xhr.ontimeout = function () {
      failed("Pas de liaison avec l’ordinateur de l’animation : réessayez.");
    };
    xhr.send(JSON.stringify({ enonce: field(form, "enonce"), valeur: button.value }));
  }

  /* The target category only matters for an expectation. */
  function showTarget(form) {
    var target = form.querySelector(".target");
    if (!target) { return; }
    var checked = form.querySelector('input[name="type"]:checked');
    target.hidden = !(checked && checked.value === "expectation");
  }

  function count(area) {
    var counter = area.form && area.form.querySelector(".count");
    if (counter) { counter.textContent = area.value.length + " / "; }
  }

  document.addEventListener("click", vote);
  var forms = document.querySelectorAll(".card-form");
  for (var i = 0; i < forms.length; i++) {
    (function (form) {
      var area = form.querySelector("textarea");
      showTarget(form);
      form.addEventListener("change", function () { showTarget(form); });
      if (area) {
        count(area);
        area.addEventListener("input", function () { count(area); });
      }
      form.addEventListener("submit", function () {
        setDisabled(form.querySelectorAll("button"), true);  /* one tap, one card */
      });
    })(forms[i]);
  }
})();
