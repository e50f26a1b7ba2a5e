"""traceback: format and print exceptions (pyjs implementation).

Frames come from the runtime's source-mapped JS stacks (`_pyjs`)."""

import sys as _sys
import _pyjs

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only", "format_tb", "print_tb", "extract_tb", "format_list",
           "extract_stack", "format_stack", "print_stack", "FrameSummary", "StackSummary"]


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None, _carets=""):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._carets = _carets

    @property
    def line(self):
        return self._line.strip() if self._line else self._line

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (
                other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    @classmethod
    def from_list(cls, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line))
        return result

    def format(self):
        out = []
        last = None
        count = 0
        for f in self:
            key = (f.filename, f.lineno, f.name)
            if last is not None and key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    n = count - 3
                    out.append("  [Previous line repeated %d more time%s]\n" % (n, "s" if n > 1 else ""))
                count = 1
                last = key
            row = '  File "%s", line %s, in %s\n' % (f.filename, f.lineno, f.name)
            if f.line:
                row += "    %s\n" % f.line + getattr(f, "_carets", "")
            out.append(row)
        if count > 3:
            n = count - 3
            out.append("  [Previous line repeated %d more time%s]\n" % (n, "s" if n > 1 else ""))
        return out


def _summary(frames, limit=None):
    frames = [FrameSummary(f[0], f[1], f[2], f[3], f[4] if len(f) > 4 else "") for f in frames]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return StackSummary(frames)


def extract_tb(tb, limit=None):
    return _summary(_pyjs.exc_frames(_exc_of_tb(tb)), limit)


def _exc_of_tb(tb):
    # pyjs has no traceback objects: `e.__traceback__` is a marker, so tracebacks are
    # read from the exception being handled.
    return _pyjs.current_exception()


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = _sys.stderr
    for s in format_tb(tb, limit):
        file.write(s)


def _exc_name(t):
    mod = t.__module__
    if mod in ("builtins", "__main__"):
        return t.__qualname__
    return mod + "." + t.__qualname__


def format_exception_only(exc, /, value=None):
    if value is None and not isinstance(exc, type):
        value = exc
    if value is None:
        return ["%s\n" % _exc_name(exc)]
    t = type(value)
    if isinstance(value, SyntaxError):
        out = _format_syntax_error(value, _exc_name(t))
    else:
        try:
            msg = str(value)
        except Exception:
            msg = "<exception str() failed>"
        out = ["%s\n" % _exc_name(t) if msg == "" else "%s: %s\n" % (_exc_name(t), msg)]
    notes = getattr(value, "__notes__", None)
    if isinstance(notes, list):
        for n in notes:
            out.append("%s\n" % (n,))
    return out


def _format_syntax_error(value, stype):
    # CPython's TracebackException._format_syntax_error: the file, line, text and carets.
    out = []
    suffix = ""
    lineno = getattr(value, "lineno", None)
    filename = getattr(value, "filename", None)
    if lineno is not None:
        out.append('  File "%s", line %s\n' % (filename or "<string>", lineno))
    elif filename is not None:
        suffix = " (%s)" % (filename,)
    text = getattr(value, "text", None)
    if text is not None:
        rtext = text.rstrip("\n")
        ltext = rtext.lstrip(" \n\f")
        spaces = len(rtext) - len(ltext)
        out.append("    %s\n" % ltext)
        offset = getattr(value, "offset", None)
        if offset is not None:
            end_offset = getattr(value, "end_offset", None)
            if end_offset is None or end_offset == 0:
                end_offset = offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                out.append("    %s%s\n" % (caretspace, "^" * (end_colno - colno)))
    msg = getattr(value, "msg", None) or "<no detail available>"
    out.append("%s: %s%s\n" % (stype, msg, suffix))
    return out


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if value is None and not isinstance(exc, type):
        value = exc
    if value is None:
        return format_exception_only(exc)
    out = []
    seen = set()
    _format_chain(value, out, seen, limit, chain)
    return out


def _format_chain(e, out, seen, limit, chain, outer=None):
    seen.add(id(e))
    if chain:
        cause = e.__cause__
        context = e.__context__
        if cause is not None and id(cause) not in seen:
            _format_chain(cause, out, seen, limit, chain, e)
            out.append("\nThe above exception was the direct cause of the following exception:\n\n")
        elif context is not None and not e.__suppress_context__ and id(context) not in seen:
            _format_chain(context, out, seen, limit, chain, e)
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    frames = _summary(_pyjs.exc_frames(e, outer), limit)
    if frames:
        out.append("Traceback (most recent call last):\n")
        out.extend(frames.format())
    out.extend(format_exception_only(e))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    for s in format_exception(exc, value, tb, limit=limit, chain=chain):
        file.write(s)


def format_exc(limit=None, chain=True):
    e = _pyjs.current_exception()
    if e is None:
        return "NoneType: None\n"
    return "".join(format_exception(e, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    if file is None:
        file = _sys.stderr
    file.write(format_exc(limit, chain))


def print_last(limit=None, file=None, chain=True):
    raise NotImplementedError("traceback.print_last is not supported by pyjs")


def extract_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError("traceback.extract_stack(f) is not supported by pyjs")
    return _summary(_pyjs.stack(), None if limit is None else -limit)


def format_stack(f=None, limit=None):
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = _sys.stderr
    for s in format_stack(f, limit):
        file.write(s)


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, compact=False,
                 _seen=None, _outer=None, **kwargs):
        self._e = exc_value
        self._limit = limit
        self.exc_type = exc_type
        # A chained exception's frames end where the outer one was raised (_pyjs.exc_frames).
        self.stack = _summary(_pyjs.exc_frames(exc_value, _outer), limit)
        # CPython's attributes: the message, SyntaxError's details, notes, and the chained
        # exceptions (and a group's members) as TracebackExceptions of their own.
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._str = str(exc_value) if exc_value is not None else None
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg

        def chained(e):
            if e is None or id(e) in _seen:
                return None
            return TracebackException(type(e), e, e.__traceback__, limit=limit, compact=compact,
                                      _seen=_seen, _outer=exc_value)

        self.__cause__ = chained(exc_value.__cause__) if exc_value is not None else None
        need_context = not compact or (self.__cause__ is None and exc_value is not None
                                       and not exc_value.__suppress_context__)
        self.__context__ = (chained(exc_value.__context__)
                            if exc_value is not None and need_context else None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit,
                                                  compact=compact, _seen=_seen)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._e, limit=self._limit, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._e))

    def __str__(self):
        return str(self._e)
