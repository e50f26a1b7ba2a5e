# An uncaught error raised inside a match guard, in a method called from a dict comprehension.
class Router:
    def __init__(self, routes):
        self.routes = routes

    def route(self, request):
        match request:
            case {"path": path, "method": "GET"} if self.routes[path].startswith("/"):
                return f"GET {self.routes[path]}"
            case {"path": path}:
                return f"other {path}"


r = Router({"home": "/index", "about": "/about"})
print(r.route({"path": "home", "method": "GET"}))
print({p: r.route({"path": p, "method": "GET"}) for p in ["about", "blog"]})
