print("_pkg.sub/__init__: running")
