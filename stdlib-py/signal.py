"""signal (pyjs implementation): the Linux signal numbers, as Signals/Handlers/Sigmasks
enums. Programs get no signals: signal() records a handler (getsignal() returns it) but it
never runs; alarm(), pause(), kill(), setitimer(), pthread_kill() and friends raise
NotImplementedError."""

from enum import IntEnum as _IntEnum


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64
    SIGCLD = 17
    SIGIOT = 6
    SIGPOLL = 29


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGRTMIN = Signals.SIGRTMIN
SIGRTMAX = Signals.SIGRTMAX
SIGCLD = Signals.SIGCHLD
SIGIOT = Signals.SIGABRT
SIGPOLL = Signals.SIGIO
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

_STRSIGNAL = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call', 34: 'Real-time signal 0', 64: 'Real-time signal 30'}

_handlers = {}


def _signum(signalnum):
    n = int(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError("signal number out of range")
    return n


def signal(signalnum, handler):
    n = _signum(signalnum)
    if n in (9, 19):
        raise OSError(22, "Invalid argument")
    if not callable(handler) and handler not in (0, 1):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = getsignal(n)
    if handler == 0 or handler == 1:
        handler = Handlers(handler)
    _handlers[n] = handler
    return old


def getsignal(signalnum):
    n = _signum(signalnum)
    if n in _handlers:
        return _handlers[n]
    return default_int_handler if n == 2 else SIG_DFL


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


def strsignal(signalnum, /):
    n = _signum(signalnum)
    return _STRSIGNAL.get(n)


def valid_signals():
    return set(Signals) | set(range(35, 65))


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"signal.{name}() is not supported by pyjs")
    f.__name__ = name
    return f


alarm = _unsupported("alarm")
pause = _unsupported("pause")
setitimer = _unsupported("setitimer")
getitimer = _unsupported("getitimer")
pthread_kill = _unsupported("pthread_kill")
pthread_sigmask = _unsupported("pthread_sigmask")
raise_signal = _unsupported("raise_signal")
siginterrupt = _unsupported("siginterrupt")
set_wakeup_fd = _unsupported("set_wakeup_fd")
sigwait = _unsupported("sigwait")
