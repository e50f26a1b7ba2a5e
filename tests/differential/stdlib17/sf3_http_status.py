"""http.HTTPStatus / HTTPMethod (IntEnum/StrEnum members with phrase and description) in a small request router with urllib.parse and json."""
import json
from http import HTTPMethod, HTTPStatus
from urllib.parse import parse_qs, urlsplit

print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.description, HTTPStatus.OK == 200, int(HTTPStatus.CREATED), len(HTTPStatus))
print(HTTPStatus.IM_A_TEAPOT.phrase, [s.value for s in HTTPStatus][:8], HTTPStatus["BAD_REQUEST"].value, f"{HTTPStatus.OK}", str(HTTPStatus.OK), HTTPStatus.OK.name, HTTPStatus.OK + 1)
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.PATCH.description, HTTPMethod("PUT"), list(HTTPMethod)[:3], HTTPMethod.GET == "GET", sorted(m.value for m in HTTPMethod))
try:
    HTTPStatus(999)
except ValueError as e:
    print("ValueError:", e)
print(sorted({s.value // 100 for s in HTTPStatus}), [s.name for s in HTTPStatus if s.value // 100 == 1])
print(max(HTTPStatus).name, min(HTTPStatus, key=lambda s: len(s.phrase)).phrase, isinstance(HTTPStatus.OK, int), HTTPStatus.OK in (200, 201))

ROUTES = {}


def route(method, path):
    def deco(fn):
        ROUTES[(HTTPMethod(method), path)] = fn
        return fn
    return deco


ITEMS = {1: {"name": "pen", "qty": 3}}


@route("GET", "/items")
def list_items(query, body):
    limit = int(query.get("limit", ["10"])[0])
    return HTTPStatus.OK, sorted(ITEMS.items())[:limit]


@route("POST", "/items")
def create_item(query, body):
    data = json.loads(body)
    if "name" not in data:
        return HTTPStatus.UNPROCESSABLE_ENTITY, {"error": "name required"}
    new_id = max(ITEMS) + 1
    ITEMS[new_id] = data
    return HTTPStatus.CREATED, {"id": new_id}


@route("DELETE", "/items")
def delete_item(query, body):
    ident = int(query["id"][0])
    if ident not in ITEMS:
        return HTTPStatus.NOT_FOUND, {"error": f"no item {ident}"}
    del ITEMS[ident]
    return HTTPStatus.NO_CONTENT, None


def handle(method, url, body=""):
    parts = urlsplit(url)
    try:
        m = HTTPMethod(method)
    except ValueError:
        status, payload = HTTPStatus.NOT_IMPLEMENTED, {"error": method}
    else:
        fn = ROUTES.get((m, parts.path))
        if fn is None:
            allowed = [k[0] for k in ROUTES if k[1] == parts.path]
            status, payload = (HTTPStatus.METHOD_NOT_ALLOWED, {"allow": sorted(allowed)}) if allowed else (HTTPStatus.NOT_FOUND, None)
        else:
            try:
                status, payload = fn(parse_qs(parts.query), body)
            except (ValueError, KeyError) as e:
                status, payload = HTTPStatus.BAD_REQUEST, {"error": f"{type(e).__name__}: {e}"}
    line = f"HTTP/1.1 {status.value} {status.phrase}"
    return line + ("" if payload is None else " " + json.dumps(payload))


for req in [("GET", "/items"), ("POST", "/items", '{"name": "cup", "qty": 1}'), ("POST", "/items", '{"qty": 1}'), ("POST", "/items", "not json"),
            ("GET", "/items?limit=1"), ("DELETE", "/items?id=1"), ("DELETE", "/items?id=1"), ("DELETE", "/items"), ("PUT", "/items"), ("BREW", "/pot"), ("GET", "/nowhere")]:
    print(f"{req[0]:6} {req[1]:16} -> {handle(*req)}")
