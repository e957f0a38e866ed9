"use strict";
// The pages' one script. Text from the server reaches the page through textContent, never as HTML.
(function () {
  const $ = (id) => document.getElementById(id);
  const lang = document.body.dataset.lang;
  const W = JSON.parse($("page-words").textContent);
  const STORE = "ai-jobs-graph.skills";
  const LEVELS = [1, 2, 3, 4];

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function link(href, text) {
    const a = el("a", text);
    a.href = href;
    return a;
  }
  const url = (path, params) => path + "?" + new URLSearchParams({...params, lang: lang});
  const showUrl = (iri) => url("/show", {name: iri});
  function debounce(fn, ms) {
    let timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }
  async function getJSON(path, params) {
    const answer = await fetch(url(path, params), {headers: {Accept: "application/json"}});
    return {ok: answer.ok, status: answer.status, body: await answer.json()};
  }

  // ------------------------------------------------------------------ search as you type
  const q = $("q"), list = $("suggestions");
  let asked = 0;
  q.addEventListener("input", debounce(async function () {
    const text = q.value.trim(), ticket = ++asked;
    if (!text) { list.hidden = true; list.replaceChildren(); return; }
    const answer = await getJSON("/api/search", {q: text, limit: 10});
    if (ticket !== asked) return;  // a later keystroke asked again
    list.replaceChildren();
    if (!answer.ok || !answer.body.results.length) {
      list.append(el("li", W.no_results.replace("{q}", text), "none"));
    } else {
      answer.body.results.forEach(function (found) {
        const item = el("li");
        item.append(link(showUrl(found.iri), found.label), " ", el("span", W.kind[found.category] || found.kind, "kind"));
        list.append(item);
      });
    }
    list.hidden = false;
    document.body.dataset.searched = text;
  }, 120));

  // names offered while typing in a field with a datalist (roles in the planner, skills in "my skills")
  function offerNames(input, datalist, kind) {
    input.addEventListener("input", debounce(async function () {
      const text = input.value.trim();
      if (!text || text.startsWith("http")) return;
      const answer = await getJSON("/api/search", {q: text, kind: kind, limit: 8});
      if (!answer.ok) return;
      datalist.replaceChildren(...answer.body.results.map(function (found) {
        const option = el("option");
        option.value = found.label;
        return option;
      }));
    }, 150));
  }

  // ------------------------------------------------------------------ the drawing (vis-network, as graph viz)
  const drawingData = $("graph-data");
  if (drawingData && window.vis) {
    const drawing = JSON.parse(drawingData.textContent);
    const nodes = new vis.DataSet(drawing.nodes), edges = new vis.DataSet(drawing.edges);
    const network = new vis.Network($("graph"), {nodes: nodes, edges: edges}, drawing.options);
    window.serveGraph = {network: network, nodes: nodes, edges: edges, stabilized: false};
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      window.serveGraph.stabilized = true;
    });
    network.on("click", function (event) {
      if (!event.nodes.length) return;
      const node = nodes.get(event.nodes[0]);
      $("graph-details").replaceChildren(link(showUrl(node.id), node.label), " ", el("span", W.kind[node.kind] || node.kind, "kind"));
    });
  }

  // ------------------------------------------------------------------ my skills, kept in this browser only
  function loadSkills() {
    try {
      const stored = JSON.parse(localStorage.getItem(STORE) || "[]");
      return Array.isArray(stored) ? stored.filter((s) => s && typeof s.name === "string").map((s) => ({
        name: s.name, iri: typeof s.iri === "string" ? s.iri : "", label: typeof s.label === "string" ? s.label : s.name, level: LEVELS.includes(+s.level) ? +s.level : 2,
      })) : [];
    } catch (err) {
      return [];
    }
  }
  const saveSkills = (skills) => localStorage.setItem(STORE, JSON.stringify(skills));
  const haveText = (skills) => skills.filter((s) => s.name.trim()).map((s) => (s.iri || s.name.trim()) + "=" + s.level).join(", ");

  const rows = $("me-rows");
  if (rows) {
    let skills = loadSkills();
    const refresh = function () {
      saveSkills(skills);
      const have = haveText(skills);
      $("me-export").href = url("/api/profile.toml", {have: have});
      $("me-plan").href = url("/plan", {start: "me", have: have});
      $("me-status").textContent = skills.length ? W.saved : W.no_skills;
    };
    const draw = function () {
      rows.replaceChildren(...skills.map(function (skill, index) {
        const row = el("tr"), name = el("input"), level = el("select"), remove = el("button", W.remove), note = el("div");
        name.value = skill.name;
        name.setAttribute("list", "skill-names");
        name.className = "skill-name";
        LEVELS.forEach(function (value) {
          const option = el("option", String(value));
          option.value = String(value);
          option.selected = value === skill.level;
          level.append(option);
        });
        level.className = "skill-level";
        remove.type = "button";
        name.addEventListener("input", function () { skill.name = name.value; skill.iri = ""; note.replaceChildren(); refresh(); });
        name.addEventListener("change", function () { check(skill); });
        level.addEventListener("change", function () { skill.level = +level.value; refresh(); });
        remove.addEventListener("click", function () { skills.splice(index, 1); draw(); refresh(); });
        offerNames(name, $("skill-names"), "skill");
        const cell = el("td");
        cell.append(name, note);
        const levelCell = el("td"), removeCell = el("td");
        levelCell.append(level);
        removeCell.append(remove);
        row.append(cell, levelCell, removeCell);
        if (skill.iri) note.append(el("span", W.resolved + ": " + skill.label, "resolved"));
        return row;
      }));
    };
    const noteOf = (skill) => rows.children[skills.indexOf(skill)].querySelector("div");
    const check = async function (skill) {
      if (!skill.name.trim()) return;
      const answer = await getJSON("/api/resolve", {name: skill.iri || skill.name.trim(), kind: "skill"});
      if (!skills.includes(skill)) return;  // removed while the server answered
      const note = noteOf(skill);
      note.replaceChildren();
      if (answer.ok) {
        skill.iri = answer.body.iri;
        skill.label = answer.body.label;
        note.append(el("span", W.resolved + ": " + answer.body.label, "resolved"));
      } else {
        skill.iri = "";
        note.append(el("span", answer.body.error, "problem"));
        (answer.body.suggestions || []).forEach(function (suggestion) {
          const pick = el("button", suggestion);
          pick.type = "button";
          pick.addEventListener("click", function () { skill.name = suggestion; draw(); refresh(); check(skill); });
          note.append(" ", pick);
        });
      }
      refresh();
    };
    $("me-add").addEventListener("click", function () { skills.push({name: "", iri: "", level: 2}); draw(); refresh(); });
    $("me-check").addEventListener("click", function () {
      skills.forEach(check);
    });
    draw();
    refresh();
  }

  // ------------------------------------------------------------------ the planner
  const planForm = $("plan-form");
  if (planForm) {
    offerNames($("plan-from"), $("role-names"), "role");
    offerNames($("plan-to"), $("role-names"), "role");
    const have = $("plan-have"), note = $("have-note");
    const fromMine = function () {
      const skills = loadSkills();
      if (planForm.elements.start.value === "me" && !have.value.trim()) have.value = haveText(skills);
      note.textContent = planForm.elements.start.value === "me" && !skills.length && !have.value.trim() ? W.no_skills : "";
    };
    planForm.querySelectorAll("input[name=start]").forEach((radio) => radio.addEventListener("change", fromMine));
    fromMine();
  }
  document.body.dataset.ready = "true";
})();
