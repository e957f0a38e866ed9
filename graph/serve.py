"""``graph serve``: the explorer as a local web app, a thin layer over the library like :mod:`graph.cli`.

It computes nothing of its own: each answer is one call into the library (the same calls
``graph search``, ``show``, ``path`` and ``next`` make) handed to the same JSON shapes
(:mod:`graph.views.json`), sent as JSON under ``/api/`` or rendered as a page
(:mod:`graph.views.pages`). The dataset is read once, when the app is made, and kept in
memory. Everything is GET; every response carries a strict Content-Security-Policy.

Starlette and uvicorn are imported only here, and this module only by ``graph serve``.
"""

import ipaddress
import math
import socket
from pathlib import Path
from urllib.parse import urlencode

import pyvis
from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .errors import AmbiguousNameError, GraphError, LookupFailed, NoPathError, OptionError, Phrase, UnknownNameError
from .model.effort import DEFAULT_MAX_STEP
from .model.names import normalise
from .model.ranking import ORDERS, next_moves
from .model.projection import roles
from .model.search import learning_path
from .store.entities import describe
from .store.profile import parse_have
from .model.vocabulary import KINDS
from .views import json as shape
from .views.json import pick
from .views import messages as words
from .views import pages
from .views.html import no_path_reason

#: Only this server's own files run and load; nothing is fetched from anywhere else.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
           "cache-control": "no-store"}
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
#: The files the pages load, by the name they are served under (nothing else is served from disk).
STATIC = {"serve.js": (pages.STATIC / "serve.js", "text/javascript; charset=utf-8"),
          "serve.css": (pages.STATIC / "serve.css", "text/css; charset=utf-8"),
          "vis-network.min.js": (_VIS / "vis-network.min.js", "text/javascript; charset=utf-8"),
          "vis-network.css": (_VIS / "vis-network.css", "text/css; charset=utf-8")}
#: Longest text a query parameter may hold; the skills of "my skills" (``have``, names or IRIs) may be longer.
MAX_TEXT, MAX_HAVE = 500, 10_000
#: Largest per-move budget (hours) and number of alternatives accepted, as the CLI accepts them.
MAX_HOURS, MAX_PATHS = 100_000, 100


class BadRequest(OptionError):
    """A query parameter that is missing, malformed or out of range (HTTP 400)."""


def loopback(host: str) -> bool:
    """Whether ``host`` is reachable only from this machine.

    Examples
    --------
    >>> loopback("127.0.0.1"), loopback("localhost"), loopback("::1"), loopback("0.0.0.0")
    (True, True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: any free port); ``OSError`` if it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def run(app, sock: socket.socket) -> None:
    """Serve ``app`` on ``sock`` until interrupted (uvicorn, quiet: no access log)."""
    import uvicorn

    # a request line may carry "my skills" (MAX_HAVE characters, percent-encoded): allow 64 KiB
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                            h11_max_incomplete_event_size=64 * 1024)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shuts down on Ctrl+C, then raises it again: stopping is not an error
        pass


# ------------------------------------------------------------------ query parameters

def _text(params, name: str, required: bool = False) -> str:
    value, longest = params.get(name, "").strip(), MAX_HAVE if name == "have" else MAX_TEXT
    if len(value) > longest:
        raise BadRequest("param_too_long", name=name, limit=longest)
    if required and not value:
        raise BadRequest("param_missing", name=name)
    return value


def _number(params, name: str, default, low: float, high: float, whole: bool = False, open_low: bool = False):
    raw = params.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        raise BadRequest("param_not_whole" if whole else "param_not_number", name=name, value=raw) from None
    if not math.isfinite(value) or value < low or value > high or (open_low and value == low):
        raise BadRequest("param_out_of_range", name=name, value=raw, high=high,
                         what=Phrase("whole_number" if whole else "finite_number"),
                         bound=Phrase("more_than" if open_low else "at_least", low=low))
    return value


def _choice(params, name: str, choices, default):
    value = params.get(name, "").strip() or default
    if value is not None and value not in choices:
        raise BadRequest("param_not_one_of", name=name, value=value, choices=list(choices))
    return value


def _problem(err: Exception, G, lang: str) -> tuple[int, dict]:
    """The HTTP status and JSON body of a library error, worded in ``lang``: the one place errors become answers.

    The suggestions of an unknown name are labels in ``lang``; those of an ambiguous one, its candidates worded.
    """
    said = words.message(err, lang)
    if isinstance(err, UnknownNameError):
        return 404, {"error": said, "suggestions": [pick(labels, lang) for labels in err.suggested_labels]}
    if isinstance(err, AmbiguousNameError):
        return 404, {"error": said, "suggestions": [words.message(c, lang) if isinstance(c, Phrase) else c
                                                    for c in err.candidates]}
    if isinstance(err, LookupFailed):
        return 404, {"error": said, "suggestions": []}
    if isinstance(err, OptionError):
        return 400, {"error": said, "suggestions": []}
    if isinstance(err, NoPathError):
        return 422, {"error": no_path_reason(G, err, lang), "suggestions": []}
    return 500, {"error": said, "suggestions": []}


# ------------------------------------------------------------------ the app

class Explorer:
    """The answers the app serves, over one dataset read once (``lang``: the default language)."""

    def __init__(self, dataset, lang: str = "en"):
        self.dataset, self.lang = dataset, lang
        self.G, self.names = dataset.projection(), dataset.names()
        dataset.graph_about(min(roles(self.G)))  # read (and keep) the sources now, not on the first page
        self.static = {name: (path.read_bytes(), kind) for name, (path, kind) in STATIC.items()}

    def language(self, params) -> str:
        return _choice(params, "lang", pages.LANGS, self.lang)

    # Each answer is a dict of the CLI's JSON shapes.
    def search(self, params, lang: str) -> dict:
        text = _text(params, "q", required=True)
        if not normalise(text):
            raise BadRequest("param_nothing_to_search", name="q", value=text)
        kind = _choice(params, "kind", sorted(KINDS), None)
        limit = _number(params, "limit", 20, 1, 100, whole=True)
        found = self.names.search(text, kind)
        return {"query": text, "total": len(found), "results": [shape.match(m, lang) for m in found[:limit]]}

    def show(self, params, lang: str) -> dict:
        name = _text(params, "name", required=True)
        iri = self.dataset.resolve(name)
        info = shape.entity(describe(self.dataset.graph_about(iri), iri), lang)
        info["namesakes"] = [shape.match(m, lang) for m in self.names.namesakes(name, iri)]
        return info

    def resolve(self, params, lang: str) -> dict:
        name = _text(params, "name", required=True)
        iri = self.dataset.resolve(name, _choice(params, "kind", sorted(KINDS), None))
        return shape.match(self.names.match(iri, normalise(name)), lang)

    def person(self, params):
        return parse_have(_text(params, "have", required=True), self.dataset.resolve, self.G.graph["effort_factor"])

    def profile(self, params, lang: str) -> dict:
        return shape.start(self.G, self.person(params), lang)["profile"]

    def path(self, params, lang: str) -> dict:
        start = _choice(params, "start", ("role", "me"), None)  # a form sends both fields: this says which counts
        source = _text(params, "from") if start != "me" else ""
        have = _text(params, "have") if start != "role" else ""
        if bool(source) == bool(have):
            raise (BadRequest("role_or_have_not_both", start=Phrase("starting_role"), name="from") if source
                   else BadRequest("role_or_have_missing", name="from"))
        begin = self.person(params) if have else self.dataset.resolve(source, "role")
        target = self.dataset.resolve(_text(params, "to", required=True), "role")
        via = _text(params, "via")
        avoid = [self.dataset.resolve(name[:MAX_TEXT].strip(), "role") for name in params.getlist("avoid") if name.strip()]
        sector = _text(params, "sector")
        max_step = _number(params, "max_step", DEFAULT_MAX_STEP, 0, MAX_HOURS, open_low=True)
        hours_per_week = _number(params, "hours_per_week", None, 0, 168, open_low=True)
        found = learning_path(self.G, begin, target, k=_number(params, "k", 1, 1, MAX_PATHS, whole=True),
                              via=self.dataset.resolve(via, "role") if via else None, avoid=avoid,
                              sector=self.dataset.resolve(sector, "sector") if sector else None, max_step=max_step,
                              max_steps=_number(params, "max_steps", None, 1, MAX_PATHS, whole=True))
        return shape.plan(self.G, begin, target, found, lang, max_step, hours_per_week)

    def next(self, params, lang: str) -> dict:
        role, have = _text(params, "role"), _text(params, "have")
        if bool(role) == bool(have):
            raise (BadRequest("role_or_have_not_both", start=Phrase("a_role"), name="role") if role
                   else BadRequest("role_or_have_missing", name="role"))
        source = self.person(params) if have else self.dataset.resolve(role, "role")
        sector = _text(params, "sector")
        ranking = next_moves(self.G, source, k=_number(params, "k", 10, 1, 1000, whole=True),
                             max_step=_number(params, "max_step", DEFAULT_MAX_STEP, 0, MAX_HOURS, open_low=True),
                             within_budget="max_step" in params, order=_choice(params, "sort", ORDERS, ORDERS[0]),
                             sector=self.dataset.resolve(sector, "sector") if sector else None)
        return {**shape.next_moves(self.G, source, ranking, lang), **shape.start(self.G, source, lang)}

    def profile_toml(self, params, lang: str) -> str:
        """The profile as the TOML ``--me`` reads: each skill by its label, or by its IRI where the label is shared."""
        skills = []
        for found in self.profile(params, lang)["skills"]:
            try:
                same = self.dataset.resolve(found["label"], "skill") == found["iri"]
            except LookupFailed:
                same = False
            skills.append({"name": found["label"] if same else found["iri"], "level": found["level"]})
        return pages.profile_toml({"skills": skills, "roles": []})


def app(dataset, lang: str = "en") -> Starlette:
    """The web app over ``dataset`` (read now, kept in memory), its pages in ``lang`` unless a request asks otherwise.

    Examples
    --------
    >>> from starlette.testclient import TestClient
    >>> from graph.store.dataset import Dataset
    >>> client = TestClient(app(Dataset()))
    >>> client.get("/api/search", params={"q": "auditor ai"}).json()["results"][0]["label"]
    'AI Auditor'
    >>> plan = client.get("/api/path", params={"from": "Analis Data", "to": "Auditor AI"}).json()["paths"][0]
    >>> plan["total_effort"] >= plan["direct_effort"]
    True
    """
    explorer = Explorer(dataset, lang)

    def api(method):
        async def endpoint(request):
            params, chosen = request.query_params, explorer.lang
            try:
                chosen = explorer.language(params)
                return JSONResponse(method(params, chosen))
            except GraphError as err:
                status, body = _problem(err, explorer.G, chosen)
                return JSONResponse(body, status_code=status)
        return endpoint

    def page(build):
        async def endpoint(request):
            params, chosen = request.query_params, explorer.lang
            context = {"switch_url": _switch(request, "id" if explorer.lang == "en" else "en"), "drawing": None}
            try:
                chosen = explorer.language(params)
                context["switch_url"] = _switch(request, "id" if chosen == "en" else "en")
                name, status, more = build(params, chosen)
            except GraphError as err:
                status, problem = _problem(err, explorer.G, chosen)
                name, more = "error.html", {"problem": problem}
            return HTMLResponse(pages.page(name, chosen, **{**context, **more}), status_code=status)
        return endpoint

    def home(params, lang):
        return "home.html", 200, {"results": None}

    def search_page(params, lang):
        return "home.html", 200, {"results": explorer.search(params, lang), "query": params.get("q", "")}

    def show_page(params, lang):
        info = explorer.show(params, lang)
        more = {"info": info, "moves": None, "needed_by": None}
        if info["kind"] == "role":
            try:
                more["moves"] = explorer.next({"role": info["iri"]}, lang)
            except GraphError as err:
                more["moves"] = {"error": _problem(err, explorer.G, lang)[1]["error"]}
            more["drawing"] = pages.neighbourhood(explorer.G, info["iri"], lang)
        elif info["kind"] == "skill":
            more["needed_by"] = shape.required_by(explorer.G, info["iri"], lang)
        return "show.html", 200, more

    def plan_page(params, lang):
        start = _choice(params, "start", ("role", "me"), "role")
        form = {"start": start, "from": _text(params, "from"), "have": _text(params, "have"), "to": _text(params, "to"),
                "max_step": params.get("max_step", "") or f"{DEFAULT_MAX_STEP:g}",
                "hours_per_week": params.get("hours_per_week", "")}
        more, status = {"form": form, "plan": None, "problem": None}, 200
        if form["to"] and (form["have"] if start == "me" else form["from"]):
            try:
                more["plan"] = explorer.path(params, lang)
                more["drawing"] = pages.plan_drawing(explorer.G, more["plan"]["paths"][0], lang)
            except GraphError as err:
                status, more["problem"] = _problem(err, explorer.G, lang)
        return "plan.html", status, more

    def me_page(params, lang):
        return "me.html", 200, {}

    async def profile_toml(request):
        params = request.query_params
        try:
            body = explorer.profile_toml(params, explorer.language(params))
        except GraphError as err:
            status, problem = _problem(err, explorer.G, explorer.lang)
            return JSONResponse(problem, status_code=status)
        return Response(body, media_type="application/toml; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="my-skills.toml"'})

    async def static(request):
        name = request.path_params["name"]
        if name not in explorer.static:
            return Response("Not Found", status_code=404, media_type="text/plain")
        body, kind = explorer.static[name]
        return Response(body, media_type=kind)

    routes = [Route(path, endpoint, methods=["GET"]) for path, endpoint in (
        ("/", page(home)), ("/search", page(search_page)), ("/show", page(show_page)), ("/plan", page(plan_page)),
        ("/me", page(me_page)), ("/api/search", api(explorer.search)), ("/api/show", api(explorer.show)),
        ("/api/resolve", api(explorer.resolve)), ("/api/path", api(explorer.path)), ("/api/next", api(explorer.next)),
        ("/api/profile", api(explorer.profile)), ("/api/profile.toml", profile_toml),
        ("/static/{name}", static))]
    return _Secured(Starlette(routes=routes))


def _switch(request, lang: str) -> str:
    """This page's address in the other language."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", lang)]
    return f"{request.url.path}?{urlencode(params)}"


class _Secured:
    """ASGI wrapper adding :data:`HEADERS` to every response, errors and 404s included."""

    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        async def secured(message):
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in names]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.inner(scope, receive, secured)
