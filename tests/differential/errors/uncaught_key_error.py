# Uncaught KeyError: the last stderr line shows the repr of the key.
config = {"host": "localhost", "port": 8080}
for key in ["host", "port"]:
    print(key, "=", config[key])
print("looking up timeout...")
timeout = config["timeout"]
print("never reached", timeout)
