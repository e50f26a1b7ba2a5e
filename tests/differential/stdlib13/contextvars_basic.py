import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar("request_id", default="-")
user = ContextVar("user")

print(request_id.name, request_id.get(), user.get("anon"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is user)

tok = request_id.set("r1")
print(request_id.get(), tok.var is request_id, tok.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
tok2 = request_id.set("r2")
print(request_id.get(), tok2.old_value)
request_id.reset(tok2)
print(request_id.get())
try:
    request_id.reset(tok2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
request_id.reset(tok)
print(request_id.get())


def handle(name):
    request_id.set(name)
    user.set(name.upper())
    return f"{request_id.get()}:{user.get()}"


ctx = copy_context()
print(ctx.run(handle, "req-a"))
print(request_id.get(), user.get(None))
print(ctx[request_id], ctx.get(user), request_id in ctx, len(ctx))
print(sorted(v for v in ctx.values()))
print(sorted((k.name, v) for k, v in ctx.items()))

ctx2 = ctx.copy()
ctx2.run(lambda: user.set("other"))
print(ctx[user], ctx2[user])

def nested():
    try:
        ctx.run(lambda: None)
    except RuntimeError as e:
        print("RuntimeError", "is already entered" in str(e))
ctx.run(nested)

t = user.set("outer")
def wrong():
    try:
        user.reset(t)
    except ValueError as e:
        print("ValueError", "was created in a different Context" in str(e))
copy_context().run(wrong)
try:
    request_id.reset(t)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
print(ContextVar[int], contextvars.Token[str])
try:
    ctx["x"]
except TypeError as e:
    print("TypeError", e)
print(ContextVar, contextvars.Context, contextvars.Token, type(copy_context()).__name__)
