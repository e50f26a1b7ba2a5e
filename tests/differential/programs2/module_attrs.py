import sys
import io
import _mod_state as ms

print(ms.counter, ms.get())
ms.counter = 10
print(ms.get(), ms.counter)
ms.bump()
print(ms.counter, ms.get())
ms.new_attr = "hello"
print(ms.new_attr, ms.read_new())
try:
    print(ms.missing)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(ms, "counter"), hasattr(ms, "nope"), getattr(ms, "nope", 42))

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured line")
ms.say("from module")
sys.stdout = old
print("got:", repr(buf.getvalue()))
print(ms.__name__, "_mod_state" in sys.modules, sys.modules["_mod_state"] is ms)
setattr(ms, "counter", 99)
print(ms.get())
