"""xml.parsers.expat (pyjs implementation): a non-validating XML parser written in Python with
pyexpat's interface (ParserCreate, the handler attributes, Parse/ParseFile, ExpatError with
expat's messages and positions for common malformed documents), so ElementTree, minidom and
scripts using expat directly run unchanged. Namespaces (namespace_separator), CDATA, comments,
processing instructions, the XML declaration, character and predefined entity references and
internal general entities declared in the DOCTYPE are supported; external entities, DTD
validation, attribute defaults and encodings other than UTF-8/Latin-1/ASCII are not."""

__all__ = ["ExpatError", "error", "ParserCreate", "ErrorString", "XMLParserType", "errors",
           "model", "version_info", "EXPAT_VERSION", "native_encoding"]

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0),
            ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0)]


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError

_MESSAGES = {
    1: "out of memory", 2: "syntax error", 3: "no element found",
    4: "not well-formed (invalid token)", 5: "unclosed token", 6: "partial character",
    7: "mismatched tag", 8: "duplicate attribute", 9: "junk after document element",
    10: "illegal parameter entity reference", 11: "undefined entity",
    12: "recursive entity reference", 13: "asynchronous entity",
    14: "reference to invalid character number", 15: "reference to binary entity",
    16: "reference to external entity in attribute", 17: "XML or text declaration not at start of entity",
    18: "unknown encoding", 19: "encoding specified in XML declaration is incorrect",
    20: "unclosed CDATA section", 21: "error in processing external entity reference",
    22: "document is not standalone", 27: "unbound prefix",
    28: "must not undeclare prefix", 31: "parsing finished", 32: "parsing aborted",
}


class _Codes:
    pass


class errors:
    """xml.parsers.expat.errors: the message of each error code."""
    codes = {}
    messages = {}


for _code, _msg in _MESSAGES.items():
    errors.codes[_msg] = _code
    errors.messages[_code] = _msg
errors.XML_ERROR_NO_MEMORY = _MESSAGES[1]
errors.XML_ERROR_SYNTAX = _MESSAGES[2]
errors.XML_ERROR_NO_ELEMENTS = _MESSAGES[3]
errors.XML_ERROR_INVALID_TOKEN = _MESSAGES[4]
errors.XML_ERROR_UNCLOSED_TOKEN = _MESSAGES[5]
errors.XML_ERROR_PARTIAL_CHAR = _MESSAGES[6]
errors.XML_ERROR_TAG_MISMATCH = _MESSAGES[7]
errors.XML_ERROR_DUPLICATE_ATTRIBUTE = _MESSAGES[8]
errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT = _MESSAGES[9]
errors.XML_ERROR_UNDEFINED_ENTITY = _MESSAGES[11]
errors.XML_ERROR_RECURSIVE_ENTITY_REF = _MESSAGES[12]
errors.XML_ERROR_BAD_CHAR_REF = _MESSAGES[14]
errors.XML_ERROR_MISPLACED_XML_PI = _MESSAGES[17]
errors.XML_ERROR_UNCLOSED_CDATA_SECTION = _MESSAGES[20]
errors.XML_ERROR_UNBOUND_PREFIX = _MESSAGES[27]


class model:
    XML_CTYPE_EMPTY = 1
    XML_CTYPE_ANY = 2
    XML_CTYPE_MIXED = 3
    XML_CTYPE_NAME = 4
    XML_CTYPE_CHOICE = 5
    XML_CTYPE_SEQ = 6
    XML_CQUANT_NONE = 0
    XML_CQUANT_OPT = 1
    XML_CQUANT_REP = 2
    XML_CQUANT_PLUS = 3


def ErrorString(code):
    return _MESSAGES.get(code)


_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_HANDLERS = ("StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
             "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
             "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
             "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
             "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
             "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
             "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
             "SkippedEntityHandler")


def _name_start(c):
    return c.isalpha() or c == "_" or c == ":" or ord(c) >= 0xC0


def _name_char(c):
    return c.isalnum() or c in "_:-." or ord(c) >= 0xB7


def _bad_char(c):
    o = ord(c)
    return (o < 0x20 and c not in "\t\n\r") or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF)


class _Stop(Exception):
    """More input is needed to finish the construct at the current position."""


class _Fail(Exception):
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


class XMLParserType:
    def __init__(self, encoding=None, namespace_separator=None):
        for name in _HANDLERS:
            setattr(self, name, None)
        self.buffer_text = False
        self.buffer_size = 8192
        self.buffer_used = 0
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {}
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._encoding = encoding
        self._sep = namespace_separator
        self._raw = b""
        self._text = ""        # the document so far (newlines normalized)
        self._pos = 0          # next index of _text to parse
        self._stack = []       # open element names, with their start positions
        self._ns = [{"xml": _XML_NS}]
        self._ns_decl = []
        self._root_done = False
        self._root_seen = False
        self._entities = {}
        self._finished = False
        self._pending = []     # character data waiting for the next non-data event
        self._cr = False
        self._base = None

    # position reporting ------------------------------------------------------------
    def _linecol(self, pos):
        t = self._text
        line = t.count("\n", 0, pos) + 1
        col = pos - (t.rfind("\n", 0, pos) + 1)
        return line, col

    @property
    def CurrentLineNumber(self):
        return self._linecol(self._pos)[0]

    @property
    def CurrentColumnNumber(self):
        return self._linecol(self._pos)[1]

    @property
    def CurrentByteIndex(self):
        return len(self._text[:self._pos].encode("utf-8"))

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def GetInputContext(self):
        return None

    def _error(self, code, pos):
        line, col = self._linecol(pos)
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        self.ErrorByteIndex = len(self._text[:pos].encode("utf-8"))
        err = ExpatError(f"{_MESSAGES[code]}: line {line}, column {col}")
        err.code = code
        err.lineno = line
        err.offset = col
        return err

    # input ---------------------------------------------------------------------------
    def _decode(self, data, final):
        if isinstance(data, str):
            return data
        raw = self._raw + bytes(data)
        enc = self._encoding
        if enc is None and not self._text:
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if raw.startswith(b"<?xml"):
                end = raw.find(b"?>")
                if end < 0 and not final:
                    self._raw = raw
                    return ""
                decl = raw[:end].decode("latin-1")
                for q in ('"', "'"):
                    k = decl.find("encoding=" + q)
                    if k >= 0:
                        enc = decl[k + 10:decl.find(q, k + 10)]
            self._encoding = enc or "utf-8"
        enc = (self._encoding or "utf-8").lower().replace("_", "-")
        if enc in ("utf-8", "utf8"):
            cut = len(raw)
            if not final:
                k = len(raw) - 1
                while k >= 0 and k >= len(raw) - 4 and raw[k] & 0xC0 == 0x80:
                    k -= 1
                if k >= 0 and raw[k] >= 0xC0:
                    need = 2 if raw[k] < 0xE0 else (3 if raw[k] < 0xF0 else 4)
                    if len(raw) - k < need:
                        cut = k
            self._raw = raw[cut:]
            return raw[:cut].decode("utf-8")
        self._raw = b""
        if enc in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            return raw.decode("latin-1")
        raise self._error(18, len(self._text))

    def Parse(self, data, isfinal=False):
        if self._finished:
            raise self._error(31, self._pos)
        text = self._decode(data, isfinal)
        if self._cr:
            text = "\r" + text
            self._cr = False
        if not isfinal and text.endswith("\r"):
            text = text[:-1]
            self._cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text += text
        try:
            self._run(isfinal)
        except _Fail as f:
            self._finished = True
            raise self._error(f.code, f.pos) from None
        if isfinal:
            self._finished = True
        else:
            self._flush()  # pyexpat delivers buffered text when each Parse() call returns
        return 1

    def ParseFile(self, file):
        data = file.read()
        return self.Parse(data, True)

    # events --------------------------------------------------------------------------
    def _data(self, s):
        if not s:
            return
        if self.buffer_text:
            self._pending.append(s)
        elif self.CharacterDataHandler is not None:
            self.CharacterDataHandler(s)

    def _flush(self):
        if self._pending:
            s = "".join(self._pending)
            self._pending = []
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(s)

    def _text_pieces(self, s):
        """Character data as unbuffered expat reports it: lines and newlines apart."""
        if self.buffer_text or "\n" not in s:
            self._data(s)
            return
        parts = s.split("\n")
        for i, part in enumerate(parts):
            if i:
                self._data("\n")
            self._data(part)

    # the scanner ---------------------------------------------------------------------
    def _run(self, final):
        t = self._text
        n = len(t)
        while self._pos < n:
            start = self._pos
            try:
                if t[start] == "<":
                    self._markup(t, start, final)
                else:
                    self._chars(t, start, final)
            except _Stop:
                if final:
                    raise _Fail(5, start) from None
                return
        if final:
            self._flush()
            if self._stack or not self._root_seen:
                raise _Fail(3, n)

    def _chars(self, t, start, final):
        n = len(t)
        lt = t.find("<", start)
        end = n if lt < 0 else lt
        if not self._stack:
            # outside the root element only whitespace may appear
            i = start
            while i < end and t[i] in " \t\n":
                i += 1
            if i < end:
                if self._root_done:
                    raise _Fail(9, i)
                # expat's prolog: a name followed by whitespace or the end is a syntax error,
                # anything else an invalid token where the name stops
                if not _name_start(t[i]):
                    raise _Fail(4, i)
                j = i + 1
                while j < n and _name_char(t[j]):
                    j += 1
                if j < n and t[j] not in " \t\n":
                    raise _Fail(4, j)
                raise _Fail(2, i)
            self._pos = end
            return
        i = start
        run = start
        while i < end:
            c = t[i]
            if c == "&":
                self._text_pieces(t[run:i])
                run = i
                semi = self._ref_end(t, i)
                if semi < 0:
                    self._pos = i
                    raise _Stop()
                self._reference(t, i, semi)
                i = semi + 1
                run = i
                continue
            if c == "]" and t.startswith("]]>", i):
                raise _Fail(4, i + 2)
            if _bad_char(c):
                raise _Fail(4, i)
            i += 1
        if lt < 0 and not final and end > run and t[end - 1] == "]":
            # a "]]>" may be split across feeds
            k = end
            while k > run and t[k - 1] == "]":
                k -= 1
            self._text_pieces(t[run:k])
            self._pos = k
            raise _Stop()
        self._text_pieces(t[run:end])
        self._pos = end

    def _ref_end(self, t, i):
        """The index of the ';' ending the reference at t[i] ('&'), -1 when the input ends
        first; an invalid token error where the reference stops being well-formed."""
        n = len(t)
        j = i + 1
        if j < n and t[j] == "#":
            j += 1
            digits = "0123456789"
            if j < n and t[j] == "x":
                j += 1
                digits = "0123456789abcdefABCDEF"
            first = j
            while j < n and t[j] in digits:
                j += 1
            if j < n and (t[j] != ";" or j == first):
                raise _Fail(4, j)
        else:
            if j < n and not _name_start(t[j]):
                raise _Fail(4, j)
            while j < n and _name_char(t[j]):
                j += 1
            if j < n and t[j] != ";":
                raise _Fail(4, j)
        return j if j < n else -1

    def _char_ref(self, body, pos):
        try:
            if body[:2] in ("#x",):
                if not body[2:] or any(c not in "0123456789abcdefABCDEF" for c in body[2:]):
                    raise ValueError
                code = int(body[2:], 16)
            else:
                if not body[1:].isdigit() or not body[1:].isascii():
                    raise ValueError
                code = int(body[1:])
        except ValueError:
            raise _Fail(4, pos + 1) from None
        if code > 0x10FFFF or _bad_char(chr(code)):
            raise _Fail(14, pos)
        return chr(code)

    def _entity_text(self, name, pos, depth=0):
        if name in _PREDEFINED:
            return _PREDEFINED[name]
        if name in self._entities:
            if depth > 20:
                raise _Fail(12, pos)
            value = self._entities[name]
            out = []
            i = 0
            while i < len(value):
                amp = value.find("&", i)
                if amp < 0:
                    out.append(value[i:])
                    break
                out.append(value[i:amp])
                semi = value.find(";", amp)
                ref = value[amp + 1:semi]
                if ref.startswith("#"):
                    out.append(self._char_ref(ref, pos))
                else:
                    out.append(self._entity_text(ref, pos, depth + 1))
                i = semi + 1
            return "".join(out)
        raise _Fail(11, pos)

    def _reference(self, t, i, semi):
        body = t[i + 1:semi]
        if body.startswith("#"):
            self._data(self._char_ref(body, i))
            return
        if not body or not _name_start(body[0]) or not all(_name_char(c) for c in body):
            raise _Fail(4, i + 1)
        if body in _PREDEFINED:
            self._data(_PREDEFINED[body])
            return
        if body not in self._entities and self.DefaultHandlerExpand is not None \
                and self._has_dtd and self._dtd_external:
            self._flush()
            self.DefaultHandlerExpand(t[i:semi + 1])
            return
        value = self._entity_text(body, i)
        if "<" in value:
            raise _Fail(4, i)
        self._data(value)

    _has_dtd = False
    _dtd_external = False

    def _name(self, t, i):
        """The end of the XML name starting at i (i itself when there is none)."""
        n = len(t)
        if i >= n:
            raise _Stop()
        if not _name_start(t[i]):
            return i
        j = i + 1
        while j < n and _name_char(t[j]):
            j += 1
        if j >= n:
            raise _Stop()
        return j

    def _skip_ws(self, t, i):
        n = len(t)
        while i < n and t[i] in " \t\n":
            i += 1
        if i >= n:
            raise _Stop()
        return i

    def _markup(self, t, start, final):
        n = len(t)
        if start + 1 >= n:
            raise _Stop()
        c = t[start + 1]
        if c == "/":
            self._end_tag(t, start)
        elif c == "!":
            if t.startswith("<!--", start):
                end = t.find("-->", start + 4)
                if end < 0:
                    if not final or len(t) - start < 4:
                        raise _Stop()
                    raise _Stop()
                body = t[start + 4:end]
                k = body.find("--")
                if k >= 0:
                    raise _Fail(4, start + 4 + k + 2)
                self._flush()
                if self.CommentHandler is not None:
                    self.CommentHandler(body)
                self._pos = end + 3
            elif t.startswith("<![CDATA[", start):
                if not self._stack:
                    raise _Fail(9 if self._root_done else 2, start)
                end = t.find("]]>", start + 9)
                if end < 0:
                    if final:
                        k = len(t)
                        while k > start + 9 and t[k - 1] == "]":
                            k -= 1
                        self._text_pieces(t[start + 9:k])
                        raise _Fail(20, k)
                    raise _Stop()
                if self.StartCdataSectionHandler is not None:
                    self._flush()
                    self.StartCdataSectionHandler()
                self._text_pieces(t[start + 9:end])
                if self.EndCdataSectionHandler is not None:
                    self._flush()
                    self.EndCdataSectionHandler()
                self._pos = end + 3
            elif t.startswith("<!DOCTYPE", start):
                if self._root_seen:
                    raise _Fail(9 if self._root_done else 4, start)
                self._doctype(t, start)
            else:
                if n - start < 9 and not final:
                    raise _Stop()
                raise _Fail(4 if self._stack else 2, start + 2)
        elif c == "?":
            end = t.find("?>", start + 2)
            if end < 0:
                raise _Stop()
            j = self._name(t, start + 2)
            target = t[start + 2:j]
            if not target:
                raise _Fail(4, start + 2)
            if target.lower() == "xml":
                if start != 0 or target != "xml":
                    raise _Fail(17, start)
                self._xml_decl(t[j:end], start)
                self._pos = end + 2
                return
            data = t[j:end]
            if data and data[0] not in " \t\n":
                raise _Fail(4, j)
            data = data.lstrip(" \t\n")
            if self._root_done and self._stack == [] and False:
                pass
            self._flush()
            if self.ProcessingInstructionHandler is not None:
                self.ProcessingInstructionHandler(target, data)
            self._pos = end + 2
        else:
            self._start_tag(t, start)

    def _xml_decl(self, body, start):
        attrs = {}
        rest = body.strip()
        while rest:
            eq = rest.find("=")
            if eq < 0:
                raise _Fail(4, start)
            key = rest[:eq].strip()
            rest = rest[eq + 1:].lstrip()
            if not rest or rest[0] not in "'\"":
                raise _Fail(4, start)
            close = rest.find(rest[0], 1)
            attrs[key] = rest[1:close]
            rest = rest[close + 1:].lstrip()
        if self.XmlDeclHandler is not None:
            sa = attrs.get("standalone")
            self.XmlDeclHandler(attrs.get("version"), attrs.get("encoding"),
                                -1 if sa is None else (1 if sa == "yes" else 0))

    def _doctype(self, t, start):
        n = len(t)
        i = self._skip_ws(t, start + 9)
        j = self._name(t, i)
        name = t[i:j]
        i = j
        sysid = pubid = None
        subset = None
        while True:
            if i >= n:
                raise _Stop()
            c = t[i]
            if c in " \t\n":
                i += 1
            elif c == ">":
                break
            elif c == "[":
                close = self._subset_end(t, i + 1)
                subset = t[i + 1:close]
                i = close + 1
            elif c in "'\"":
                close = t.find(c, i + 1)
                if close < 0:
                    raise _Stop()
                if pubid is None and self._kw == "PUBLIC":
                    pubid = t[i + 1:close]
                    self._kw = "SYSTEM"
                else:
                    sysid = t[i + 1:close]
                i = close + 1
            else:
                j = i
                while j < n and t[j].isalpha():
                    j += 1
                if j >= n:
                    raise _Stop()
                self._kw = t[i:j]
                if j == i:
                    raise _Fail(4, i)
                i = j
        self._has_dtd = True
        self._dtd_external = sysid is not None
        self._flush()
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, sysid, pubid, 1 if subset is not None else 0)
        if subset:
            self._internal_subset(subset)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        self._pos = i + 1

    _kw = None

    def _subset_end(self, t, i):
        n = len(t)
        while i < n:
            c = t[i]
            if c == "]":
                return i
            if c in "'\"":
                close = t.find(c, i + 1)
                if close < 0:
                    raise _Stop()
                i = close + 1
                continue
            if t.startswith("<!--", i):
                close = t.find("-->", i + 4)
                if close < 0:
                    raise _Stop()
                i = close + 3
                continue
            i += 1
        raise _Stop()

    def _internal_subset(self, s):
        i = 0
        n = len(s)
        while i < n:
            k = s.find("<!ENTITY", i)
            if k < 0:
                return
            j = k + 8
            parts = []
            while j < n and s[j] != ">":
                if s[j] in " \t\n":
                    j += 1
                elif s[j] in "'\"":
                    close = s.find(s[j], j + 1)
                    parts.append(("q", s[j + 1:close]))
                    j = close + 1
                else:
                    e = j
                    while e < n and s[e] not in " \t\n>'\"":
                        e += 1
                    parts.append(("w", s[j:e]))
                    j = e
            i = j + 1
            if len(parts) >= 2 and parts[0] == ("w", "%"):
                continue
            if len(parts) >= 2 and parts[0][0] == "w" and parts[1][0] == "q":
                name, value = parts[0][1], parts[1][1]
                if name not in self._entities:
                    self._entities[name] = value
                    if self.EntityDeclHandler is not None:
                        self.EntityDeclHandler(name, 0, value, self._base, None, None, None)

    def _qname(self, name, pos, is_attr):
        sep = self._sep
        if sep is None:
            return name
        colon = name.find(":")
        if colon < 0:
            if is_attr:
                return name
            uri = self._ns_lookup(None)
            return uri + sep + name if uri else name
        prefix = name[:colon]
        uri = self._ns_lookup(prefix)
        if uri is None:
            raise _Fail(27, pos)
        local = name[colon + 1:]
        if self.namespace_prefixes:
            return uri + sep + local + sep + prefix
        return uri + sep + local

    def _ns_lookup(self, prefix):
        for scope in reversed(self._ns):
            if prefix in scope:
                return scope[prefix]
        return None

    def _start_tag(self, t, start):
        n = len(t)
        j = self._name(t, start + 1)
        if j == start + 1:
            raise _Fail(4, start + 1)
        if self._root_done:
            raise _Fail(9, start)
        name = t[start + 1:j]
        i = j
        attrs = []
        seen = set()
        empty = False
        while True:
            if i >= n:
                raise _Stop()
            c = t[i]
            if c == ">":
                break
            if c == "/":
                if i + 1 >= n:
                    raise _Stop()
                if t[i + 1] != ">":
                    raise _Fail(4, i + 1)
                empty = True
                i += 1
                break
            if c not in " \t\n":
                raise _Fail(4, i)
            i = self._skip_ws(t, i)
            if t[i] in "/>":
                continue
            k = self._name(t, i)
            if k == i:
                raise _Fail(4, i)
            aname = t[i:k]
            apos = i
            i = self._skip_ws(t, k)
            if t[i] != "=":
                raise _Fail(4, i)
            i = self._skip_ws(t, i + 1)
            q = t[i]
            if q not in "'\"":
                raise _Fail(4, i)
            close = t.find(q, i + 1)
            if close < 0:
                raise _Stop()
            raw = t[i + 1:close]
            lt = raw.find("<")
            if lt >= 0:
                raise _Fail(4, i + 1 + lt)
            if aname in seen:
                raise _Fail(8, apos)
            seen.add(aname)
            attrs.append((aname, self._attr_value(raw, start, i + 1)))
            i = close + 1
            if i < n and t[i] not in " \t\n/>":
                raise _Fail(4, i)
        self._flush()
        if not self._root_seen:
            self._root_seen = True
        decls = []
        if self._sep is not None:
            scope = {}
            plain = []
            for aname, value in attrs:
                if aname == "xmlns":
                    scope[None] = value
                    decls.append((None, value))
                elif aname.startswith("xmlns:"):
                    scope[aname[6:]] = value
                    decls.append((aname[6:], value))
                else:
                    plain.append((aname, value))
            self._ns.append(scope)
            for prefix, uri in decls:
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(prefix, uri)
            qname = self._qname(name, start, False)
            attrs = [(self._qname(a, start, True), v) for a, v in plain]
        else:
            qname = name
        self._stack.append((name, start, decls))
        self._pos = i + 1
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                flat = []
                for a, v in attrs:
                    flat.append(a)
                    flat.append(v)
                self.StartElementHandler(qname, flat)
            else:
                self.StartElementHandler(qname, dict(attrs))
        if empty:
            self._close(qname)

    def _attr_value(self, raw, tag_pos, pos):
        if "&" not in raw and "\t" not in raw and "\n" not in raw:
            return raw
        out = []
        i = 0
        while i < len(raw):
            c = raw[i]
            if c == "&":
                semi = raw.find(";", i)
                if semi < 0:
                    raise _Fail(4, pos + i + 1)
                body = raw[i + 1:semi]
                if body.startswith("#"):
                    out.append(self._char_ref(body, pos + i))
                elif body in _PREDEFINED:
                    out.append(_PREDEFINED[body])
                else:
                    if not body or not _name_start(body[0]):
                        raise _Fail(4, pos + i + 1)
                    value = self._entity_text(body, tag_pos)
                    if "<" in value:
                        raise _Fail(4, tag_pos)
                    out.append(value.replace("\t", " ").replace("\n", " "))
                i = semi + 1
            elif c in "\t\n":
                out.append(" ")
                i += 1
            else:
                out.append(c)
                i += 1
        return "".join(out)

    def _close(self, qname):
        name, start, decls = self._stack.pop()
        self._flush()
        if self.EndElementHandler is not None:
            self.EndElementHandler(qname)
        if self._sep is not None:
            self._ns.pop()
            for prefix, uri in reversed(decls):
                if self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(prefix)
        if not self._stack:
            self._root_done = True

    def _end_tag(self, t, start):
        if not self._stack:
            raise _Fail(4, start + 1)
        j = self._name(t, start + 2)
        if j == start + 2:
            raise _Fail(4, start + 2)
        name = t[start + 2:j]
        i = self._skip_ws(t, j) if t[j] in " \t\n" else j
        if t[i] != ">":
            raise _Fail(4, i)
        if name != self._stack[-1][0]:
            raise _Fail(7, start + 2)
        self._pos = i + 1
        qname = self._qname(name, start, False) if self._sep is not None else name
        self._close(qname)


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if namespace_separator is not None and len(namespace_separator) > 1:
        raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return XMLParserType(encoding, namespace_separator)
