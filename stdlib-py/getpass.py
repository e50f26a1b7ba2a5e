"""getpass (pyjs implementation): no terminal control, so getpass() is CPython's fallback
path (as when there is no /dev/tty and stdin is not a terminal): a GetPassWarning, then the
prompt on stderr and a line read from stdin (EOFError at its end). getuser() reads LOGNAME,
USER, LNAME or USERNAME. Adapted from CPython 3.11's Lib/getpass.py (Python Software
Foundation License)."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def unix_getpass(prompt='Password: ', stream=None):
    if not stream:
        stream = sys.stderr
    passwd = fallback_getpass(prompt, stream)
    stream.write('\n')
    return passwd


def _raw_input(prompt="", stream=None, input=None):
    # This doesn't save the string in the GNU readline history.
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    # NOTE: The Python C API calls flockfile() (and unlock) during readline.
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """Get the username from the environment or password database.

    First try various environment variables, then the password
    database.  This works on Windows as long as USERNAME is set.

    """
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    raise OSError("No username set in the environment")


getpass = unix_getpass
