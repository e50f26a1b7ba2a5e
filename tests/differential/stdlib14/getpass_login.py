# A login prompt: the user name through input(), the password through getpass (no terminal,
# so CPython's fallback: warning and prompt on stderr, the line from stdin).
# (Bless it where no /dev/tty can be opened, as CPython then takes this same fallback path.)
import getpass
import hashlib
import warnings

warnings.simplefilter("ignore", getpass.GetPassWarning)
USERS = {"ann": hashlib.sha256(b"salt:open sesame").hexdigest()}

for attempt in range(1, 4):
    try:
        name = input("login: ")
        pw = getpass.getpass(f"password for {name}: ")
    except EOFError:
        print("\nno more input")
        break
    digest = hashlib.sha256(b"salt:" + pw.encode()).hexdigest()
    if USERS.get(name) == digest:
        print(f"welcome {name} (attempt {attempt}, password length {len(pw)})")
        break
    print(f"login incorrect for {name!r}")
print(getpass.getpass.__name__ in ("unix_getpass", "getpass"), callable(getpass.getuser))
