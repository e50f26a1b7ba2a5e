import ipaddress

a = ipaddress.ip_address("192.168.1.10")
print(a, repr(a), a.version, int(a), a.is_private, a.is_global, a.is_loopback, a.packed)
print(a + 5, a - 10, a > ipaddress.IPv4Address("10.0.0.1"), a.reverse_pointer)
n = ipaddress.ip_network("192.168.1.0/24")
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(a in n, ipaddress.ip_address("10.0.0.1") in n)
print(list(ipaddress.ip_network("10.0.0.0/30")))
print(list(ipaddress.ip_network("10.0.0.0/29").hosts()))
print(list(n.subnets(new_prefix=26)))
print(n.supernet(), n.overlaps(ipaddress.ip_network("192.168.0.0/16")))
print(ipaddress.ip_network("192.168.1.77/24", strict=False))
try:
    ipaddress.ip_network("192.168.1.77/24")
except ValueError as e:
    print("ValueError:", e)
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError:", e)
i = ipaddress.ip_interface("10.1.2.3/16")
print(i, i.network, i.ip, i.with_netmask, i.with_prefixlen)
print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("9.255.0.1"), ipaddress.ip_address("10.0.0.1")]))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.10"))))
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, repr(v6), v6.exploded, v6.compressed, v6.version, v6 in ipaddress.ip_network("2001:db8::/32"))
print(ipaddress.ip_network("2001:db8::/126").num_addresses, ipaddress.IPv6Address("::ffff:1.2.3.4").ipv4_mapped)
print(ipaddress.ip_address(3232235777), ipaddress.IPv4Address(b"\x7f\x00\x00\x01").is_loopback)
print(hash(a) == hash(ipaddress.ip_address("192.168.1.10")), {a: 1}[ipaddress.ip_address("192.168.1.10")])
print(n.compare_networks(ipaddress.ip_network("192.168.2.0/24")), list(n.address_exclude(ipaddress.ip_network("192.168.1.0/26"))))
