"""ipaddress: addresses, networks, interfaces (v4 and v6), properties, subnets/supernet, collapse/summarize, sorting, errors."""
import ipaddress as ip

for a in ["192.168.1.10", "10.0.0.1", "127.0.0.1", "8.8.8.8", "224.0.0.251", "169.254.1.1", "0.0.0.0", "255.255.255.255", "100.64.0.1"]:
    x = ip.ip_address(a)
    print(f"{a:16} v{x.version} priv={x.is_private} glob={x.is_global} loop={x.is_loopback} mc={x.is_multicast} ll={x.is_link_local} res={x.is_reserved} unspec={x.is_unspecified} {int(x)} {x.reverse_pointer}")
for a in ["::1", "fe80::1", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.128", "2002:c000:204::1", "ff02::1", "::"]:
    x = ip.ip_address(a)
    print(f"{a:26} {x.exploded} {x.compressed} priv={x.is_private} ll={x.is_link_local} mc={x.is_multicast} site={x.is_site_local} {x.ipv4_mapped} {x.sixtofour} {x.teredo}")
print(repr(ip.ip_address("1.2.3.4")), ip.ip_address(3232235777), ip.ip_address(b"\x7f\x00\x00\x01"), ip.IPv4Address("1.2.3.4") + 300, ip.IPv6Address(1) - 0, ip.ip_address("::1").packed)
net = ip.ip_network("192.168.0.0/22")
print(net, net.network_address, net.broadcast_address, net.netmask, net.hostmask, net.prefixlen, net.num_addresses, net.with_netmask, net.with_hostmask, net.with_prefixlen)
print(list(net.subnets(prefixlen_diff=2)), list(net.subnets(new_prefix=24))[-1], net.supernet(), net.supernet(new_prefix=16), ip.ip_address("192.168.3.200") in net)
print(list(ip.ip_network("10.0.0.0/30").hosts()), list(ip.ip_network("10.0.0.0/31").hosts()), list(ip.ip_network("10.0.0.5/32").hosts()), ip.ip_network("10.0.0.0/29")[3], ip.ip_network("10.0.0.0/29")[-1])
a, b = ip.ip_network("10.0.0.0/8"), ip.ip_network("10.1.0.0/16")
print(b.subnet_of(a), a.supernet_of(b), a.overlaps(b), list(a.address_exclude(ip.ip_network("10.128.0.0/9")))[:2], a.compare_networks(b))
print(list(ip.collapse_addresses([ip.ip_network("1.0.0.0/24"), ip.ip_network("1.0.1.0/24"), ip.ip_network("1.0.2.0/23"), ip.ip_network("2.0.0.0/8")])))
print(list(ip.summarize_address_range(ip.IPv4Address("10.0.0.5"), ip.IPv4Address("10.0.0.20"))))
iface = ip.ip_interface("192.168.1.77/26")
print(iface, iface.ip, iface.network, iface.netmask, iface.with_netmask, iface.with_hostmask, repr(iface), iface.hostmask)
n6 = ip.ip_network("2001:db8:abcd::/48")
print(n6, n6.num_addresses, n6.prefixlen, n6.network_address.exploded, list(n6.subnets(new_prefix=50)), n6.supernet(4))
print(ip.ip_network("192.168.1.5/24", strict=False), ip.IPv4Network(("10.0.0.0", 8)), ip.IPv4Network("10.0.0.0/255.255.0.0"), ip.IPv4Network("10.0.0.0/0.0.255.255"))
print(sorted([ip.ip_address("10.0.0.2"), ip.ip_address("9.255.255.255"), ip.ip_address("10.0.0.10")]), max(ip.ip_network("1.0.0.0/8"), ip.ip_network("1.0.0.0/16")))
print(ip.get_mixed_type_key(ip.ip_address("1.1.1.1")), ip.v4_int_to_packed(1), ip.v6_int_to_packed(1)[-2:], hash(ip.ip_address("1.2.3.4")) == hash(ip.ip_address("1.2.3.4")))
for bad in ["256.1.1.1", "1.2.3", "::g", "1.2.3.4/33", "10.0.0.1/24", "", "01.2.3.4", "1:2:3:4:5:6:7:8:9"]:
    try:
        print(ip.ip_network(bad) if "/" in bad else ip.ip_address(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ip.ip_address("1.1.1.1") < ip.ip_address("::1")
except TypeError as e:
    print("TypeError", e)
hosts = {}
for addr in ["10.0.1.5", "10.0.1.9", "10.0.2.1", "192.168.0.3", "10.0.1.250"]:
    key = ip.ip_network(addr + "/24", strict=False)
    hosts.setdefault(key, []).append(addr)
for k in sorted(hosts):
    print(k, hosts[k])
print(format(ip.ip_address("1.2.3.4"), "b")[:12], format(ip.ip_address("::1"), "x")[-4:], format(ip.ip_address("10.0.0.1"), "#x"), f"{ip.ip_address('1.2.3.4'):_b}"[:20])
