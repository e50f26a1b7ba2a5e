import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant)
print(u.bytes, u.fields, u.urn, u.time_low, u.node)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com").version)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r)[14], isinstance(r, uuid.UUID), r != uuid.uuid4())
print(uuid.uuid1().version, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
try:
    uuid.UUID("xyz")
except ValueError as e:
    print("ValueError:", e)
