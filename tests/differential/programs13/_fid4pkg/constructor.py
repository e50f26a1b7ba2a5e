"""A module whose name is a JS Object.prototype property."""
prototype = "module-level prototype"
calls = 0
def build(**parts):
    global calls
    calls += 1
    return "+".join(f"{k}={v}" for k, v in sorted(parts.items()))
class then:
    value = "class named then"
