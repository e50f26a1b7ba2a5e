import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(10)), "héllo".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print(base64.urlsafe_b64decode("-__-"), base64.b64decode("+//+"))
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8="))
print(base64.b64encode(b"hi", altchars=b"-_"))
print(base64.encodebytes(b"x" * 60))
print(base64.standard_b64encode(b"abc").decode())
for bad in ["YQ", "YWJjZ", "a!==" ]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error:", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"))
