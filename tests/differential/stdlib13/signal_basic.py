import signal

print(signal.SIGINT, int(signal.SIGINT), repr(signal.SIGTERM), signal.SIGKILL.name, signal.SIGUSR1.value)
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_IGN), signal.NSIG)
print(signal.Signals(15), signal.Signals["SIGHUP"], signal.SIGTERM == 15, isinstance(signal.SIGINT, int))
print(signal.strsignal(signal.SIGSEGV), signal.strsignal(2))
print(sorted(s.name for s in signal.Signals if s < 10))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))

stopping = []
def on_term(signum, frame):
    stopping.append(signum)

old = signal.signal(signal.SIGTERM, on_term)
print(old, signal.getsignal(signal.SIGTERM) is on_term)
print(signal.signal(signal.SIGTERM, signal.SIG_IGN) is on_term, signal.getsignal(signal.SIGTERM))
print(signal.signal(signal.SIGINT, signal.SIG_DFL) is signal.default_int_handler)
try:
    signal.signal(signal.SIGKILL, on_term)
except OSError as e:
    print("OSError", e)
try:
    signal.signal(999, on_term)
except ValueError as e:
    print("ValueError", e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.SIGABRT in signal.valid_signals(), len(signal.valid_signals()))
