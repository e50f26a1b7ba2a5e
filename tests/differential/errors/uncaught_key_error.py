# Uncaught KeyError: the last stderr line shows the repr of the key.
counts = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
config = {"host": "localhost", "port": 8080, "debug": False}
for key in ["host", "port"]:
    print(key, "=", config[key])
print(config.get("timeout"), config.get("timeout", 30), "timeout" in config)
try:
    config["retries"]
except KeyError as e:
    print("handled missing key", e)
defaults = {"timeout": 5, "retries": 3}
merged = {**defaults, **config}
print(merged["timeout"], sorted(merged))
nested = {"db": {"user": "admin"}}
print(nested["db"]["user"])
print("looking up timeout in the original config...")
timeout = config["timeout"]
print("never reached", timeout)
